/**
 * The operations both front doors share: web-app events (reducer.ts) and the simulated HTTP
 * APIs (connect-api.ts, import-api.ts) call these and nothing else, so one action gives one
 * state whichever door it came through. Refusals return the input state object untouched;
 * the HTTP doors log refused requests themselves.
 */
import {checkDisplayName} from './schema-name';
import {appendLog, count} from './log';
import {appendRows, batchesOf, enqueue, opensRequest} from './rows';
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
  QueueBatch,
  Refusal,
  Result,
  SandboxState,
  Token,
} from './types';
import {plural} from './plural';

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

/** Batches of records to load into one schema, oldest first. */
interface Delivery {
  readonly table: string;
  readonly ids: readonly number[];
  readonly data: readonly JsonObject[] | null;
}

/**
 * The one accepted-push path, shared by a push and a re-send: loads the batches into the
 * token's integration's schema only, sets the token's last use, advances its rotation and
 * logs one 201 entry. `patch` sets the caller's other fields in the same copy (queue, id
 * sequence); `rotations` may further update the rotations after the push is counted.
 */
function deliver(
  s: SandboxState,
  token: Token,
  integration: Integration,
  batches: readonly Delivery[],
  now: number,
  log: {readonly via: LogChannel; readonly action: string; readonly outcome: string},
  patch: Partial<Pick<SandboxState, 'failed' | 'nextRecordId'>>,
  rotations: (rs: SandboxState['rotations']) => SandboxState['rotations'] = (rs) => rs,
): SandboxState {
  let destination = s.destination;
  let records = 0;
  for (const b of batches) {
    destination = appendRows(destination, integration.schema, b.table, b.ids, b.data);
    records += b.ids.length;
  }
  const next: SandboxState = {
    ...s,
    ...patch,
    destination,
    tokens: s.tokens.map((t) => (t.id === token.id ? {...t, lastUsedAt: now} : t)),
    rotations: rotations(onPushAccepted(s.rotations, integration.id, token.id, now)),
  };
  return withLog(next, now, {
    ...log,
    tokenId: token.id,
    integrationId: integration.id,
    status: 201,
    records,
  });
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
    // The revoked token's integration; for an unknown or missing token, the app's.
    const blame = known?.integrationId ?? s.app.integrationId;
    const origin = {integrationId: blame, clientIds: input.clientIds};
    let failed = s.failed;
    let id = s.nextRecordId;
    const recordIds: number[] = [];
    input.groups.forEach((g, i) => {
      const ids = idsFrom(id, g.count);
      id += g.count;
      recordIds.push(...ids);
      failed = enqueue(failed, g.table, ids, g.data, i === 0, origin);
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
        integrationId: blame,
        status: 401,
        outcome: `Not authenticated (${why}): ${plural(n, 'record')} queued for re-send`,
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

  let id = s.nextRecordId;
  const recordIds: number[] = [];
  const batches = input.groups.map((g) => {
    const ids = idsFrom(id, g.count);
    id += g.count;
    recordIds.push(...ids);
    return {table: g.table, ids, data: g.data};
  });
  const outcome = `Batch accepted: ${plural(n, 'record')} loaded into ${integration.schema}`;
  return {
    state: deliver(
      s,
      active,
      integration,
      batches,
      now,
      {via, action, outcome},
      {nextRecordId: id},
    ),
    result: {status: 201, body: BODY_201, recordIds, tokenId: active.id},
  };
}

/** Requests of the queued batches (a request of mixed tables spans several batches). */
function requestsIn(batches: readonly QueueBatch[]): number {
  return batches.reduce((n, b) => n + (opensRequest(b) ? 1 : 0), 0);
}

/**
 * Why queued requests cannot go with a token of `target`: grouped by integration, in queue
 * order, e.g. "2 requests for Orders still wait: the application's token belongs to Customer
 * Records".
 */
function waitingNotes(s: SandboxState, kept: readonly QueueBatch[], target: Integration): string[] {
  // Grouped by integration and reason; names are looked up once per group, not per batch.
  const groups = new Map<
    string,
    {requests: number; first: QueueBatch; wrong: number | undefined}
  >();
  for (const b of kept) {
    const other = b.integrationId !== null && b.integrationId !== target.id;
    const wrong = other ? undefined : b.clientIds.find((c) => c !== target.stitchClientId);
    const key = `${b.integrationId}:${wrong ?? ''}`;
    const g = groups.get(key);
    const opens = opensRequest(b) ? 1 : 0;
    if (g === undefined) groups.set(key, {requests: opens, first: b, wrong});
    else g.requests += opens;
  }
  return [...groups.values()].map(({requests, first, wrong}) => {
    const label =
      first.integrationId === null
        ? 'no known integration'
        : (findIntegration(s, first.integrationId)?.displayName ??
          `integration ${first.integrationId}`);
    const why =
      wrong === undefined
        ? `the application's token belongs to ${target.displayName}`
        : `its records carry client_id ${wrong}, not ${target.stitchClientId}`;
    return `${plural(requests, 'request')} for ${label} still ${requests === 1 ? 'waits' : 'wait'}: ${why}`;
  });
}

/**
 * Delivers, oldest first, the queued requests refused for the integration of the app's
 * (valid) token, plus those refused when the app had no integration at all; each exactly
 * once. Requests of other integrations, or whose records carry another client_id, stay
 * queued in order and the outcome says why. Only the delivered integration's rotation is
 * credited.
 */
export function opResend(
  s: SandboxState,
  env: Env,
): Op<{
  recordIds: readonly number[];
  requests: number;
  tokenId: number;
  waiting: {requests: number; records: number};
  note: string | null;
}> {
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
  const queued = `${plural(s.failed.total, 'record')} ${s.failed.total === 1 ? 'stays' : 'stay'} queued`;
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
  const send: QueueBatch[] = [];
  const kept: QueueBatch[] = [];
  for (const b of batchesOf(s.failed)) {
    const mine = b.integrationId === null || b.integrationId === integration.id;
    const clientOk = b.clientIds.every((c) => c === integration.stitchClientId);
    (mine && clientOk ? send : kept).push(b);
  }
  if (send.length === 0) {
    const notes = waitingNotes(s, kept, integration).map((n) => n.replace(' still ', ' '));
    const clientOnly = kept.every(
      (b) => b.integrationId === null || b.integrationId === integration.id,
    );
    return refuse(s, {
      ok: false,
      code: clientOnly ? 'client-mismatch' : 'other-integration',
      reason: `Not re-sent: ${notes.join('; ')}. ${
        clientOnly
          ? 'Such records can only be refused again'
          : 'Set a token of that integration in the application first'
      }; ${queued}.`,
    });
  }

  const now = env.now();
  const recordIds = send.flatMap((b) => b.ids);
  let failed: QueueBatch | null = null;
  for (const b of kept) failed = enqueue(failed, b.table, b.ids, b.data, opensRequest(b), b);
  const requests = requestsIn(send);
  const stillMine = requestsIn(kept.filter((b) => b.integrationId === integration.id));
  const notes = waitingNotes(s, kept, integration);
  const note = notes.length === 0 ? null : notes.join('; ');
  const outcome = `Re-sent ${plural(recordIds.length, 'record')} from ${plural(requests, 'failed request')} into ${integration.schema}${note === null ? '' : `; ${note}`}`;
  const action = 'POST /v2/import/push (re-send)';
  return {
    state: deliver(
      s,
      active,
      integration,
      send,
      now,
      {via: 'import', action, outcome},
      {failed},
      (rs) => onResent(rs, integration.id, stillMine),
    ),
    result: {
      ok: true,
      recordIds,
      requests,
      tokenId: active.id,
      waiting: {requests: failed?.requests ?? 0, records: failed?.total ?? 0},
      note,
    },
  };
}
