/**
 * The push path, shared by the application's events and the Import API door: 401 (records
 * queued for re-send), 403 (dropped) or 201 (loaded into the token's own schema only).
 */
import {appendRows} from '../destination';
import {withLog} from '../log';
import {findActive, findIntegration, findToken} from '../lookups';
import {plural} from '../plural';
import {enqueue} from '../queue';
import {onPushAccepted, onUnauthorized} from '../rotation';
import {appendRun, idsOf, runsTotal} from '../runs';
import {clock} from '../state';
import {logOutage} from './outage';
import type {PushResult} from '../events';
import type {
  Env,
  Integration,
  JsonObject,
  JsonValue,
  LogChannel,
  QueueEntry,
  RunList,
  SandboxState,
  Token,
} from '../model';

export const PUSH_ACTION = 'POST /v2/import/push';

export const BODY_201: JsonValue = {status: 'OK', message: 'Batch Accepted!'};
export const BODY_401: JsonValue = {status: 'ERROR', error: 'Not Authenticated.', errors: null};
export const BODY_403: JsonValue = {
  status: 'ERROR',
  error: 'Forbidden',
  errors: {error: 'Access token is not associated with this client.'},
};

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

/** Records to load into one table, in order. */
export interface Delivery {
  readonly table: string;
  readonly runs: RunList;
  readonly data: readonly JsonObject[] | null;
}

/**
 * The one accepted-push path, shared by a push and a re-send: loads the deliveries into the
 * token's integration's schema only, sets the token's last use, advances its rotation and
 * logs one 201 entry. `patch` sets the caller's other fields in the same copy (queue, id
 * sequence); `rotations` may further update the rotations after the push is counted.
 */
export function deliver(
  s: SandboxState,
  token: Token,
  integration: Integration,
  deliveries: readonly Delivery[],
  now: number,
  log: {readonly via: LogChannel; readonly action: string; readonly outcome: string},
  patch: Partial<Pick<SandboxState, 'failed' | 'nextRecordId'>>,
  rotations: (rs: SandboxState['rotations']) => SandboxState['rotations'] = (rs) => rs,
): SandboxState {
  let destination = s.destination;
  let records = 0;
  for (const d of deliveries) {
    destination = appendRows(destination, integration.schema, d.table, d.runs, d.data);
    records += runsTotal(d.runs);
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

/** Gives each group its ids, from the record id sequence, in order. */
function allocate(s: SandboxState, groups: readonly RecordGroup[]) {
  let next = s.nextRecordId;
  const deliveries: Delivery[] = groups.map((g) => {
    const runs = appendRun(null, next, g.count);
    next += g.count;
    return {table: g.table, runs, data: g.data};
  });
  return {deliveries, nextRecordId: next};
}

function why401(input: PushInput, known: Token | undefined): string {
  if (input.token === null) return 'no token sent';
  return known !== undefined ? `token ${known.id} is revoked` : 'unknown token';
}

export function opPush(
  s: SandboxState,
  input: PushInput,
  env: Env,
  via: LogChannel,
  action: string = PUSH_ACTION,
): {state: SandboxState; result: PushResult} {
  const now = clock(s, env);
  const n = input.groups.reduce((a, g) => a + g.count, 0);
  const presentedId = input.token?.tokenId ?? null;
  const active = findActive(s, presentedId);
  const logTokenId: PushResult['tokenId'] =
    input.token === null ? null : (presentedId ?? 'unknown');
  if (s.outage) {
    const o = logOutage(s, now, action, logTokenId, n);
    return {
      state: o.state,
      result: {status: o.status, body: o.body, recordIds: [], tokenId: logTokenId},
    };
  }
  const {deliveries, nextRecordId} = allocate(s, input.groups);
  const recordIds = deliveries.flatMap((d) => idsOf(d.runs));

  if (active === undefined) {
    const known = presentedId === null ? undefined : findToken(s, presentedId);
    // The revoked token's integration; for an unknown or missing token, the app's.
    const blame = known?.integrationId ?? s.app.integrationId;
    const origin = {integrationId: blame, clientIds: input.clientIds};
    let failed: readonly QueueEntry[] = s.failed;
    deliveries.forEach((d, i) => {
      failed = enqueue(failed, {...d, requests: i === 0 ? 1 : 0}, origin);
    });
    const next: SandboxState = {
      ...s,
      failed,
      nextRecordId,
      rotations: onUnauthorized(s.rotations, blame),
    };
    return {
      state: withLog(next, now, {
        via,
        action,
        tokenId: logTokenId,
        integrationId: blame,
        status: 401,
        outcome: `Not authenticated (${why401(input, known)}): ${plural(n, 'record')} queued for re-send`,
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

  const outcome = `Batch accepted: ${plural(n, 'record')} loaded into schema ${integration.schema}`;
  return {
    state: deliver(s, active, integration, deliveries, now, {via, action, outcome}, {nextRecordId}),
    result: {status: 201, body: BODY_201, recordIds, tokenId: active.id},
  };
}
