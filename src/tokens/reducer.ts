import {
  findTokenByFingerprint,
  opCreateIntegration,
  opGenerateToken,
  opPush,
  opResend,
  opRevokeToken,
} from './ops';
import {fingerprint, hintOf} from './secret';
import {appTokenStatus} from './selectors';
import {DEFAULT_TABLE, MAX_BATCH, TABLE_NAME_PATTERN, TICK_TABLE, resetState} from './state';
import type {Application, Env, Outcome, Refusal, SandboxEvent, SandboxState, Step} from './types';

/** Longest value the app's token field accepts; real tokens are far shorter. */
export const MAX_TOKEN_VALUE = 200;

function refused(state: SandboxState, r: Refusal): Step<Outcome> {
  return {state, outcome: r};
}

/**
 * The web app shows one new token at a time, once. Generating another while it is shown
 * would discard the value unseen, so the web door refuses. (The Connect API door returns its
 * token in the response and never touches this slot.)
 */
const REVEAL_OPEN: Refusal = {
  ok: false,
  code: 'reveal-open',
  reason: 'Close the token window first: its value is shown only once.',
};

function lastAt(s: SandboxState): number {
  const cur = s.log.cur;
  return cur[cur.length - 1]!.at;
}

function push(state: SandboxState, count: number, table: string, env: Env): Step<Outcome> {
  const {state: s, result} = opPush(
    state,
    {token: state.app.token, clientIds: [state.app.clientId], groups: [{table, count, data: null}]},
    env,
    'import',
  );
  const app: Application = {
    ...s.app,
    lastResponse: {at: lastAt(s), status: result.status, body: result.body},
  };
  return {state: {...s, app}, outcome: {ok: true, type: 'pushed', ...result}};
}

/** One user action. Refusals return the very same state object. */
export function applyEvent(state: SandboxState, event: SandboxEvent, env: Env): Step<Outcome> {
  switch (event.type) {
    case 'createIntegration': {
      if (state.reveal !== null) return refused(state, REVEAL_OPEN);
      const {state: s, result} = opCreateIntegration(state, event.displayName, env);
      if (!result.ok) return refused(state, result);
      const {integration, tokenId, secret} = result;
      return {
        state: {...s, reveal: {tokenId, integrationId: integration.id, secret}},
        outcome: {ok: true, type: 'integrationCreated', integration, tokenId, secret},
      };
    }
    case 'generateToken': {
      if (state.reveal !== null) return refused(state, REVEAL_OPEN);
      const {state: s, result} = opGenerateToken(state, event.integrationId, env, 'web');
      if (!result.ok) return refused(state, result);
      return {
        state: {
          ...s,
          reveal: {
            tokenId: result.tokenId,
            integrationId: event.integrationId,
            secret: result.secret,
          },
        },
        outcome: {ok: true, type: 'tokenGenerated', tokenId: result.tokenId, secret: result.secret},
      };
    }
    case 'acknowledgeReveal':
      if (state.reveal === null) {
        return refused(state, {ok: false, code: 'no-reveal', reason: 'No token is being shown.'});
      }
      return {state: {...state, reveal: null}, outcome: {ok: true, type: 'revealClosed'}};
    case 'copySecret': {
      const r = state.reveal;
      if (r === null) {
        return refused(state, {
          ok: false,
          code: 'no-reveal',
          reason:
            'Nothing to copy: a token can only be copied while it is shown, right after it is generated.',
        });
      }
      // The token record already holds the fingerprint; no need to hash again.
      const fp = state.tokens.find((t) => t.id === r.tokenId)?.fingerprint ?? fingerprint(r.secret);
      const clipboard = {
        tokenId: r.tokenId,
        integrationId: r.integrationId,
        fingerprint: fp,
        hint: hintOf(r.secret),
      };
      return {
        state: {...state, app: {...state.app, clipboard}},
        outcome: {ok: true, type: 'secretCopied', tokenId: r.tokenId},
      };
    }
    case 'revokeToken': {
      const {state: s, result} = opRevokeToken(
        state,
        event.integrationId,
        event.tokenId,
        env,
        'web',
      );
      if (!result.ok) return refused(state, result);
      return {state: s, outcome: {ok: true, type: 'tokenRevoked', tokenId: event.tokenId}};
    }
    case 'setAppToken': {
      const value = event.value.trim();
      if (value.length > MAX_TOKEN_VALUE) {
        return refused(state, {
          ok: false,
          code: 'invalid-value',
          reason: `That value is ${value.length} characters long; an access token is much shorter (at most ${MAX_TOKEN_VALUE}).`,
        });
      }
      let app: Application;
      if (value === '') {
        app = {...state.app, token: null};
      } else {
        const fp = fingerprint(value);
        const t = findTokenByFingerprint(state, value, fp);
        app = {
          ...state.app,
          token: {fingerprint: fp, hint: hintOf(value), tokenId: t?.id ?? null},
          integrationId: t?.integrationId ?? state.app.integrationId,
        };
      }
      const s = {...state, app};
      return {state: s, outcome: {ok: true, type: 'appTokenSet', resolved: appTokenStatus(s)}};
    }
    case 'pasteCopiedToken': {
      const c = state.app.clipboard;
      if (c === null) {
        return refused(state, {
          ok: false,
          code: 'nothing-copied',
          reason: 'No token has been copied yet.',
        });
      }
      const s = {
        ...state,
        app: {
          ...state.app,
          token: {fingerprint: c.fingerprint, hint: c.hint, tokenId: c.tokenId},
          integrationId: c.integrationId,
        },
      };
      return {state: s, outcome: {ok: true, type: 'appTokenSet', resolved: appTokenStatus(s)}};
    }
    case 'setAppClientId':
      if (!Number.isSafeInteger(event.clientId) || event.clientId <= 0) {
        return refused(state, {
          ok: false,
          code: 'invalid-client-id',
          reason: 'A client_id is a positive whole number.',
        });
      }
      return {
        state: {...state, app: {...state.app, clientId: event.clientId}},
        outcome: {ok: true, type: 'appClientIdSet', clientId: event.clientId},
      };
    case 'pushRecords': {
      const count = event.count ?? 1;
      const table = event.table ?? DEFAULT_TABLE;
      if (!Number.isInteger(count) || count < 1 || count > MAX_BATCH) {
        return refused(state, {
          ok: false,
          code: 'invalid-count',
          reason: `A batch holds 1 to ${MAX_BATCH} records.`,
        });
      }
      if (!TABLE_NAME_PATTERN.test(table)) {
        return refused(state, {
          ok: false,
          code: 'invalid-table',
          reason:
            'A table name starts with a letter or _ and has only letters, digits and _ (at most 127).',
        });
      }
      return push(state, count, table, env);
    }
    case 'tick':
      return push(state, 1 + Math.floor(env.random() * 3), TICK_TABLE, env);
    case 'resendFailed': {
      const {state: s, result} = opResend(state, env);
      if (!result.ok) return refused(state, result);
      const app: Application = {
        ...s.app,
        lastResponse: {
          at: lastAt(s),
          status: 201,
          body: {status: 'OK', message: 'Batch Accepted!'},
        },
      };
      return {
        state: {...s, app},
        outcome: {
          ok: true,
          type: 'resent',
          recordIds: result.recordIds,
          requests: result.requests,
          tokenId: result.tokenId,
          waiting: result.waiting,
          note: result.note,
        },
      };
    }
    case 'reset':
      return {state: resetState(state), outcome: {ok: true, type: 'reset'}};
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
