/** The save format, stated once: every tuple's fields in order, with type, range and meaning. */
import * as v from 'valibot';
import {isJsonObject, isJsonValue} from '../http/util';
import * as limits from '../limits';
import {DRILLS, LOG_KINDS, type JsonObject, type JsonValue} from '../model';

export const STORAGE_VERSION = 5;

const MALFORMED = 'malformed';

function whole(min: number, max = limits.MAX_ID) {
  const m = `expected a whole number from ${min} to ${max}`;
  return v.pipe(v.number(m), v.safeInteger(m), v.minValue(min, m), v.maxValue(max, m));
}
/** An id of our own sequences (integrations, tokens, records, log): below `MAX_ID`. */
const id = whole(1);
/** An id a reader typed or a request carried (a client_id): any positive safe integer. */
const anyId = whole(1, Number.MAX_SAFE_INTEGER);
const count = whole(0);
const time = whole(0, limits.MAX_TIME);
const status = whole(100, 599);

function text(max: number) {
  const m = `expected text of at most ${max} characters`;
  return v.pipe(v.string(m), v.maxLength(max, m));
}
const tableName = v.pipe(text(127), v.regex(limits.TABLE_NAME_PATTERN, 'bad table name'));
const oneOf = <T extends string>(options: readonly T[]) =>
  v.picklist(options, `expected one of ${options.join(', ')}`);
const data = v.custom<JsonObject>(isJsonObject, 'record data malformed');

/** A JSON array of exactly these items, read by position. */
function tuple<const T extends v.TupleItems>(items: T) {
  return v.pipe(
    v.array(v.unknown(), MALFORMED),
    v.length(items.length, MALFORMED),
    v.strictTuple(items, MALFORMED),
  );
}
function list<T extends v.GenericSchema>(item: T, max = Infinity) {
  return v.pipe(v.array(item, MALFORMED), v.maxLength(max, MALFORMED), v.readonly());
}

/** The fields of one tuple of the save, in their order, each with its schema. */
export type Fields = Record<string, v.GenericSchema>;
export type Read<F extends Fields> = {readonly [K in keyof F]: v.InferOutput<F[K]>};

/** A tuple read into an object by its fields; `serialize` writes it with `tupleOf`. */
function row<F extends Fields>(fields: F) {
  const keys = Object.keys(fields);
  return v.pipe(
    tuple(Object.values(fields)),
    v.transform((t) => Object.fromEntries(keys.map((k, i) => [k, t[i]])) as Read<F>),
  );
}

/** Rows kept with their data: by id in a table, by place in a queued entry (0: the oldest). */
const dataRow = {id: count, data};
const queuedRow = {at: count, data};
const statusCount = {status, count};

/** Every tuple of the save: the one statement of its shape, for reading and writing. */
export const FIELDS = {
  integration: {
    id,
    displayName: text(limits.MAX_DISPLAY_NAME),
    /** Destination schema name; fixed when the integration is saved. */
    schema: text(limits.MAX_SCHEMA_NAME),
    stitchClientId: id,
    createdAt: time,
    updatedAt: time,
  },
  token: {
    id,
    integrationId: id,
    createdAt: time,
    revokedAt: v.nullable(time),
    lastUsedAt: v.nullable(time),
    /** SHA-256 of the secret, all a real server keeps, so no state, save or link holds a secret. */
    fingerprint: text(limits.FINGERPRINT_CHARS),
  },
  presented: {
    fingerprint: text(limits.FINGERPRINT_CHARS),
    /** Last 4 characters, for display ("…3f2a"). */
    hint: text(limits.HINT_CHARS),
    /** The token this value matched when set (null: unknown); ids are never reused, so it stays. */
    tokenId: v.nullable(id),
  },
  response: {at: time, status, body: v.custom<JsonValue>(isJsonValue, 'body malformed')},
  pending: {
    table: tableName,
    count: whole(1, limits.MAX_BATCH),
    attempts: whole(1, limits.MAX_ATTEMPTS), // 1 after the first refusal
    retryAt: time,
  },
  dataRow,
  table: {
    schema: v.string(MALFORMED),
    table: tableName,
    first: id,
    total: whole(1),
    /** Newest rows that carried data, oldest first. */
    recent: list(row(dataRow), limits.RECENT_ROWS),
  },
  queuedRow,
  entry: {
    table: tableName,
    total: whole(1),
    /** The newest records that carried data, oldest first. */
    recent: list(row(queuedRow), limits.RECENT_ROWS),
    /** Requests that start in this entry (0 when it continues a request of mixed tables). */
    requests: count,
    /** The integration refused for: the token's, else the app's at the time (null: none). */
    integrationId: v.nullable(id),
    /** The client_ids its records carry (the request's, in first-seen order). */
    clientIds: list(anyId, limits.MAX_BATCH),
  },
  log: {
    seq: id,
    at: time,
    via: oneOf(['web', 'connect', 'import'] as const),
    kind: oneOf(LOG_KINDS),
    /** e.g. "POST /v2/import/push" or "Generate token". */
    action: text(limits.MAX_ACTION),
    /** Token sent: any id requested (even one answered 404), 'unknown' if unrecognised, or null. */
    tokenId: v.union(
      [v.literal('unknown'), v.null(), anyId],
      'expected a token id, "unknown" or null',
    ),
    integrationId: v.nullable(id),
    status,
    outcome: text(limits.MAX_OUTCOME),
    records: count,
  },
  statusCount,
  counters: {
    total: count,
    ok: count,
    failed: count,
    /** Per status code, in first-seen order. */
    byStatus: list(row(statusCount), limits.MAX_STATUSES),
    recordsLoaded: count,
    /** Requests that were the application's retries of a batch refused with 503/504. */
    retried: count,
  },
  rotation: {
    integrationId: id,
    trigger: oneOf(['second-token', 'revoked-in-use'] as const),
    startedAt: time,
    oldTokenId: id,
    /** Replacement; null while a revoke-first rotation has no new token yet. */
    newTokenId: v.nullable(id),
    oldRevokedAt: v.nullable(time),
    /** First successful validate request with the new token (tested before switching). */
    validatedAt: v.nullable(time),
    /** First successful push with the new token. */
    switchedAt: v.nullable(time),
    /** First successful push with the new token after the old one was revoked. */
    verifiedAt: v.nullable(time),
    abandonedAt: v.nullable(time),
    /** Pushes refused 401 while this rotation was in progress. */
    interrupted: count,
    /** How many of those were later delivered by a re-send, and the records they delivered. */
    resent: count,
    resentRecords: count,
  },
} as const satisfies Record<string, Fields>;

export const payload = v.object(
  {
    v: v.literal(STORAGE_VERSION),
    drill: oneOf(DRILLS),
    clientId: id,
    outage: v.boolean('expected true or false'),
    lastAt: time,
    next: tuple([id, id, id, id]),
    integrations: list(row(FIELDS.integration), limits.MAX_INTEGRATIONS),
    tokens: list(row(FIELDS.token), limits.MAX_TOKENS),
    revoked: list(row(FIELDS.token), limits.MAX_TOKENS),
    app: v.object(
      {
        token: v.nullable(row(FIELDS.presented)),
        clientId: anyId,
        integrationId: v.nullable(id),
        last: v.nullable(row(FIELDS.response)),
        pending: list(row(FIELDS.pending), limits.MAX_PENDING),
        traffic: v.boolean('expected true or false'),
      },
      MALFORMED,
    ),
    dest: list(row(FIELDS.table)),
    failed: list(row(FIELDS.entry)),
    log: list(row(FIELDS.log), limits.LOG_CAPACITY),
    counters: row(FIELDS.counters),
    rotations: list(row(FIELDS.rotation), limits.MAX_INTEGRATIONS),
  },
  MALFORMED,
);

/** A payload that is not a save this page can read, with where and why. */
export class Invalid extends Error {}

/** How a reader names a place in the payload: "integration 0", "app pending", "next". */
const PLACES: Record<string, string> = {
  integrations: 'integration',
  tokens: 'token',
  revoked: 'revoked token',
  dest: 'destination table',
  failed: 'failed queue entry',
  log: 'log entry',
  rotations: 'rotation',
  'app.last': 'app last response',
  'app.integrationId': 'app integration',
};

export function place(path: readonly {key: unknown}[]): string {
  const [first, second] = path.map((p) => String(p.key));
  if (first === undefined) return 'save';
  if (first === 'app')
    return second === undefined ? 'app' : (PLACES[`app.${second}`] ?? `app ${second}`);
  const named = PLACES[first];
  return named !== undefined && second !== undefined ? `${named} ${second}` : first;
}
