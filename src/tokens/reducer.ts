/** One reader action, through the `ops/` the HTTP doors share: one state whichever door. */
import {appTables} from './lookups';
import {copySecret, pasteCopiedToken, setAppClientId, setAppToken} from './ops/app';
import {opCreateIntegration, opGenerateToken} from './ops/generate';
import {appPush, appResend, appTick, appValidate} from './ops/app-traffic';
import {opRevokeToken} from './ops/revoke';
import {refusals} from './refusals';
import {MAX_BATCH, TABLE_NAME_PATTERN} from './limits';
import {roomToLog} from './log';
import {resetState} from './state';
import type {Outcome, Refusal, SandboxEvent, Step} from './events';
import type {Env, SandboxState} from './model';

type EventType = SandboxEvent['type'];
type Handler<K extends EventType> = (
  s: SandboxState,
  event: Extract<SandboxEvent, {type: K}>,
  env: Env,
) => Step<Outcome>;

/** For events that log a request or a web-app action: refused once the log sequence is full. */
const logged =
  <K extends EventType>(handler: Handler<K>): Handler<K> =>
  (s, event, env) =>
    roomToLog(s)
      ? handler(s, event, env)
      : {state: s, result: refusals.sandboxFull('request log sequence')};

/** Creating or generating in the web app opens the token window (the reveal). */
function revealing<R extends Extract<Outcome, {type: 'integrationCreated' | 'tokenGenerated'}>>(
  s: SandboxState,
  open: () => Step<Refusal | R>,
  integrationOf: (result: R) => number,
): Step<Outcome> {
  if (s.reveal !== null) return {state: s, result: refusals.revealOpen()};
  const {state, result} = open();
  if (!result.ok) return {state, result};
  const {tokenId, secret} = result;
  return {
    state: {...state, reveal: {tokenId, integrationId: integrationOf(result), secret}},
    result,
  };
}

/** Every event's handler: a table, so each event is stated once and none is left out. */
const HANDLERS: {[K in EventType]: Handler<K>} = {
  createIntegration: logged((s, e, env) =>
    revealing(
      s,
      () => opCreateIntegration(s, e.displayName, e.schemaName ?? '', env),
      (created) => created.integration.id,
    ),
  ),
  generateToken: logged((s, e, env) =>
    revealing(
      s,
      () => opGenerateToken(s, e.integrationId, env, {via: 'web'}),
      () => e.integrationId,
    ),
  ),
  acknowledgeReveal: (s) =>
    s.reveal === null
      ? {state: s, result: refusals.noReveal()}
      : {state: {...s, reveal: null}, result: {ok: true, type: 'revealClosed'}},
  copySecret,
  revokeToken: logged((s, e, env) => opRevokeToken(s, e, env, {via: 'web'})),
  setAppToken: (s, e) => setAppToken(s, e.value),
  pasteCopiedToken,
  setAppClientId: (s, e) => setAppClientId(s, e.clientId),
  pushRecords: logged((s, e, env) => {
    const count = e.count ?? 1;
    const table = e.table ?? appTables(s).push;
    if (!Number.isInteger(count) || count < 1 || count > MAX_BATCH)
      return {state: s, result: refusals.invalidCount()};
    if (!TABLE_NAME_PATTERN.test(table)) return {state: s, result: refusals.invalidTable()};
    return appPush(s, count, table, env);
  }),
  tick: logged((s, _, env) => appTick(s, env)),
  validateToken: logged((s, e, env) => appValidate(s, e.token ?? 'app', env)),
  setOutage: (s, {on}) => ({
    state: s.outage === on ? s : {...s, outage: on},
    result: {ok: true, type: 'outageSet', on},
  }),
  setTraffic: (s, {on}) => ({
    state: s.app.traffic === on ? s : {...s, app: {...s.app, traffic: on}},
    result: {ok: true, type: 'trafficSet', on},
  }),
  resendFailed: logged((s, _, env) => appResend(s, env)),
  reset: (s) => ({state: resetState(s), result: {ok: true, type: 'reset'}}),
};

/** One user action. Refusals return the very same state object. */
export function applyEvent(state: SandboxState, event: SandboxEvent, env: Env): Step<Outcome> {
  // Each handler takes its own event; TypeScript cannot pair `event.type` with it unaided.
  return (HANDLERS[event.type] as Handler<EventType>)(state, event, env);
}

/** Applies events in order; handy for replays and tests. */
export function applyEvents(
  state: SandboxState,
  events: readonly SandboxEvent[],
  env: Env,
): SandboxState {
  let s = state;
  for (const e of events) s = applyEvent(s, e, env).state;
  return s;
}
