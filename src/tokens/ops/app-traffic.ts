/** The application's pushes, traffic and validate: 503/504 retried with back-off, 401 queued. */
import {MAX_ATTEMPTS, MAX_BACKOFF_MS, MAX_BATCH, MAX_PENDING, MAX_TIME} from '../limits';
import {appTables} from '../lookups';
import {refusals} from '../refusals';
import {clock} from '../log';
import {recordRoom} from '../state';
import type {Outcome, Step} from '../events';
import type {Env, JsonValue, PendingBatch, SandboxState} from '../model';
import {isUnavailable} from './outage';
import {BODY_201, opPush, opValidate, type PushInput} from './push';
import {opResend} from './resend';

/** 1 s, 2 s, 4 s … up to a minute between attempts. */
export function backoffMs(attempts: number): number {
  return Math.min(2 ** (attempts - 1) * 1000, MAX_BACKOFF_MS);
}

/** The next attempt after `attempts`, at `now`: both stop at their ceiling. */
function retryLater(attempts: number, now: number) {
  return {attempts, retryAt: Math.min(now + backoffMs(attempts), MAX_TIME)};
}

/** The app's last response: to the request just made, logged at the state's latest time. */
export function answered(s: SandboxState, status: number, body: JsonValue): SandboxState {
  return {...s, app: {...s.app, lastResponse: {at: s.lastAt, status, body}}};
}

const joinable = (p: PendingBatch, table: string, count: number) =>
  p.table === table && p.count + count <= MAX_BATCH;

/** Holds refused records for a retry; joins a held batch of the table if it fits. */
function hold(pending: readonly PendingBatch[], table: string, count: number, at: number) {
  const i = pending.findIndex((p) => joinable(p, table, count));
  if (i >= 0) return pending.map((p, k) => (k === i ? {...p, count: p.count + count} : p));
  return [...pending, {table, count, ...retryLater(1, at)}];
}

/** Why the app cannot push now (no record ids left, or outage with a full hold), or null. */
function cannotPush(s: SandboxState, table: string, count: number): Outcome | null {
  if (count > recordRoom(s)) return refusals.sandboxFull('record ids');
  const full =
    s.app.pending.length >= MAX_PENDING && !s.app.pending.some((p) => joinable(p, table, count));
  return s.outage && full ? refusals.holdFull() : null;
}

/** One batch of synthetic records from the application, with its token or `token`. */
function request(s: SandboxState, table: string, count: number, token = s.app.token): PushInput {
  return {token, clientIds: [s.app.clientId], groups: [{table, count, data: null}]};
}

export function appPush(s: SandboxState, count: number, table: string, env: Env): Step<Outcome> {
  const refused = cannotPush(s, table, count);
  if (refused !== null) return {state: s, result: refused};
  const {state, result} = opPush(s, request(s, table, count), env);
  const at = state.lastAt;
  const next = isUnavailable(result.status)
    ? {...state, app: {...state.app, pending: hold(state.app.pending, table, count, at)}}
    : state;
  return {
    state: answered(next, result.status, result.body),
    result: {ok: true, type: 'pushed', ...result},
  };
}

/** Sends every held batch that is due; one that is refused again waits longer. */
function retryDue(s: SandboxState, env: Env): SandboxState {
  const now = clock(s, env);
  let state = s;
  const kept: PendingBatch[] = [];
  for (const p of s.app.pending) {
    if (p.retryAt > now) {
      kept.push(p);
      continue;
    }
    const r = opPush(state, request(state, p.table, p.count), env, p.attempts);
    const counters = {...r.state.counters, retried: r.state.counters.retried + 1};
    state = answered({...r.state, counters}, r.result.status, r.result.body);
    if (isUnavailable(r.result.status))
      kept.push({...p, ...retryLater(Math.min(p.attempts + 1, MAX_ATTEMPTS), now)});
  }
  return {...state, app: {...state.app, pending: kept}};
}

/** A second of traffic: due retries, then 1–3 new records; refused whole if those cannot go. */
export function appTick(s: SandboxState, env: Env): Step<Outcome> {
  const count = 1 + Math.floor(env.random() * 3);
  const refused = cannotPush(s, appTables(s).tick, count);
  if (refused !== null) return {state: s, result: refused};
  const retried = s.app.pending.length === 0 ? s : retryDue(s, env);
  return appPush(retried, count, appTables(retried).tick, env);
}

/** "Validate": a sample record with the app's or the newest copied token; nothing is stored. */
export function appValidate(s: SandboxState, which: 'app' | 'copied', env: Env): Step<Outcome> {
  const copied = s.app.clipboard;
  if (which === 'copied' && copied === null) return {state: s, result: refusals.nothingCopied()};
  const token = which === 'copied' ? copied : s.app.token;
  const {state, result} = opValidate(s, request(s, appTables(s).push, 1, token), env);
  return {
    state: answered(state, result.status, result.body),
    result: {ok: true, type: 'validated', ...result},
  };
}

/** "Re-send failed requests": the application's last response is the re-send's 201. */
export function appResend(s: SandboxState, env: Env): Step<Outcome> {
  const {state, result} = opResend(s, env);
  return result.ok ? {state: answered(state, 201, BODY_201), result} : {state, result};
}
