/**
 * Push and validate for the app and the HTTP door. Validate stores no records (it tests a token);
 * a validate with a rotation's replacement marks the rotation validated.
 */
import {appendRows, newestRows, type Batch} from '../destination';
import {IMPORT_ROUTES} from '../http/util';
import {clock, withLog, type LogInput} from '../log';
import {logOutage} from './outage';
import {findActive, findIntegration, findToken} from '../lookups';
import {plural} from '../plural';
import {enqueue} from '../queue';
import {onPushAccepted, onUnauthorized, onValidated} from '../rotation';
import type {LoadedRun, PushResult, Step, ValidateResult} from '../events';
import type {Env, Integration, JsonObject, JsonValue, LogKind, SandboxState, Token} from '../model';

const PUSH_ACTION = `POST ${IMPORT_ROUTES.push}`;
const VALIDATE_ACTION = `POST ${IMPORT_ROUTES.validate}`;

export const BODY_201: JsonValue = {status: 'OK', message: 'Batch Accepted!'};
const BODY_VALID: JsonValue = {status: 'OK', message: 'Batch is valid!'};
const BODY_401: JsonValue = {status: 'ERROR', error: 'Not Authenticated.', errors: null};
const BODY_403: JsonValue = {
  status: 'ERROR',
  error: 'Forbidden',
  errors: {error: 'Access token is not associated with this client.'},
};

export interface PushInput {
  /** The token as presented: already resolved to an id (or null = unknown), or absent. */
  readonly token: {readonly tokenId: number | null} | null;
  readonly clientIds: readonly number[];
  /** Runs of consecutive records of one table; `data` null for synthetic rows. */
  readonly groups: readonly {
    readonly table: string;
    readonly count: number;
    readonly data: readonly JsonObject[] | null;
  }[];
}

/** A request the gate refused, already logged. */
interface Refused {
  readonly ok: false;
  readonly state: SandboxState;
  readonly status: 401 | 403 | 503 | 504;
  readonly body: JsonValue;
}

/** The outage, token and client_id checks, in that order; only a 401 changes more than the log. */
function gate(
  s: SandboxState,
  input: PushInput,
  now: number,
  entry: ReturnType<typeof entryOf>,
  on401: {readonly outcome: string; readonly state: (blame: number | null) => SandboxState},
): Refused | {readonly ok: true; readonly token: Token; readonly integration: Integration} {
  if (s.outage) return {ok: false, ...logOutage(s, now, entry)};
  const refuse = (
    state: SandboxState,
    integrationId: number | null,
    status: 401 | 403,
    outcome: string,
  ): Refused => ({
    ok: false,
    state: withLog(state, now, {...entry, integrationId, status, outcome}),
    status,
    body: status === 401 ? BODY_401 : BODY_403,
  });
  const id = input.token?.tokenId ?? null;
  const token = findActive(s, id);
  if (token === undefined) {
    const known = id === null ? undefined : findToken(s, id);
    const why =
      input.token === null
        ? 'no token sent'
        : known !== undefined
          ? `token ${known.id} is revoked`
          : 'unknown token';
    // The revoked token's integration; for an unknown or missing token, the app's.
    const blame = known?.integrationId ?? s.app.integrationId;
    return refuse(on401.state(blame), blame, 401, `Not authenticated (${why}): ${on401.outcome}`);
  }
  const integration = findIntegration(s, token.integrationId)!;
  const wrong = input.clientIds.find((c) => c !== integration.stitchClientId);
  if (wrong === undefined) return {ok: true, token, integration};
  const outcome = `Forbidden: token ${token.id} belongs to client ${integration.stitchClientId}, not ${wrong}`;
  return refuse(s, integration.id, 403, outcome);
}

/** How one push or validate request is logged, before its status and outcome are known. */
function entryOf(input: PushInput, kind: LogKind, action: string) {
  const tokenId: PushResult['tokenId'] =
    input.token === null ? null : (input.token.tokenId ?? 'unknown');
  const records = input.groups.reduce((a, g) => a + g.count, 0);
  return {via: 'import' as const, kind, action, tokenId, records};
}

/** The one accepted-push path, for push and re-send; ids as runs (a re-send may load millions). */
export function deliver(
  s: SandboxState,
  token: Token,
  integration: Integration,
  batches: readonly Batch[],
  now: number,
  log: Pick<LogInput, 'kind' | 'action' | 'outcome'>,
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
    destination,
    nextRecordId,
    tokens: s.tokens.map((t) => (t.id === token.id ? {...t, lastUsedAt: now} : t)),
    rotations: onPushAccepted(s.rotations, integration.id, token.id, now),
  };
  const state = withLog(next, now, {
    via: 'import',
    ...log,
    tokenId: token.id,
    integrationId: integration.id,
    status: 201,
    records,
  });
  return {state, loaded};
}

/** `retry`: the attempt this repeats, for the application's retries after a 503/504. */
export function opPush(
  s: SandboxState,
  input: PushInput,
  env: Env,
  retry?: number,
): Step<PushResult> {
  const now = clock(s, env);
  const entry =
    retry === undefined
      ? entryOf(input, 'push', PUSH_ACTION)
      : entryOf(input, 'retry', `${PUSH_ACTION} (retry ${retry})`);
  const {tokenId, records: n} = entry;
  const batches: Batch[] = input.groups.map((g) => ({
    table: g.table,
    count: g.count,
    rows: newestRows(g.data),
  }));
  const g = gate(s, input, now, entry, {
    outcome: `${plural(n, 'record')} queued for re-send`,
    state: (blame) => {
      const origin = {integrationId: blame, clientIds: input.clientIds};
      const failed = batches.reduce((q, b, i) => enqueue(q, b, i === 0 ? 1 : 0, origin), s.failed);
      return {...s, failed, rotations: onUnauthorized(s.rotations, blame)};
    },
  });
  if (!g.ok)
    return {state: g.state, result: {status: g.status, body: g.body, recordIds: [], tokenId}};
  const {token, integration} = g;
  const outcome = `Batch accepted: ${plural(n, 'record')} loaded into schema ${integration.schema}`;
  const {state, loaded} = deliver(s, token, integration, batches, now, {...entry, outcome});
  // At most a batch (20,000 records): small enough to list.
  const recordIds = loaded.flatMap((r) => Array.from({length: r.count}, (_, i) => r.first + i));
  return {state, result: {status: 201, body: BODY_201, recordIds, tokenId: token.id}};
}

export function opValidate(s: SandboxState, input: PushInput, env: Env): Step<ValidateResult> {
  const now = clock(s, env);
  const entry = entryOf(input, 'validate', VALIDATE_ACTION);
  const {tokenId, records: n} = entry;
  const g = gate(s, input, now, entry, {
    outcome: 'nothing stored, nothing to re-send',
    state: () => s,
  });
  if (!g.ok) return {state: g.state, result: {status: g.status, body: g.body, tokenId}};
  const {token, integration} = g;
  const rotations = onValidated(s.rotations, integration.id, token.id, now);
  const outcome = `Batch is valid: token ${token.id} may write ${plural(n, 'record')} to ${integration.schema}; nothing stored`;
  const state = withLog({...s, rotations}, now, {
    ...entry,
    integrationId: integration.id,
    status: 200,
    outcome,
  });
  return {state, result: {status: 200, body: BODY_VALID, tokenId}};
}
