/** What goes into the core and comes out, as discriminated unions so every switch is exhaustive. */
import type {Integration, JsonValue, SandboxState, Token} from './model';

export type RefusalCode =
  | 'name-empty'
  | 'name-too-long'
  | 'schema-empty'
  | 'schema-too-long'
  | 'schema-taken'
  | 'integration-limit'
  | 'unknown-integration'
  | 'unknown-token'
  | 'already-revoked'
  | 'token-limit'
  | 'sandbox-full'
  | 'hold-full'
  | 'no-reveal'
  | 'nothing-copied'
  | 'invalid-value'
  | 'invalid-client-id'
  | 'invalid-count'
  | 'invalid-table'
  | 'nothing-to-resend'
  | 'no-valid-token'
  | 'client-mismatch'
  | 'other-integration'
  | 'reveal-open'
  /** The sandbox is written by another tab (the store's rule, not the product's). */
  | 'another-tab';

export interface Refusal {
  readonly ok: false;
  readonly code: RefusalCode;
  readonly reason: string;
}

export type Result<T> = ({readonly ok: true} & T) | Refusal;

export type SandboxEvent =
  | {
      readonly type: 'createIntegration';
      readonly displayName: string;
      /** "Use a different schema name?": the Integration Schema Name field, when used. */
      readonly schemaName?: string;
    }
  | {readonly type: 'generateToken'; readonly integrationId: number}
  | {readonly type: 'acknowledgeReveal'}
  | {readonly type: 'copySecret'}
  | {readonly type: 'revokeToken'; readonly integrationId: number; readonly tokenId: number}
  | {readonly type: 'setAppToken'; readonly value: string}
  | {readonly type: 'pasteCopiedToken'}
  | {readonly type: 'setAppClientId'; readonly clientId: number}
  | {readonly type: 'pushRecords'; readonly count?: number; readonly table?: string}
  /** Validate the app's token, or (`copied`) the newest copied token before switching to it. */
  | {readonly type: 'validateToken'; readonly token?: 'app' | 'copied'}
  | {readonly type: 'tick'}
  | {readonly type: 'setTraffic'; readonly on: boolean}
  | {readonly type: 'setOutage'; readonly on: boolean}
  | {readonly type: 'resendFailed'}
  | {readonly type: 'reset'};

/** What a push answered, whichever door it came through. */
export interface PushResult {
  /** 503/504 while the "Import API outage" fault is on: nothing stored, the app retries. */
  readonly status: 201 | 401 | 403 | 503 | 504;
  readonly body: JsonValue;
  /** Ids of the records loaded (201), numbered by table; a refused record gets one on re-send. */
  readonly recordIds: readonly number[];
  readonly tokenId: number | 'unknown' | null;
}

/** What a validate request answered: it checks the token and the batch, and stores nothing. */
export interface ValidateResult extends Omit<PushResult, 'status' | 'recordIds'> {
  readonly status: 200 | 401 | 403 | 503 | 504;
}

/** Records loaded into one table: ids `first` to `first + count - 1` of that table. */
export interface LoadedRun {
  readonly table: string;
  readonly first: number;
  readonly count: number;
}

export interface ResendResult {
  /** Where the re-sent records went, in order (as runs: a re-send may load millions). */
  readonly loaded: readonly LoadedRun[];
  readonly requests: number;
  readonly tokenId: number;
  /** What stays queued (requests of other integrations, or with another client_id). */
  readonly waiting: {readonly requests: number; readonly records: number};
  /** Why they wait, e.g. "2 requests for Orders still wait: …"; null when none does. */
  readonly note: string | null;
}

export type AppTokenStatus =
  | {readonly kind: 'none'}
  | {readonly kind: 'unknown'; readonly hint: string}
  | {
      readonly kind: 'valid' | 'revoked';
      readonly tokenId: number;
      readonly integrationId: number;
      readonly hint: string;
    };

export type Outcome = Result<
  | {
      readonly type: 'integrationCreated';
      readonly integration: Integration;
      readonly tokenId: number;
      readonly secret: string;
    }
  | {readonly type: 'tokenGenerated'; readonly tokenId: number; readonly secret: string}
  | {readonly type: 'revealClosed'}
  | {readonly type: 'secretCopied'; readonly tokenId: number}
  | {readonly type: 'tokenRevoked'; readonly tokenId: number}
  | {readonly type: 'appTokenSet'; readonly resolved: AppTokenStatus}
  | {readonly type: 'appClientIdSet'; readonly clientId: number}
  | ({readonly type: 'pushed'} & PushResult)
  | ({readonly type: 'validated'} & ValidateResult)
  | {readonly type: 'outageSet' | 'trafficSet'; readonly on: boolean}
  | ({readonly type: 'resent'} & ResendResult)
  | {readonly type: 'reset'}
>;

/** The outcomes of the given types, or a refusal: what an op the reducer passes on gives. */
export type OutcomeOf<T extends Exclude<Outcome, Refusal>['type']> =
  Refusal | Extract<Outcome, {type: T}>;

/** What every action and request gives: the next state and what happened (a refusal keeps the state). */
export interface Step<R> {
  readonly state: SandboxState;
  readonly result: R;
}

/** The token as the UI may see it: metadata only, never the secret or its fingerprint. */
export interface TokenView extends Omit<Token, 'fingerprint'> {
  readonly active: boolean;
}

export interface HttpRequest {
  readonly method: string;
  readonly path: string;
  readonly headers?: {readonly [name: string]: string};
  /** Parsed JSON, or a raw string (parsed by the handler; malformed JSON gives 400). */
  readonly body?: unknown;
}

export interface HttpResponse {
  readonly status: number;
  readonly body: JsonValue;
}
