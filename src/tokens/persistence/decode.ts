/**
 * The save format (version 4), reading side: each field back with its type and range
 * checked. Relations between fields are `validate.ts`'s job.
 */
import {isJsonObject, isJsonValue} from '../http/util';
import {LOG_CAPACITY, MAX_ACTION, MAX_OUTCOME} from '../log';
import {MAX_DISPLAY_NAME, MAX_SCHEMA_NAME} from '../schema-name';
import {MAX_BATCH, MAX_INTEGRATIONS, MAX_TOKENS, RECENT_ROWS} from '../state';
import {appendRun, runsTotal} from '../runs';
import type {
  Destination,
  Integration,
  JsonObject,
  LogEntry,
  QueueEntry,
  Rotation,
  RunList,
  SandboxState,
  Table,
  Token,
} from '../model';
import {PRESETS} from './encode';
import {
  arr,
  bad,
  bool,
  idOrNull,
  int,
  obj,
  oneOf,
  posInt,
  safeId,
  status,
  str,
  time,
  timeOrNull,
} from './fields';

const TABLE = /^[A-Za-z_][A-Za-z0-9_]{0,126}$/;

function tableName(v: unknown, where: string): string {
  const t = str(v, where, 127);
  if (!TABLE.test(t)) bad(`${where}: bad table name`);
  return t;
}

function runs(v: unknown, where: string): RunList | null {
  const list = arr(v, where);
  if (list.length % 2 !== 0) bad(`${where}: record ids malformed`);
  let out: RunList | null = null;
  for (let i = 0; i < list.length; i += 2)
    out = appendRun(out, posInt(list[i], where), posInt(list[i + 1], where));
  return out;
}

function data(v: unknown, n: number, where: string): JsonObject[] | null {
  if (v === null) return null;
  const list = arr(v, where, n);
  if (!list.every(isJsonObject)) bad(`${where}: record data malformed`);
  return list as JsonObject[];
}

function integration(v: unknown, k: number): Integration {
  const w = `integration ${k}`;
  const t = arr(v, w, 6);
  return {
    id: posInt(t[0], w),
    displayName: str(t[1], w, MAX_DISPLAY_NAME),
    schema: str(t[2], w, MAX_SCHEMA_NAME),
    stitchClientId: posInt(t[3], w),
    createdAt: time(t[4], w),
    updatedAt: time(t[5], w),
  };
}

function token(v: unknown, w: string): Token {
  const t = arr(v, w, 6);
  return {
    id: posInt(t[0], w),
    integrationId: posInt(t[1], w),
    createdAt: time(t[2], w),
    revokedAt: timeOrNull(t[3], w),
    lastUsedAt: timeOrNull(t[4], w),
    fingerprint: str(t[5], w, 64),
  };
}

function app(v: unknown): SandboxState['app'] {
  const a = obj(v, 'app');
  const tok = a.token === null ? null : arr(a.token, 'app token', 3);
  let lastResponse: SandboxState['app']['lastResponse'] = null;
  if (a.last !== null) {
    const l = arr(a.last, 'app last response', 3);
    if (!isJsonValue(l[2])) bad('app last response: body malformed');
    lastResponse = {
      at: time(l[0], 'app last response'),
      status: status(l[1], 'app last response'),
      body: l[2],
    };
  }
  const pending = arr(a.pending, 'app pending', undefined, 64).map((p) => {
    const t = arr(p, 'app pending', 4);
    return {
      table: tableName(t[0], 'app pending'),
      count: int(t[1], 'app pending', 1, MAX_BATCH),
      attempts: int(t[2], 'app pending', 1, 1000),
      retryAt: time(t[3], 'app pending'),
    };
  });
  return {
    token:
      tok === null
        ? null
        : {
            fingerprint: str(tok[0], 'app token', 64),
            hint: str(tok[1], 'app token', 4),
            tokenId: idOrNull(tok[2], 'app token'),
          },
    clientId: safeId(a.clientId, 'app clientId'),
    integrationId: idOrNull(a.integrationId, 'app integration'),
    lastResponse,
    pending,
    // Saves written before traffic was saved have none: traffic off.
    traffic: a.traffic === undefined ? false : bool(a.traffic, 'app traffic'),
    clipboard: null,
  };
}

function table(v: unknown, where: string): Table {
  const [runsRaw, recentRaw] = arr(v, where, 2);
  const r = runs(runsRaw, where);
  const recent = arr(recentRaw, where, undefined, RECENT_ROWS).map((row) => {
    const [id, d] = arr(row, where, 2);
    if (!isJsonObject(d)) bad(`${where}: record data malformed`);
    return {id: posInt(id, where), data: d};
  });
  return {runs: r, total: runsTotal(r), recent};
}

function destination(v: unknown): Destination {
  // Built as null-prototype maps, then copied into plain objects with own keys only (a key
  // `__proto__` assigned to a plain object would set its prototype and vanish).
  const out: Record<string, Record<string, Table>> = Object.create(null);
  for (const [schema, tables] of Object.entries(obj(v, 'destination'))) {
    out[schema] = Object.create(null);
    for (const [name, t] of Object.entries(obj(tables, `destination ${schema}`)))
      out[schema][tableName(name, `destination ${schema}`)] = table(
        t,
        `destination ${schema}.${name}`,
      );
  }
  return Object.fromEntries(
    Object.entries(out).map(([schema, tables]) => [
      schema,
      Object.fromEntries(Object.entries(tables)),
    ]),
  );
}

function entry(v: unknown, k: number): QueueEntry {
  const w = `failed queue entry ${k}`;
  const [t, runsRaw, dataRaw, requests, integrationId, clients] = arr(v, w, 6);
  const r = runs(runsRaw, w);
  if (r === null) bad(`${w}: empty`);
  const total = runsTotal(r);
  return {
    table: tableName(t, w),
    runs: r,
    total,
    data: data(dataRaw, total, w),
    requests: int(requests, w, 0),
    integrationId: idOrNull(integrationId, w),
    clientIds: arr(clients, w, undefined, MAX_BATCH).map((c) => safeId(c, w)),
  };
}

function logEntry(v: unknown, k: number): LogEntry {
  const w = `log entry ${k}`;
  const t = arr(v, w, 9);
  return {
    seq: posInt(t[0], w),
    at: time(t[1], w),
    via: oneOf(t[2], w, ['web', 'connect', 'import'] as const),
    action: str(t[3], w, MAX_ACTION),
    // A token id as requested (a 404 for any id the console accepts), not only ids that exist.
    tokenId: t[4] === 'unknown' || t[4] === null ? t[4] : safeId(t[4], w),
    integrationId: idOrNull(t[5], w),
    status: status(t[6], w),
    outcome: str(t[7], w, MAX_OUTCOME),
    records: int(t[8], w),
  };
}

function counters(v: unknown): SandboxState['counters'] {
  const c = arr(v, 'counters');
  // Saves written before retries were counted have five fields.
  if (c.length !== 5 && c.length !== 6) bad('counters: malformed');
  return {
    total: int(c[0], 'counters'),
    ok: int(c[1], 'counters'),
    failed: int(c[2], 'counters'),
    byStatus: arr(c[3], 'counters', undefined, 500).map((x) => {
      const [st, n] = arr(x, 'counters', 2);
      return {status: status(st, 'counters'), count: int(n, 'counters')};
    }),
    recordsLoaded: int(c[4], 'counters'),
    retried: c.length === 6 ? int(c[5], 'counters') : 0,
  };
}

function rotation(v: unknown, k: number): Rotation {
  const w = `rotation ${k}`;
  const t = arr(v, w, 13);
  return {
    integrationId: posInt(t[0], w),
    trigger: oneOf(t[1], w, ['second-token', 'revoked-in-use'] as const),
    startedAt: time(t[2], w),
    oldTokenId: posInt(t[3], w),
    newTokenId: idOrNull(t[4], w),
    oldRevokedAt: timeOrNull(t[5], w),
    validatedAt: timeOrNull(t[6], w),
    switchedAt: timeOrNull(t[7], w),
    verifiedAt: timeOrNull(t[8], w),
    abandonedAt: timeOrNull(t[9], w),
    interrupted: int(t[10], w),
    resent: int(t[11], w),
    resentRecords: int(t[12], w),
  };
}

/** Reads a version-4 payload's fields into a state; relations are checked afterwards. */
export function decode(p: Record<string, unknown>): SandboxState {
  const [nextIntegrationId, nextTokenId, nextRecordId, nextLogSeq] = arr(p.next, 'next', 4).map(
    (v) => posInt(v, 'next'),
  );
  return {
    preset: oneOf(p.preset, 'preset', PRESETS),
    clientId: posInt(p.clientId, 'clientId'),
    integrations: arr(p.integrations, 'integrations', undefined, MAX_INTEGRATIONS).map(integration),
    tokens: arr(p.tokens, 'tokens', undefined, MAX_TOKENS).map((v, k) => token(v, `token ${k}`)),
    revokedTokens: arr(p.revoked, 'revoked', undefined, MAX_TOKENS).map((v, k) =>
      token(v, `revoked token ${k}`),
    ),
    reveal: null,
    app: app(p.app),
    destination: destination(p.dest),
    failed: arr(p.failed, 'failed queue').map(entry),
    log: arr(p.log, 'log', undefined, LOG_CAPACITY).map(logEntry),
    counters: counters(p.counters),
    rotations: arr(p.rotations, 'rotations', undefined, MAX_INTEGRATIONS).map(rotation),
    outage: bool(p.outage, 'outage'),
    nextIntegrationId: nextIntegrationId!,
    nextTokenId: nextTokenId!,
    nextRecordId: nextRecordId!,
    nextLogSeq: nextLogSeq!,
    lastAt: time(p.lastAt, 'lastAt'),
  };
}
