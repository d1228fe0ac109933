/**
 * Types of the token sandbox core. Everything here is plain, immutable data so that a state
 * can be frozen, compared, serialized and shared; the only non-JSON-shaped parts are the
 * persistent lists in `RowBatch`/`QueueBatch`, which exist to make appends O(1).
 */

/** Clock and randomness are injected so the core stays pure and replayable. */
export interface Env {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Uniform in [0, 1), like Math.random. */
  random(): number;
}

export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | {readonly [key: string]: JsonValue};
export type JsonObject = {readonly [key: string]: JsonValue};

export interface Integration {
  readonly id: number;
  readonly displayName: string;
  /** Destination schema name; derived once from displayName and never changed. */
  readonly schema: string;
  readonly stitchClientId: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface Token {
  readonly id: number;
  readonly integrationId: number;
  readonly createdAt: number;
  readonly revokedAt: number | null;
  readonly lastUsedAt: number | null;
  /**
   * SHA-256 of the secret. The simulated Stitch side keeps only this, as a real server
   * would, so the secret cannot be recovered from state, storage or a share URL.
   */
  readonly fingerprint: string;
}

/** The token as the UI may see it: metadata only, never the secret. */
export interface TokenView {
  readonly id: number;
  readonly integrationId: number;
  readonly createdAt: number;
  readonly revokedAt: number | null;
  readonly lastUsedAt: number | null;
  readonly active: boolean;
}

/** The one moment a secret is readable: between generation and "Close and Continue". */
export interface Reveal {
  readonly tokenId: number;
  readonly integrationId: number;
  readonly secret: string;
}

/** What the app holds of a pasted value: enough to authenticate and to show a hint. */
export interface PresentedToken {
  readonly fingerprint: string;
  /** Last 4 characters, for display ("…3f2a"). */
  readonly hint: string;
  /**
   * The token this value matched when it was set, or null for an unknown value. Resolved
   * once: ids are never reused and secrets are random, so the match cannot change later.
   */
  readonly tokenId: number | null;
}

export interface CopiedToken extends PresentedToken {
  readonly tokenId: number;
  readonly integrationId: number;
}

export interface AppResponse {
  readonly at: number;
  readonly status: number;
  readonly body: JsonValue;
}

export interface Application {
  /** What the app sends as `Authorization: Bearer …`; null = sends no token. */
  readonly token: PresentedToken | null;
  /** The client_id the app puts in its records. */
  readonly clientId: number;
  /** Integration of the last known token set in the app; attributes 401s with unknown tokens. */
  readonly integrationId: number | null;
  readonly lastResponse: AppResponse | null;
  /** Most recently copied secret (as a fingerprint + hint); not persisted. */
  readonly clipboard: CopiedToken | null;
}

/** Records are identified by `ids`; `data` null means synthetic rows (`{ id }`) to stay compact. */
export interface RowBatch {
  readonly ids: readonly number[];
  readonly data: readonly JsonObject[] | null;
  /** Older batch (persistent list, newest first) so an append never copies the table. */
  readonly prev: RowBatch | null;
  /** Rows in this batch and all older ones. */
  readonly total: number;
}

export interface QueueBatch {
  readonly table: string;
  readonly ids: readonly number[];
  readonly data: readonly JsonObject[] | null;
  /**
   * The integration the request was refused for: the revoked token's, or for an unknown or
   * missing token the application's integration at the time (as the log and the rotation
   * blame it); null when the application had none. A re-send delivers it only there.
   */
  readonly integrationId: number | null;
  /** The client_ids its records carry (the request's, in first-seen order). */
  readonly clientIds: readonly number[];
  readonly prev: QueueBatch | null;
  readonly total: number;
  /** Failed requests represented by this batch and older ones. */
  readonly requests: number;
}

/** schema -> table -> newest batch. */
export type Destination = {readonly [schema: string]: {readonly [table: string]: RowBatch}};

export type LogChannel = 'web' | 'connect' | 'import';

export interface LogEntry {
  readonly seq: number;
  readonly at: number;
  readonly via: LogChannel;
  /** e.g. "POST /v2/import/push" or "Generate token". */
  readonly action: string;
  /** Import token used; 'unknown' for an unrecognised value, null when none applies. */
  readonly tokenId: number | 'unknown' | null;
  readonly integrationId: number | null;
  readonly status: number;
  readonly outcome: string;
  readonly records: number;
}

/** Bounded log with structural sharing: appends copy at most one chunk. */
export interface LogRing {
  readonly cur: readonly LogEntry[];
  readonly prev: readonly LogEntry[];
}

export interface StatusCount {
  readonly status: number;
  readonly count: number;
}

export interface Counters {
  readonly total: number;
  readonly ok: number;
  readonly failed: number;
  /** Per status code, in first-seen order (an array: objects keyed by numbers are slow to copy). */
  readonly byStatus: readonly StatusCount[];
  readonly recordsLoaded: number;
}

export type RotationTrigger = 'second-token' | 'revoked-in-use';

export interface Rotation {
  readonly integrationId: number;
  readonly trigger: RotationTrigger;
  readonly startedAt: number;
  readonly oldTokenId: number;
  /** Replacement; null while a revoke-first rotation has no new token yet. */
  readonly newTokenId: number | null;
  readonly oldRevokedAt: number | null;
  /** First successful push with the new token. */
  readonly switchedAt: number | null;
  /** First successful push with the new token after the old one was revoked. */
  readonly verifiedAt: number | null;
  readonly abandonedAt: number | null;
  /** Pushes refused 401 while this rotation was in progress. */
  readonly interrupted: number;
  /** How many of those were later delivered by a re-send. */
  readonly resent: number;
}

export interface SandboxState {
  readonly clientId: number;
  readonly integrations: readonly Integration[];
  /** Active tokens, ascending id. Kept small (≤ 2 per integration) so updates are cheap. */
  readonly tokens: readonly Token[];
  /** Revoked tokens, ascending id; immutable once here (a revoked token is never used). */
  readonly revokedTokens: readonly Token[];
  readonly reveal: Reveal | null;
  readonly app: Application;
  readonly destination: Destination;
  readonly failed: QueueBatch | null;
  readonly log: LogRing;
  readonly counters: Counters;
  /** Latest rotation per integration (at most one each). */
  readonly rotations: readonly Rotation[];
  readonly nextIntegrationId: number;
  readonly nextTokenId: number;
  readonly nextRecordId: number;
  readonly nextLogSeq: number;
}

export type RefusalCode =
  | 'name-empty'
  | 'name-too-long'
  | 'schema-empty'
  | 'schema-taken'
  | 'unknown-integration'
  | 'unknown-token'
  | 'already-revoked'
  | 'token-limit'
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
  | 'reveal-open';

export interface Refusal {
  readonly ok: false;
  readonly code: RefusalCode;
  readonly reason: string;
}

export type Result<T> = ({readonly ok: true} & T) | Refusal;

export type SandboxEvent =
  | {readonly type: 'createIntegration'; readonly displayName: string}
  | {readonly type: 'generateToken'; readonly integrationId: number}
  | {readonly type: 'acknowledgeReveal'}
  | {readonly type: 'copySecret'}
  | {readonly type: 'revokeToken'; readonly integrationId: number; readonly tokenId: number}
  | {readonly type: 'setAppToken'; readonly value: string}
  | {readonly type: 'pasteCopiedToken'}
  | {readonly type: 'setAppClientId'; readonly clientId: number}
  | {readonly type: 'pushRecords'; readonly count?: number; readonly table?: string}
  | {readonly type: 'tick'}
  | {readonly type: 'resendFailed'}
  | {readonly type: 'reset'};

export interface PushResult {
  readonly status: 201 | 400 | 401 | 403;
  readonly body: JsonValue;
  /** Record ids loaded (201) or queued (401); empty otherwise. */
  readonly recordIds: readonly number[];
  readonly tokenId: number | 'unknown' | null;
}

export type Outcome =
  | {
      readonly ok: true;
      readonly type: 'integrationCreated';
      readonly integration: Integration;
      readonly tokenId: number;
      readonly secret: string;
    }
  | {
      readonly ok: true;
      readonly type: 'tokenGenerated';
      readonly tokenId: number;
      readonly secret: string;
    }
  | {readonly ok: true; readonly type: 'revealClosed'}
  | {readonly ok: true; readonly type: 'secretCopied'; readonly tokenId: number}
  | {readonly ok: true; readonly type: 'tokenRevoked'; readonly tokenId: number}
  | {readonly ok: true; readonly type: 'appTokenSet'; readonly resolved: AppTokenStatus}
  | {readonly ok: true; readonly type: 'appClientIdSet'; readonly clientId: number}
  | ({readonly ok: true; readonly type: 'pushed'} & PushResult)
  | {
      readonly ok: true;
      readonly type: 'resent';
      readonly recordIds: readonly number[];
      readonly requests: number;
      readonly tokenId: number;
      /** What stays queued (requests of other integrations, or with another client_id). */
      readonly waiting: {readonly requests: number; readonly records: number};
      /** Why they wait, e.g. "2 requests for Orders still wait: …"; null when none does. */
      readonly note: string | null;
    }
  | {readonly ok: true; readonly type: 'reset'}
  | Refusal;

export interface Step<S> {
  readonly state: SandboxState;
  readonly outcome: S;
}

export type AppTokenStatus =
  | {readonly kind: 'none'}
  | {readonly kind: 'unknown'; readonly hint: string}
  | {
      readonly kind: 'valid';
      readonly tokenId: number;
      readonly integrationId: number;
      readonly hint: string;
    }
  | {
      readonly kind: 'revoked';
      readonly tokenId: number;
      readonly integrationId: number;
      readonly hint: string;
    };

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

export interface HttpStep {
  readonly state: SandboxState;
  readonly response: HttpResponse;
}
