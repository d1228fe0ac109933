/**
 * The operations both front doors share: web-app events (reducer.ts) and the simulated HTTP
 * APIs (connect-api.ts, import-api.ts) call these and nothing else, so one action gives one
 * state whichever door it came through. Refusals return the input state object untouched;
 * the HTTP doors log refused requests themselves.
 */
import {checkDisplayName} from './schema-name';
import {appendLog, count} from './log';
import {appendRows, batchesOf, enqueue} from './rows';
import {fingerprint, looksLikeSecret, makeSecret} from './secret';
import {MAX_ACTIVE_TOKENS} from './state';
import {onGenerated, onPushAccepted, onResent, onRevoked, onUnauthorized} from './rotation';
import type {
  Env,
  Integration,
  JsonObject,
  JsonValue,
  LogChannel,
  LogEntry,
  Refusal,
  Result,
  SandboxState,
  Token,
} from './types';

export interface Op<T> {
  readonly state: SandboxState;
  readonly result: Result<T>;
}

export interface LogInput {
  readonly via: LogChannel;
  readonly action: string;
  readonly tokenId: LogEntry['tokenId'];
  readonly integrationId: number | null;
  readonly status: number;
  readonly outcome: string;
  readonly records: number;
}

export function withLog(s: SandboxState, at: number, e: LogInput): SandboxState {
  const entry: LogEntry = {seq: s.nextLogSeq, at, ...e};
  return {
    ...s,
    log: appendLog(s.log, entry),
    counters: count(s.counters, e.status, e.status === 201 ? e.records : 0),
    nextLogSeq: s.nextLogSeq + 1,
  };
}

function refuse<T>(s: SandboxState, r: Refusal): Op<T> {
  return {state: s, result: r};
}

export function findIntegration(s: SandboxState, id: number): Integration | undefined {
  return s.integrations.find((i) => i.id === id);
}

export function activeTokensOf(s: SandboxState, integrationId: number): Token[] {
  return s.tokens.filter((t) => t.integrationId === integrationId);
}

/** revokedTokens is kept in id order, so a lookup is a binary search. */
export function findRevoked(s: SandboxState, id: number): Token | undefined {
  const list = s.revokedTokens;
  let lo = 0,
    hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = list[mid]!;
    if (t.id === id) return t;
    if (t.id < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

export function findToken(s: SandboxState, id: number): Token | undefined {
  return s.tokens.find((t) => t.id === id) ?? findRevoked(s, id);
}

/** Resolution by fingerprint, for values arriving as strings (API door, setAppToken). */
export function findTokenByFingerprint(
  s: SandboxState,
  value: string,
  fp: string,
): Token | undefined {
  // Every issued secret has one fixed shape; anything else cannot match, so skip the scan.
  if (!looksLikeSecret(value)) return undefined;
  return (
    s.tokens.find((t) => t.fingerprint === fp) ?? s.revokedTokens.find((t) => t.fingerprint === fp)
  );
}

const unknownIntegration = (id: number): Refusal => ({
  ok: false,
  code: 'unknown-integration',
  reason: `There is no integration with id ${id}.`,
});

export function canGenerateToken(s: SandboxState, integrationId: number): Result<object> {
  if (findIntegration(s, integrationId) === undefined) return unknownIntegration(integrationId);
  const active = activeTokensOf(s, integrationId);
  if (active.length >= MAX_ACTIVE_TOKENS) {
    return {
      ok: false,
      code: 'token-limit',
      reason: `This integration already has ${MAX_ACTIVE_TOKENS} active tokens (${active
        .map((t) => t.id)
        .join(' and ')}). Revoke one before generating another.`,
    };
  }
  return {ok: true};
}

function nextTokenId(s: SandboxState, env: Env): number {
  // Ids grow by an irregular positive step, as Stitch's do (828705046, then 828792559 …).
  return s.nextTokenId + 1 + Math.floor(env.random() * 99999);
}

export function opGenerateToken(
  s: SandboxState,
  integrationId: number,
  env: Env,
  via: LogChannel,
): Op<{tokenId: number; secret: string}> {
  const check = canGenerateToken(s, integrationId);
  if (!check.ok) return refuse(s, check);
  const now = env.now();
  const secret = makeSecret(env);
  const id = s.nextTokenId;
  const token: Token = {
    id,
    integrationId,
    createdAt: now,
    revokedAt: null,
    lastUsedAt: null,
    fingerprint: fingerprint(secret),
  };
  const activeBefore = activeTokensOf(s, integrationId).map((t) => t.id);
  const next: SandboxState = {
    ...s,
    tokens: [...s.tokens, token],
    nextTokenId: nextTokenId(s, env),
    rotations: onGenerated(s.rotations, integrationId, id, activeBefore, now),
  };
  return {
    state: withLog(next, now, {
      via,
      action: via === 'connect' ? `POST /v4/sources/${integrationId}/tokens` : 'Generate token',
      tokenId: id,
      integrationId,
      status: 200,
      outcome: `Token ${id} generated`,
      records: 0,
    }),
    result: {ok: true, tokenId: id, secret},
  };
}

export function opCreateIntegration(
  s: SandboxState,
  displayName: string,
  env: Env,
): Op<{integration: Integration; tokenId: number; secret: string}> {
  const check = checkDisplayName(
    displayName,
    s.integrations.map((i) => i.schema),
  );
  if (!check.ok) return refuse(s, check);
  const now = env.now();
  const integration: Integration = {
    id: s.nextIntegrationId,
    displayName: check.displayName,
    schema: check.schema,
    stitchClientId: s.clientId,
    createdAt: now,
    updatedAt: now,
  };
  const created = withLog(
    {
      ...s,
      integrations: [...s.integrations, integration],
      nextIntegrationId: s.nextIntegrationId + 1,
    },
    now,
    {
      via: 'web',
      action: 'Save and Generate Token',
      tokenId: null,
      integrationId: integration.id,
      status: 200,
      outcome: `Integration "${integration.displayName}" created (schema ${integration.schema})`,
      records: 0,
    },
  );
  // "Save and Generate Token": the first token comes from the same operation as any other.
  const gen = opGenerateToken(created, integration.id, env, 'web');
  if (!gen.result.ok) return refuse(s, gen.result);
  return {
    state: gen.state,
    result: {ok: true, integration, tokenId: gen.result.tokenId, secret: gen.result.secret},
  };
}

function insertById(list: readonly Token[], t: Token): Token[] {
  let i = list.length;
  while (i > 0 && list[i - 1]!.id > t.id) i--;
  return [...list.slice(0, i), t, ...list.slice(i)];
}

export function opRevokeToken(
  s: SandboxState,
  integrationId: number,
  tokenId: number,
  env: Env,
  via: LogChannel,
): Op<{integration: Integration}> {
  const integration = findIntegration(s, integrationId);
  if (integration === undefined) return refuse(s, unknownIntegration(integrationId));
  const token = findToken(s, tokenId);
  if (token === undefined || token.integrationId !== integrationId) {
    return refuse(s, {
      ok: false,
      code: 'unknown-token',
      reason: `Integration ${integrationId} has no token with id ${tokenId}.`,
    });
  }
  if (token.revokedAt !== null) {
    return refuse(s, {
      ok: false,
      code: 'already-revoked',
      reason: `Token ${tokenId} is already revoked.`,
    });
  }
  const now = env.now();
  const revoked: Token = {...token, revokedAt: now};
  const tokens = s.tokens.filter((t) => t.id !== tokenId);
  const updated: Integration = {...integration, updatedAt: now};
  const remaining = tokens.filter((t) => t.integrationId === integrationId).map((t) => t.id);
  const next: SandboxState = {
    ...s,
    tokens,
    revokedTokens: insertById(s.revokedTokens, revoked),
    integrations: s.integrations.map((i) => (i.id === integrationId ? updated : i)),
    rotations: onRevoked(
      s.rotations,
      integrationId,
      tokenId,
      s.app.token?.tokenId ?? null,
      remaining,
      now,
    ),
  };
  return {
    state: withLog(next, now, {
      via,
      action:
        via === 'connect'
          ? `DELETE /v4/sources/${integrationId}/tokens/${tokenId}`
          : 'Revoke token',
      tokenId,
      integrationId,
      status: 200,
      outcome: `Token ${tokenId} revoked`,
      records: 0,
    }),
    result: {ok: true, integration: updated},
  };
}

/** Consecutive records of one table; `data` null for synthetic rows. */
export interface RecordGroup {
  readonly table: string;
  readonly count: number;
  readonly data: readonly JsonObject[] | null;
}

export interface PushInput {
  /** The token as presented: already resolved to an id (or null = unknown), or absent. */
  readonly token: {readonly tokenId: number | null} | null;
  readonly clientIds: readonly number[];
  readonly groups: readonly RecordGroup[];
}

export interface PushOk {
  readonly status: 201 | 401 | 403;
  readonly body: JsonValue;
  readonly recordIds: readonly number[];
  readonly tokenId: number | 'unknown' | null;
}

export const BODY_201: JsonValue = {status: 'OK', message: 'Batch Accepted!'};
export const BODY_401: JsonValue = {status: 'ERROR', error: 'Not Authenticated.', errors: null};
export const BODY_403: JsonValue = {
  status: 'ERROR',
  error: 'Forbidden',
  errors: {error: 'Access token is not associated with this client.'},
};

function idsFrom(start: number, n: number): number[] {
  const ids = new Array<number>(n);
  for (let i = 0; i < n; i++) ids[i] = start + i;
  return ids;
}

/** The push path: 401 (queued), 403 (dropped) or 201 (loaded into the token's schema only). */
export function opPush(
  s: SandboxState,
  input: PushInput,
  env: Env,
  via: LogChannel,
): {state: SandboxState; result: PushOk} {
  const now = env.now();
  const n = input.groups.reduce((a, g) => a + g.count, 0);
  const action = 'POST /v2/import/push';
  const presentedId = input.token?.tokenId ?? null;
  const active = presentedId === null ? undefined : s.tokens.find((t) => t.id === presentedId);
  const logTokenId: PushOk['tokenId'] = input.token === null ? null : (presentedId ?? 'unknown');

  if (active === undefined) {
    const known = presentedId === null ? undefined : findToken(s, presentedId);
    const blame = known?.integrationId ?? s.app.integrationId;
    let failed = s.failed;
    let id = s.nextRecordId;
    const recordIds: number[] = [];
    input.groups.forEach((g, i) => {
      const ids = idsFrom(id, g.count);
      id += g.count;
      recordIds.push(...ids);
      failed = enqueue(failed, g.table, ids, g.data, i === 0);
    });
    const why =
      input.token === null
        ? 'no token sent'
        : known !== undefined
          ? `token ${known.id} is revoked`
          : 'unknown token';
    const next: SandboxState = {
      ...s,
      failed,
      nextRecordId: id,
      rotations: onUnauthorized(s.rotations, blame),
    };
    return {
      state: withLog(next, now, {
        via,
        action,
        tokenId: logTokenId,
        integrationId: known?.integrationId ?? null,
        status: 401,
        outcome: `Not authenticated (${why}): ${n} record${n === 1 ? '' : 's'} queued for re-send`,
        records: n,
      }),
      result: {status: 401, body: BODY_401, recordIds, tokenId: logTokenId},
    };
  }

  const integration = findIntegration(s, active.integrationId)!;
  const wrong = input.clientIds.find((c) => c !== integration.stitchClientId);
  if (wrong !== undefined) {
    return {
      state: withLog(s, now, {
        via,
        action,
        tokenId: active.id,
        integrationId: integration.id,
        status: 403,
        outcome: `Forbidden: token ${active.id} belongs to client ${integration.stitchClientId}, not ${wrong}`,
        records: n,
      }),
      result: {status: 403, body: BODY_403, recordIds: [], tokenId: active.id},
    };
  }

  let destination = s.destination;
  let id = s.nextRecordId;
  const recordIds: number[] = [];
  for (const g of input.groups) {
    const ids = idsFrom(id, g.count);
    id += g.count;
    recordIds.push(...ids);
    destination = appendRows(destination, integration.schema, g.table, ids, g.data);
  }
  const next: SandboxState = {
    ...s,
    destination,
    nextRecordId: id,
    tokens: s.tokens.map((t) => (t.id === active.id ? {...t, lastUsedAt: now} : t)),
    rotations: onPushAccepted(s.rotations, integration.id, active.id, now),
  };
  return {
    state: withLog(next, now, {
      via,
      action,
      tokenId: active.id,
      integrationId: integration.id,
      status: 201,
      outcome: `Batch accepted: ${n} record${n === 1 ? '' : 's'} loaded into ${integration.schema}`,
      records: n,
    }),
    result: {status: 201, body: BODY_201, recordIds, tokenId: active.id},
  };
}

/** Delivers the whole failed queue, oldest first, with the app's token; all or nothing. */
export function opResend(
  s: SandboxState,
  env: Env,
): Op<{recordIds: readonly number[]; requests: number; tokenId: number}> {
  if (s.failed === null) {
    return refuse(s, {
      ok: false,
      code: 'nothing-to-resend',
      reason: 'There are no failed requests to re-send.',
    });
  }
  const presented = s.app.token;
  const active =
    presented?.tokenId == null ? undefined : s.tokens.find((t) => t.id === presented.tokenId);
  const queued = `${s.failed.total} record${s.failed.total === 1 ? '' : 's'} stay queued`;
  if (active === undefined) {
    const why =
      presented === null
        ? 'the application has no token'
        : presented.tokenId === null
          ? 'the application sends an unknown token'
          : `the application sends token ${presented.tokenId}, which is revoked`;
    return refuse(s, {
      ok: false,
      code: 'no-valid-token',
      reason: `Not re-sent: ${why}. Set a valid token in the application first; ${queued}.`,
    });
  }
  const integration = findIntegration(s, active.integrationId)!;
  if (s.app.clientId !== integration.stitchClientId) {
    return refuse(s, {
      ok: false,
      code: 'client-mismatch',
      reason: `Not re-sent: the application sends client_id ${s.app.clientId}, but token ${active.id} belongs to client ${integration.stitchClientId}; ${queued}.`,
    });
  }
  const now = env.now();
  let destination = s.destination;
  const recordIds: number[] = [];
  for (const b of batchesOf(s.failed)) {
    recordIds.push(...b.ids);
    destination = appendRows(destination, integration.schema, b.table, b.ids, b.data);
  }
  const requests = s.failed.requests;
  const next: SandboxState = {
    ...s,
    destination,
    failed: null,
    tokens: s.tokens.map((t) => (t.id === active.id ? {...t, lastUsedAt: now} : t)),
    rotations: onResent(onPushAccepted(s.rotations, integration.id, active.id, now)),
  };
  return {
    state: withLog(next, now, {
      via: 'import',
      action: 'POST /v2/import/push (re-send)',
      tokenId: active.id,
      integrationId: integration.id,
      status: 201,
      outcome: `Re-sent ${recordIds.length} record${recordIds.length === 1 ? '' : 's'} from ${requests} failed request${
        requests === 1 ? '' : 's'
      } into ${integration.schema}`,
      records: recordIds.length,
    }),
    result: {ok: true, recordIds, requests, tokenId: active.id},
  };
}
