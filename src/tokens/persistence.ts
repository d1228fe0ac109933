/**
 * Versioned save format for the whole sandbox.
 *
 * Secrets: none is ever written. The simulated Stitch side keeps only a SHA-256 fingerprint
 * of each token (as a real server stores a hash), and the application keeps the fingerprint
 * of the value pasted into it plus a 4-character hint. That is all a push needs to be
 * authenticated after a reload, and nothing in a save or a share URL can be turned back into
 * a token value. The reveal slot and the copied-token clipboard are not saved: the value is
 * shown once, and a reload closes the reveal.
 *
 * Loading is all-or-nothing: any failed check returns `{ ok: false, action: 'reset' }` with a
 * reason, never a partial state. Internally a failed check throws `Invalid`, caught here.
 */
import {isJsonObject, isJsonValue} from './http-util';
import {LOG_CAPACITY} from './log';
import {toSchemaName} from './schema-name';
import {MAX_ACTIVE_TOKENS, MAX_BATCH, TABLE_NAME_PATTERN as TABLE} from './state';
import type {
  Counters,
  Destination,
  Integration,
  JsonObject,
  LogEntry,
  QueueBatch,
  Rotation,
  RowBatch,
  SandboxState,
  Token,
} from './types';
import {batchesOf} from './rows';

/**
 * 3: queued requests remember their integration and client_ids. Version 2 saves (before any
 * release) lacked them and are reset: guessing where their records were headed is the very
 * bug version 3 fixes.
 */
export const STORAGE_VERSION = 3;
/**
 * Only the current version is read. No older format was ever saved by a released page, so
 * there is nothing to migrate: any other version is reset with a reason. When the format
 * changes for real users, a migration from a real fixture of the old version goes here.
 */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

export type LoadResult =
  | {
      readonly ok: true;
      readonly state: SandboxState;
      /** Always null: no older version is migrated (kept for callers that read it). */
      readonly migratedFrom: number | null;
    }
  | {readonly ok: false; readonly reason: string; readonly action: 'reset'};

class Invalid extends Error {}
function bad(what: string): never {
  throw new Invalid(what);
}

// ---- compact encodings ------------------------------------------------------------------

/** Runs of consecutive ids as flat [start, length, start, length, …]. */
function encodeIds(ids: readonly number[]): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const n = out.length;
    if (n > 0 && out[n - 2]! + out[n - 1]! === id) out[n - 1]!++;
    else out.push(id, 1);
  }
  return out;
}

/**
 * Records a payload may hold, in the destination and the failed queue together. Runs of ids
 * are tiny in JSON ([start, length]), so without a total cap a small payload could expand to
 * millions of records; `save` refuses a state over the same cap, so no save is ever rejected.
 */
export const MAX_STORED_RECORDS = 200_000;

/** Shared across all of a payload's batches: the total is checked before any run is expanded. */
interface RecordBudget {
  used: number;
  /** Ids must be below this (the record id sequence). */
  readonly next: number;
}

function decodeIds(v: unknown, where: string, budget: RecordBudget): number[] {
  if (!Array.isArray(v) || v.length === 0 || v.length % 2 !== 0)
    bad(`${where}: record ids malformed`);
  let n = 0;
  for (let i = 0; i < v.length; i += 2) {
    const start = posInt(v[i], where);
    const len = posInt(v[i + 1], where);
    if (start + len > budget.next) bad(`${where}: record id beyond the id sequence`);
    n += len;
  }
  budget.used += n;
  if (budget.used > MAX_STORED_RECORDS)
    bad(`it holds more than ${MAX_STORED_RECORDS.toLocaleString('en')} records (the limit)`);
  if (budget.used > budget.next - 1) bad(`${where}: more records than the id sequence handed out`);
  const ids = new Array<number>(n);
  let k = 0;
  for (let i = 0; i < v.length; i += 2) {
    const start = v[i] as number;
    const len = v[i + 1] as number;
    for (let j = 0; j < len; j++) ids[k++] = start + j;
  }
  return ids;
}

/** Records a state holds: loaded plus queued. */
export function storedRecords(s: SandboxState): number {
  let n = s.failed?.total ?? 0;
  for (const tables of Object.values(s.destination))
    for (const newest of Object.values(tables)) n += newest.total;
  return n;
}

const tuple = {
  integration: (i: Integration) => [
    i.id,
    i.displayName,
    i.schema,
    i.stitchClientId,
    i.createdAt,
    i.updatedAt,
  ],
  token: (t: Token) => [
    t.id,
    t.integrationId,
    t.createdAt,
    t.revokedAt,
    t.lastUsedAt,
    t.fingerprint,
  ],
  log: (e: LogEntry) => [
    e.seq,
    e.at,
    e.via,
    e.action,
    e.tokenId,
    e.integrationId,
    e.status,
    e.outcome,
    e.records,
  ],
  rotation: (r: Rotation) => [
    r.integrationId,
    r.trigger,
    r.startedAt,
    r.oldTokenId,
    r.newTokenId,
    r.oldRevokedAt,
    r.switchedAt,
    r.verifiedAt,
    r.abandonedAt,
    r.interrupted,
    r.resent,
  ],
};

export function serialize(s: SandboxState): string {
  // Null-prototype maps: a schema or table named `__proto__` must stay an own key.
  const dest: Record<string, Record<string, unknown[]>> = Object.create(null);
  for (const [schema, tables] of Object.entries(s.destination)) {
    const out: Record<string, unknown[]> = Object.create(null);
    for (const [table, newest] of Object.entries(tables)) {
      out[table] = batchesOf(newest).map((b) => [encodeIds(b.ids), b.data]);
    }
    dest[schema] = out;
  }
  // A queue batch opens a new request unless it continues the previous one (mixed tables).
  const failed = batchesOf(s.failed).map((b) => [
    b.table,
    encodeIds(b.ids),
    b.data,
    b.requests - (b.prev?.requests ?? 0),
    b.integrationId,
    b.clientIds,
  ]);
  const a = s.app;
  return JSON.stringify({
    v: STORAGE_VERSION,
    clientId: s.clientId,
    integrations: s.integrations.map(tuple.integration),
    tokens: s.tokens.map(tuple.token),
    revoked: s.revokedTokens.map(tuple.token),
    app: {
      token: a.token === null ? null : [a.token.fingerprint, a.token.hint, a.token.tokenId],
      clientId: a.clientId,
      integrationId: a.integrationId,
      last:
        a.lastResponse === null
          ? null
          : [a.lastResponse.at, a.lastResponse.status, a.lastResponse.body],
    },
    dest,
    failed,
    log: [s.log.prev.map(tuple.log), s.log.cur.map(tuple.log)],
    counters: [
      s.counters.total,
      s.counters.ok,
      s.counters.failed,
      s.counters.byStatus.map((x) => [x.status, x.count]),
      s.counters.recordsLoaded,
    ],
    rotations: s.rotations.map(tuple.rotation),
    next: [s.nextIntegrationId, s.nextTokenId, s.nextRecordId, s.nextLogSeq],
  });
}

/**
 * serialize, refusing a state too large to load back, so a save can never be written that
 * the next visit would reject. The UI can offer a reset instead.
 */
export function save(
  s: SandboxState,
): {readonly ok: true; readonly text: string} | {readonly ok: false; readonly reason: string} {
  const records = storedRecords(s);
  if (records > MAX_STORED_RECORDS) {
    return {
      ok: false,
      reason: `The sandbox holds too many records to save (${records.toLocaleString('en')}; the limit is ${MAX_STORED_RECORDS.toLocaleString('en')} records). Reset it to keep saving.`,
    };
  }
  const text = serialize(s);
  if (text.length > MAX_PAYLOAD_BYTES) {
    return {
      ok: false,
      reason: `The sandbox holds too much data to save (${Math.round(text.length / 1024)} KB; the limit is ${MAX_PAYLOAD_BYTES / 1024} KB). Reset it to keep saving.`,
    };
  }
  return {ok: true, text};
}

// ---- validation --------------------------------------------------------------------------

function int(v: unknown, where: string, min = 0): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min)
    bad(`${where}: expected a whole number ≥ ${min}`);
  return v;
}
const posInt = (v: unknown, where: string) => int(v, where, 1);
function time(v: unknown, where: string): number {
  return int(v, where, 0);
}
function timeOrNull(v: unknown, where: string): number | null {
  return v === null ? null : time(v, where);
}
function intOrNull(v: unknown, where: string): number | null {
  return v === null ? null : posInt(v, where);
}
function str(v: unknown, where: string, max = 1000): string {
  if (typeof v !== 'string' || v.length > max) bad(`${where}: expected a string`);
  return v;
}
function arr(v: unknown, where: string, len?: number): unknown[] {
  if (!Array.isArray(v) || (len !== undefined && v.length !== len)) bad(`${where}: malformed`);
  return v;
}
function obj(v: unknown, where: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) bad(`${where}: malformed`);
  return v as Record<string, unknown>;
}
const FINGERPRINT = /^[0-9a-f]{64}$/;

function dataList(v: unknown, n: number, where: string): JsonObject[] | null {
  if (v === null) return null;
  const list = arr(v, where, n);
  if (!list.every(isJsonObject)) bad(`${where}: record data malformed`);
  return list as JsonObject[];
}

function readState(p: Record<string, unknown>): SandboxState {
  const clientId = posInt(p.clientId, 'clientId');
  const [nextIntegrationId, nextTokenId, nextRecordId, nextLogSeq] = arr(p.next, 'next', 4).map(
    (v) => posInt(v, 'next'),
  );

  const integrations: Integration[] = arr(p.integrations, 'integrations').map((v, k) => {
    const w = `integration ${k}`;
    const t = arr(v, w, 6);
    const i: Integration = {
      id: posInt(t[0], w),
      displayName: str(t[1], w, 100),
      schema: str(t[2], w, 100),
      stitchClientId: posInt(t[3], w),
      createdAt: time(t[4], w),
      updatedAt: time(t[5], w),
    };
    if (i.displayName.trim() !== i.displayName || i.displayName === '') bad(`${w}: bad name`);
    if (i.schema !== toSchemaName(i.displayName) || i.schema.replace(/_/g, '') === '')
      bad(`${w}: schema does not match its name`);
    if (i.id >= nextIntegrationId!) bad(`${w}: id beyond the id sequence`);
    return i;
  });
  const byId = new Map(integrations.map((i) => [i.id, i]));
  if (byId.size !== integrations.length) bad('integrations: duplicate id');
  const schemas = new Set(integrations.map((i) => i.schema));
  if (schemas.size !== integrations.length) bad('integrations: duplicate schema');

  const readToken = (v: unknown, w: string): Token => {
    const t = arr(v, w, 6);
    const token: Token = {
      id: posInt(t[0], w),
      integrationId: posInt(t[1], w),
      createdAt: time(t[2], w),
      revokedAt: timeOrNull(t[3], w),
      lastUsedAt: timeOrNull(t[4], w),
      fingerprint: str(t[5], w),
    };
    if (!byId.has(token.integrationId)) bad(`${w}: unknown integration ${token.integrationId}`);
    if (!FINGERPRINT.test(token.fingerprint)) bad(`${w}: bad fingerprint`);
    if (token.id >= nextTokenId!) bad(`${w}: id beyond the id sequence`);
    return token;
  };
  const tokens = arr(p.tokens, 'tokens').map((v, k) => readToken(v, `token ${k}`));
  const revokedTokens = arr(p.revoked, 'revoked').map((v, k) => readToken(v, `revoked token ${k}`));
  if (tokens.some((t) => t.revokedAt !== null)) bad('tokens: a revoked token is listed as active');
  for (let k = 1; k < revokedTokens.length; k++)
    if (revokedTokens[k]!.id <= revokedTokens[k - 1]!.id) bad('revoked: not in id order');
  if (revokedTokens.some((t) => t.revokedAt === null))
    bad('revoked: an active token is listed as revoked');
  for (let k = 1; k < tokens.length; k++)
    if (tokens[k]!.id <= tokens[k - 1]!.id) bad('tokens: not in id order');
  const tokenIds = new Set([...tokens, ...revokedTokens].map((t) => t.id));
  if (tokenIds.size !== tokens.length + revokedTokens.length) bad('tokens: duplicate id');
  const fps = new Set([...tokens, ...revokedTokens].map((t) => t.fingerprint));
  if (fps.size !== tokenIds.size) bad('tokens: duplicate fingerprint');
  const activePer = new Map<number, number>();
  for (const t of tokens) {
    const n = (activePer.get(t.integrationId) ?? 0) + 1;
    if (n > MAX_ACTIVE_TOKENS) bad(`integration ${t.integrationId}: too many active tokens`);
    activePer.set(t.integrationId, n);
  }
  const tokenExists = (id: number | null) => id === null || tokenIds.has(id);

  const a = obj(p.app, 'app');
  const tok = a.token === null ? null : arr(a.token, 'app token', 3);
  let lastResponse: SandboxState['app']['lastResponse'] = null;
  if (a.last !== null) {
    const l = arr(a.last, 'app last response', 3);
    if (!isJsonValue(l[2])) bad('app last response: body malformed');
    lastResponse = {
      at: time(l[0], 'app last response'),
      status: int(l[1], 'app last response', 100),
      body: l[2],
    };
  }
  const app: SandboxState['app'] = {
    token:
      tok === null
        ? null
        : {
            fingerprint: str(tok[0], 'app token'),
            hint: str(tok[1], 'app token', 4),
            tokenId: intOrNull(tok[2], 'app token'),
          },
    clientId: posInt(a.clientId, 'app clientId'),
    integrationId: intOrNull(a.integrationId, 'app integration'),
    lastResponse,
    clipboard: null,
  };
  if (app.token !== null && !FINGERPRINT.test(app.token.fingerprint))
    bad('app token: bad fingerprint');
  if (app.token !== null && !tokenExists(app.token.tokenId))
    bad('app token: refers to an unknown token');
  if (app.integrationId !== null && !byId.has(app.integrationId))
    bad('app: refers to an unknown integration');

  const budget: RecordBudget = {used: 0, next: nextRecordId!};
  const seen = new Set<number>();
  const claim = (ids: readonly number[], w: string) => {
    for (const id of ids) {
      if (id >= nextRecordId!) bad(`${w}: record id beyond the id sequence`);
      if (seen.has(id)) bad(`${w}: record ${id} stored twice`);
      seen.add(id);
    }
  };
  // Built as null-prototype maps, then copied into plain objects with own keys only (a key
  // `__proto__` assigned to a plain object would set its prototype and vanish).
  const destination: Record<string, Record<string, RowBatch>> = Object.create(null);
  for (const [schema, tables] of Object.entries(obj(p.dest, 'destination'))) {
    if (!schemas.has(schema)) bad(`destination: schema ${schema} has no integration`);
    destination[schema] = Object.create(null);
    for (const [table, batches] of Object.entries(obj(tables, `destination ${schema}`))) {
      const w = `destination ${schema}.${table}`;
      if (!TABLE.test(table)) bad(`${w}: bad table name`);
      let newest = null as RowBatch | null;
      for (const b of arr(batches, w)) {
        const [idsRaw, dataRaw] = arr(b, w, 2);
        const ids = decodeIds(idsRaw, w, budget);
        claim(ids, w);
        newest = {
          ids,
          data: dataList(dataRaw, ids.length, w),
          prev: newest,
          total: (newest?.total ?? 0) + ids.length,
        };
      }
      if (newest === null) bad(`${w}: empty table`);
      destination[schema][table] = newest;
    }
  }

  let failed = null as QueueBatch | null;
  for (const [k, b] of arr(p.failed, 'failed queue').entries()) {
    const w = `failed queue batch ${k}`;
    const [table, idsRaw, dataRaw, opens, integrationRaw, clientsRaw] = arr(b, w, 6);
    if (!TABLE.test(str(table, w))) bad(`${w}: bad table name`);
    const ids = decodeIds(idsRaw, w, budget);
    claim(ids, w);
    if (opens !== 0 && opens !== 1) bad(`${w}: malformed`);
    if (k === 0 && opens !== 1) bad(`${w}: malformed`);
    const integrationId = intOrNull(integrationRaw, w);
    if (integrationId !== null && !byId.has(integrationId)) bad(`${w}: unknown integration`);
    const clientIds = arr(clientsRaw, w).map((c) => posInt(c, w));
    if (clientIds.length === 0 || clientIds.length > MAX_BATCH) bad(`${w}: bad client ids`);
    if (new Set(clientIds).size !== clientIds.length) bad(`${w}: duplicate client ids`);
    // The batches of one request (mixed tables) share their origin.
    if (
      opens === 0 &&
      (failed!.integrationId !== integrationId || failed!.clientIds.join() !== clientIds.join())
    )
      bad(`${w}: continues a request of another origin`);
    failed = {
      table: table as string,
      ids,
      data: dataList(dataRaw, ids.length, w),
      integrationId,
      clientIds,
      prev: failed,
      total: (failed?.total ?? 0) + ids.length,
      requests: (failed?.requests ?? 0) + (opens as number),
    };
  }

  const [prevRaw, curRaw] = arr(p.log, 'log', 2);
  const readLog = (v: unknown, w: string): LogEntry[] => {
    const list = arr(v, w);
    if (list.length > LOG_CAPACITY) bad(`${w}: too many entries`);
    return list.map((e, k) => {
      const t = arr(e, `${w} ${k}`, 9);
      const via = t[2];
      if (via !== 'web' && via !== 'connect' && via !== 'import') bad(`${w} ${k}: bad channel`);
      const tokenId = t[4] === 'unknown' || t[4] === null ? t[4] : posInt(t[4], `${w} ${k}`);
      const entry: LogEntry = {
        seq: posInt(t[0], w),
        at: time(t[1], w),
        via,
        action: str(t[3], w, 200),
        tokenId,
        integrationId: intOrNull(t[5], w),
        status: int(t[6], w, 100),
        outcome: str(t[7], w, 1000),
        records: int(t[8], w),
      };
      if (entry.seq >= nextLogSeq!) bad(`${w} ${k}: beyond the log sequence`);
      return entry;
    });
  };
  const log = {prev: readLog(prevRaw, 'log'), cur: readLog(curRaw, 'log')};
  const seqs = [...log.prev, ...log.cur].map((e) => e.seq);
  for (let k = 1; k < seqs.length; k++) if (seqs[k]! <= seqs[k - 1]!) bad('log: out of order');

  const c = arr(p.counters, 'counters', 5);
  const byStatus = arr(c[3], 'counters').map((v) => {
    const [status, n] = arr(v, 'counters', 2);
    return {status: int(status, 'counters', 100), count: int(n, 'counters')};
  });
  if (byStatus.some((x) => x.status > 599)) bad('counters: bad status');
  if (new Set(byStatus.map((x) => x.status)).size !== byStatus.length)
    bad('counters: duplicate status');
  const counters: Counters = {
    total: int(c[0], 'counters'),
    ok: int(c[1], 'counters'),
    failed: int(c[2], 'counters'),
    byStatus,
    recordsLoaded: int(c[4], 'counters'),
  };
  if (counters.ok + counters.failed !== counters.total) bad('counters: do not add up');
  if (byStatus.reduce((x, y) => x + y.count, 0) !== counters.total) bad('counters: do not add up');

  const rotations: Rotation[] = [];
  const rotated = new Set<number>();
  for (const [k, v] of arr(p.rotations, 'rotations').entries()) {
    const w = `rotation ${k}`;
    const t = arr(v, w, 11);
    if (t[1] !== 'second-token' && t[1] !== 'revoked-in-use') bad(`${w}: bad trigger`);
    const r: Rotation = {
      integrationId: posInt(t[0], w),
      trigger: t[1],
      startedAt: time(t[2], w),
      oldTokenId: posInt(t[3], w),
      newTokenId: intOrNull(t[4], w),
      oldRevokedAt: timeOrNull(t[5], w),
      switchedAt: timeOrNull(t[6], w),
      verifiedAt: timeOrNull(t[7], w),
      abandonedAt: timeOrNull(t[8], w),
      interrupted: int(t[9], w),
      resent: int(t[10], w),
    };
    if (!byId.has(r.integrationId)) bad(`${w}: unknown integration`);
    if (!tokenExists(r.oldTokenId) || !tokenExists(r.newTokenId)) bad(`${w}: unknown token`);
    if (r.resent > r.interrupted) bad(`${w}: more re-sent than interrupted`);
    if (rotated.has(r.integrationId)) bad(`${w}: duplicate`);
    rotated.add(r.integrationId);
    rotations.push(r);
  }

  return {
    clientId,
    integrations,
    tokens,
    revokedTokens,
    reveal: null,
    app,
    destination: Object.fromEntries(
      Object.entries(destination).map(([schema, tables]) => [
        schema,
        Object.fromEntries(Object.entries(tables)),
      ]),
    ) as Destination,
    failed,
    log,
    counters,
    rotations,
    nextIntegrationId: nextIntegrationId!,
    nextTokenId: nextTokenId!,
    nextRecordId: nextRecordId!,
    nextLogSeq: nextLogSeq!,
  };
}

const reset = (reason: string): LoadResult => ({ok: false, reason, action: 'reset'});

export function load(text: string): LoadResult {
  if (typeof text !== 'string') return reset('The saved sandbox is not text.');
  if (text.length > MAX_PAYLOAD_BYTES) {
    return reset(
      `The saved sandbox is too large (${text.length} characters; the limit is ${MAX_PAYLOAD_BYTES}).`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return reset('The saved sandbox is corrupt or truncated (not valid JSON).');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('v' in parsed)) {
    return reset('This is not a saved sandbox (no version).');
  }
  const p = parsed as Record<string, unknown>;
  const v = p.v;
  if (v !== STORAGE_VERSION) {
    return reset(
      `The saved sandbox has version ${JSON.stringify(v)}; this page reads version ${STORAGE_VERSION} only.`,
    );
  }
  try {
    return {ok: true, state: readState(p), migratedFrom: null};
  } catch (e) {
    if (e instanceof Invalid) return reset(`The saved sandbox is invalid: ${e.message}.`);
    return reset('The saved sandbox could not be read.');
  }
}
