/** The sandbox's state: plain, immutable JSON-shaped data, to freeze, compare, save and share. */

/** Clock and randomness are injected so the core stays pure and replayable. */
export interface Env {
  now(): number; // milliseconds since the epoch
  random(): number; // uniform in [0, 1), like Math.random
}

export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | {readonly [key: string]: JsonValue};
export type JsonObject = {readonly [key: string]: JsonValue};

export interface Integration {
  readonly id: number;
  readonly displayName: string;
  /** Destination schema name; fixed when the integration is saved. */
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
  /** SHA-256 of the secret, all a real server keeps, so no state, save or link holds a secret. */
  readonly fingerprint: string;
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
  /** The token this value matched when set (null: unknown); ids are never reused, so it stays. */
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

/** Records held after a 503/504, sent again with back-off as a real client's retry loop does. */
export interface PendingBatch {
  readonly table: string;
  readonly count: number;
  readonly attempts: number; // 1 after the first refusal
  readonly retryAt: number;
}

export interface Application {
  /** What the app sends as `Authorization: Bearer …`; null = sends no token. */
  readonly token: PresentedToken | null;
  /** The client_id the app puts in its records. */
  readonly clientId: number;
  /** Integration of the last known token set in the app; attributes 401s with unknown tokens. */
  readonly integrationId: number | null;
  readonly lastResponse: AppResponse | null;
  /** Batches waiting for a retry after a 503/504, oldest first. */
  readonly pending: readonly PendingBatch[];
  /** "Continuous traffic": saved, so a reload or another tab goes on where the reader left it. */
  readonly traffic: boolean;
  /** Most recently copied secret (as a fingerprint + hint); never saved. */
  readonly clipboard: CopiedToken | null;
}

/** One loaded record as selectors return it. Synthetic rows read back as `{ id }`. */
export interface Row {
  readonly id: number;
  readonly data: JsonObject;
}

/** A table numbers its own records (`first`…) and keeps only the newest rows' data. */
export interface Table {
  readonly first: number;
  readonly total: number;
  /** Newest rows that carried data, oldest first, at most `RECENT_ROWS`. */
  readonly recent: readonly Row[];
}

/** schema -> table -> Table. */
export type Destination = {readonly [schema: string]: {readonly [table: string]: Table}};

/** A queued record's data, by its place in its entry (0 = the oldest record). */
export interface QueuedRow {
  readonly at: number;
  readonly data: JsonObject;
}

/** Records refused with 401, one entry per table and origin (no ids: a re-send numbers them). */
export interface QueueEntry {
  readonly table: string;
  readonly total: number;
  /** The newest records that carried data (at most `RECENT_ROWS`), oldest first. */
  readonly recent: readonly QueuedRow[];
  /** The integration refused for: the token's, else the app's at the time (null: none). */
  readonly integrationId: number | null;
  /** The client_ids its records carry (the request's, in first-seen order). */
  readonly clientIds: readonly number[];
  /** Requests that start in this entry (0 when it continues a request of mixed tables). */
  readonly requests: number;
}

export type LogChannel = 'web' | 'connect' | 'import';

/** What a log entry records, so readers match on it instead of its label. */
export const LOG_KINDS = [
  'create',
  'generate',
  'revoke',
  'read',
  'push',
  'retry',
  'resend',
  'validate',
  'status',
  'other',
] as const;
export type LogKind = (typeof LOG_KINDS)[number];

export interface LogEntry {
  readonly seq: number;
  readonly at: number;
  readonly via: LogChannel;
  readonly kind: LogKind;
  /** e.g. "POST /v2/import/push" or "Generate token". */
  readonly action: string;
  /** Import token used; 'unknown' for an unrecognised value, null when none applies. */
  readonly tokenId: number | 'unknown' | null;
  readonly integrationId: number | null;
  readonly status: number;
  readonly outcome: string;
  readonly records: number;
}

export interface StatusCount {
  readonly status: number;
  readonly count: number;
}

export interface Counters {
  readonly total: number;
  readonly ok: number;
  readonly failed: number;
  /** Per status code, in first-seen order. */
  readonly byStatus: readonly StatusCount[];
  readonly recordsLoaded: number;
  /** Requests that were the application's retries of a batch refused with 503/504. */
  readonly retried: number;
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
  /** First successful validate request with the new token (tested before switching). */
  readonly validatedAt: number | null;
  /** First successful push with the new token. */
  readonly switchedAt: number | null;
  /** First successful push with the new token after the old one was revoked. */
  readonly verifiedAt: number | null;
  readonly abandonedAt: number | null;
  /** Pushes refused 401 while this rotation was in progress. */
  readonly interrupted: number;
  /** How many of those were later delivered by a re-send. */
  readonly resent: number;
  /** Records those re-sends delivered. */
  readonly resentRecords: number;
}

/** The drills the sandbox can be set up for; `planned` is the safe rotation the guide teaches. */
export const DRILLS = ['planned', 'wrong-order', 'leak', 'two-integrations', 'outage'] as const;
export type DrillKey = (typeof DRILLS)[number];

export interface SandboxState {
  readonly drill: DrillKey;
  readonly clientId: number;
  readonly integrations: readonly Integration[];
  /** Active tokens, ascending id (at most two per integration). */
  readonly tokens: readonly Token[];
  /** Revoked tokens, ascending id; immutable once here (a revoked token is never used). */
  readonly revokedTokens: readonly Token[];
  readonly reveal: Reveal | null;
  readonly app: Application;
  readonly destination: Destination;
  /** Failed requests waiting to be re-sent, oldest first. */
  readonly failed: readonly QueueEntry[];
  /** The newest `LOG_CAPACITY` log entries, oldest first; counters stay exact. */
  readonly log: readonly LogEntry[];
  readonly counters: Counters;
  /** Latest rotation per integration (at most one each). */
  readonly rotations: readonly Rotation[];
  /** The "Import API outage" fault: push and validate answer 503 or 504 while it is on. */
  readonly outage: boolean;
  readonly nextIntegrationId: number;
  readonly nextTokenId: number;
  /** Above every record id any table has used, ever: a new table's ids start here. */
  readonly nextRecordId: number;
  readonly nextLogSeq: number;
  /** The latest time any action used; no action goes before it, so every time is ordered. */
  readonly lastAt: number;
}
