/**
 * The push path, shared by the application's events and the Import API door: 401 (records
 * queued for re-send), 403 (dropped) or 201 (loaded into the token's own schema only).
 */
import {appendRows, newestRows, type Batch} from '../destination';
import {withLog} from '../log';
import {findActive, findIntegration, findToken} from '../lookups';
import {plural} from '../plural';
import {enqueue} from '../queue';
import {onPushAccepted, onUnauthorized} from '../rotation';
import {clock} from '../state';
import {logOutage} from './outage';
import type {LoadedRun, PushResult, Step} from '../events';
import type {
  Env,
  Integration,
  JsonObject,
  JsonValue,
  LogChannel,
  LogKind,
  QueueEntry,
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

/**
 * The one accepted-push path, shared by a push and a re-send: loads the batches into the
 * token's integration's schema only, each numbered by its table, sets the token's last use,
 * advances its rotation and logs one 201 entry. `failed` is the queue after the push;
 * `rotations` may further update the rotations after the push is counted. Returns the ids
 * each batch got, as runs (a re-send may load millions of records).
 */
export function deliver(
  s: SandboxState,
  token: Token,
  integration: Integration,
  batches: readonly Batch[],
  now: number,
  log: {
    readonly via: LogChannel;
    readonly kind: LogKind;
    readonly action: string;
    readonly outcome: string;
  },
  failed: readonly QueueEntry[] = s.failed,
  rotations: (rs: SandboxState['rotations']) => SandboxState['rotations'] = (rs) => rs,
): {state: SandboxState; loaded: LoadedRun[]} {
  let destination = s.destination;
  let nextRecordId = s.nextRecordId;
  let records = 0;
  const loaded = batches.map((b): LoadedRun => {
    const into = appendRows(destination, integration.schema, b, nextRecordId);
    destination = into.destination;
    nextRecordId = Math.max(nextRecordId, into.first + b.count);
    records += b.count;
    return {table: b.table, first: into.first, count: b.count};
  });
  const next: SandboxState = {
    ...s,
    failed,
    destination,
    nextRecordId,
    tokens: s.tokens.map((t) => (t.id === token.id ? {...t, lastUsedAt: now} : t)),
    rotations: rotations(onPushAccepted(s.rotations, integration.id, token.id, now)),
  };
  const state = withLog(next, now, {
    ...log,
    tokenId: token.id,
    integrationId: integration.id,
    status: 201,
    records,
  });
  return {state, loaded};
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
  /** The attempt this retries, for the application's retries after a 503/504. */
  retry?: number,
): Step<PushResult> {
  const now = clock(s, env);
  const kind = retry === undefined ? 'push' : 'retry';
  const action = retry === undefined ? PUSH_ACTION : `${PUSH_ACTION} (retry ${retry})`;
  const n = input.groups.reduce((a, g) => a + g.count, 0);
  const presentedId = input.token?.tokenId ?? null;
  const active = findActive(s, presentedId);
  const logTokenId: PushResult['tokenId'] =
    input.token === null ? null : (presentedId ?? 'unknown');
  if (s.outage) {
    const o = logOutage(s, now, kind, action, logTokenId, n);
    return {
      state: o.state,
      result: {status: o.status, body: o.body, recordIds: [], tokenId: logTokenId},
    };
  }
  const batches: Batch[] = input.groups.map((g) => ({
    table: g.table,
    count: g.count,
    rows: newestRows(g.data),
  }));

  if (active === undefined) {
    const known = presentedId === null ? undefined : findToken(s, presentedId);
    // The revoked token's integration; for an unknown or missing token, the app's.
    const blame = known?.integrationId ?? s.app.integrationId;
    const origin = {integrationId: blame, clientIds: input.clientIds};
    let failed: readonly QueueEntry[] = s.failed;
    batches.forEach((b, i) => {
      failed = enqueue(failed, b, i === 0 ? 1 : 0, origin);
    });
    const next: SandboxState = {...s, failed, rotations: onUnauthorized(s.rotations, blame)};
    return {
      state: withLog(next, now, {
        via,
        kind,
        action,
        tokenId: logTokenId,
        integrationId: blame,
        status: 401,
        outcome: `Not authenticated (${why401(input, known)}): ${plural(n, 'record')} queued for re-send`,
        records: n,
      }),
      result: {status: 401, body: BODY_401, recordIds: [], tokenId: logTokenId},
    };
  }

  const integration = findIntegration(s, active.integrationId)!;
  const wrong = input.clientIds.find((c) => c !== integration.stitchClientId);
  if (wrong !== undefined) {
    return {
      state: withLog(s, now, {
        via,
        kind,
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
  const {state, loaded} = deliver(s, active, integration, batches, now, {
    via,
    kind,
    action,
    outcome,
  });
  // At most a batch (20,000 records): small enough to list.
  const recordIds = loaded.flatMap((r) => Array.from({length: r.count}, (_, i) => r.first + i));
  return {state, result: {status: 201, body: BODY_201, recordIds, tokenId: active.id}};
}
