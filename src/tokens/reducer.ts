/**
 * `applyEvent`: one reader action in the web app or the application. Refusals return the
 * very same state object; everything else goes through the operations in `ops/`, which the
 * HTTP doors share, so one action gives one state whichever door it came through.
 */
import {appTables} from './lookups';
import {copySecret, pasteCopiedToken, setAppClientId, setAppToken} from './ops/app';
import {opCreateIntegration, opGenerateToken} from './ops/generate';
import {answered, appPush, appTick, appValidate} from './ops/app-traffic';
import {BODY_201} from './ops/push';
import {opResend} from './ops/resend';
import {opRevokeToken} from './ops/revoke';
import {refusals} from './refusals';
import {MAX_BATCH, TABLE_NAME_PATTERN} from './limits';
import {roomToLog} from './log';
import {resetState} from './state';
import type {Outcome, SandboxEvent, Step} from './events';
import type {Env, SandboxState} from './model';

function pushRecords(state: SandboxState, count: number, table: string, env: Env): Step<Outcome> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_BATCH)
    return {state, result: refusals.invalidCount()};
  if (!TABLE_NAME_PATTERN.test(table)) return {state, result: refusals.invalidTable()};
  return appPush(state, count, table, env);
}

/** Creating or generating in the web app opens the token window (the reveal). */
function withReveal(
  state: SandboxState,
  env: Env,
  event: Extract<SandboxEvent, {type: 'createIntegration' | 'generateToken'}>,
): Step<Outcome> {
  if (state.reveal !== null) return {state, result: refusals.revealOpen()};
  if (event.type === 'createIntegration') {
    const op = opCreateIntegration(state, event.displayName, event.schemaName ?? '', env);
    if (!op.result.ok) return {state, result: op.result};
    const {integration, tokenId, secret} = op.result;
    return {
      state: {...op.state, reveal: {tokenId, integrationId: integration.id, secret}},
      result: {ok: true, type: 'integrationCreated', integration, tokenId, secret},
    };
  }
  const op = opGenerateToken(state, event.integrationId, env, 'web');
  if (!op.result.ok) return {state, result: op.result};
  const {tokenId, secret} = op.result;
  return {
    state: {...op.state, reveal: {tokenId, integrationId: event.integrationId, secret}},
    result: {ok: true, type: 'tokenGenerated', tokenId, secret},
  };
}

/** Events that log a request or a web-app action (the rest change settings only). */
const LOGGED: ReadonlySet<SandboxEvent['type']> = new Set([
  'createIntegration',
  'generateToken',
  'revokeToken',
  'pushRecords',
  'tick',
  'validateToken',
  'resendFailed',
]);

/** One user action. Refusals return the very same state object. */
export function applyEvent(state: SandboxState, event: SandboxEvent, env: Env): Step<Outcome> {
  if (LOGGED.has(event.type) && !roomToLog(state))
    return {state, result: refusals.sandboxFull('request log sequence')};
  switch (event.type) {
    case 'createIntegration':
    case 'generateToken':
      return withReveal(state, env, event);
    case 'acknowledgeReveal':
      if (state.reveal === null) return {state, result: refusals.noReveal()};
      return {state: {...state, reveal: null}, result: {ok: true, type: 'revealClosed'}};
    case 'copySecret':
      return copySecret(state);
    case 'revokeToken': {
      const {integrationId, tokenId} = event;
      const op = opRevokeToken(state, integrationId, tokenId, env, 'web');
      if (!op.result.ok) return {state, result: op.result};
      return {state: op.state, result: {ok: true, type: 'tokenRevoked', tokenId}};
    }
    case 'setAppToken':
      return setAppToken(state, event.value);
    case 'pasteCopiedToken':
      return pasteCopiedToken(state);
    case 'setAppClientId':
      return setAppClientId(state, event.clientId);
    case 'pushRecords':
      return pushRecords(state, event.count ?? 1, event.table ?? appTables(state).push, env);
    case 'tick':
      return appTick(state, env);
    case 'validateToken':
      return appValidate(state, event.token ?? 'app', env);
    case 'setOutage':
      if (state.outage === event.on)
        return {state, result: {ok: true, type: 'outageSet', on: event.on}};
      return {
        state: {...state, outage: event.on},
        result: {ok: true, type: 'outageSet', on: event.on},
      };
    case 'setTraffic':
      return {
        state:
          state.app.traffic === event.on
            ? state
            : {...state, app: {...state.app, traffic: event.on}},
        result: {ok: true, type: 'trafficSet', on: event.on},
      };
    case 'resendFailed': {
      const op = opResend(state, env);
      if (!op.result.ok) return {state, result: op.result};
      return {
        state: answered(op.state, 201, BODY_201),
        result: {...op.result, type: 'resent'},
      };
    }
    case 'reset':
      return {state: resetState(state), result: {ok: true, type: 'reset'}};
    default: {
      const unreachable: never = event;
      throw new Error(`Unhandled event ${JSON.stringify(unreachable)}`);
    }
  }
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
