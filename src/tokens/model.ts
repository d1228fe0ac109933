/** The sandbox's state: plain, immutable JSON-shaped data, to freeze, compare, save and share. */
import type {FIELDS, Read} from './persistence/schema';

/** Clock and randomness are injected so the core stays pure and replayable. */
export interface Env {
  now(): number; // milliseconds since the epoch
  random(): number; // uniform in [0, 1), like Math.random
}

export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | {readonly [key: string]: JsonValue};
export type JsonObject = {readonly [key: string]: JsonValue};

/** Records are stated once, with their ranges and meaning, in the save format's `FIELDS`. */
export type Integration = Read<typeof FIELDS.integration>;
export type Token = Read<typeof FIELDS.token>;

/** The one moment a secret is readable: between generation and "Close and Continue". */
export interface Reveal {
  readonly tokenId: number;
  readonly integrationId: number;
  readonly secret: string;
}

/** What the app holds of a pasted value: enough to authenticate and to show a hint. */
export type PresentedToken = Read<typeof FIELDS.presented>;

export interface CopiedToken extends PresentedToken {
  readonly tokenId: number;
  readonly integrationId: number;
}

/** Records held after a 503/504, sent again with back-off as a real client's retry loop does. */
export type PendingBatch = Read<typeof FIELDS.pending>;

export interface Application {
  /** What the app sends as `Authorization: Bearer …`; null = sends no token. */
  readonly token: PresentedToken | null;
  /** The client_id the app puts in its records. */
  readonly clientId: number;
  /** Integration of the last known token set in the app; attributes 401s with unknown tokens. */
  readonly integrationId: number | null;
  readonly lastResponse: Read<typeof FIELDS.response> | null;
  /** Batches waiting for a retry after a 503/504, oldest first. */
  readonly pending: readonly PendingBatch[];
  /** "Continuous traffic": saved, so a reload or another tab goes on where the reader left it. */
  readonly traffic: boolean;
  /** Most recently copied secret (as a fingerprint + hint); never saved. */
  readonly clipboard: CopiedToken | null;
}

/** One loaded record as selectors return it. Synthetic rows read back as `{ id }`. */
export type Row = Read<typeof FIELDS.dataRow>;

/** A table numbers its own records (`first`…) and keeps only the newest rows' data. */
export type Table = Omit<Read<typeof FIELDS.table>, 'schema' | 'table'>;

/** schema -> table -> Table. */
export type Destination = {readonly [schema: string]: {readonly [table: string]: Table}};

/** A queued record's data, by its place in its entry (0 = the oldest record). */
export type QueuedRow = Read<typeof FIELDS.queuedRow>;

/** Records refused with 401, one entry per table and origin (no ids: a re-send numbers them). */
export type QueueEntry = Read<typeof FIELDS.entry>;

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

export type LogEntry = Read<typeof FIELDS.log>;
export type Counters = Read<typeof FIELDS.counters>;
export type Rotation = Read<typeof FIELDS.rotation>;

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
