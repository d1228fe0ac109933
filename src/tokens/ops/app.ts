/** The simulated application's settings and the token window: no request, no log entry. */
import {findActive, findToken, findTokenBySecret} from '../lookups';
import {refusal, refusals} from '../refusals';
import {fingerprint, hintOf} from '../secret';
import type {AppTokenStatus, Outcome, Step} from '../events';
import type {Application, SandboxState} from '../model';

/** Longest value the app's token field accepts; real tokens are far shorter. */
const MAX_TOKEN_VALUE = 200;

export function appTokenStatus(s: SandboxState): AppTokenStatus {
  const t = s.app.token;
  if (t === null) return {kind: 'none'};
  if (t.tokenId === null) return {kind: 'unknown', hint: t.hint};
  // A named token is always kept (a fold never drops it), active or revoked.
  const {id, integrationId, revokedAt} = findToken(s, t.tokenId)!;
  return {kind: revokedAt === null ? 'valid' : 'revoked', tokenId: id, integrationId, hint: t.hint};
}

/** The application sends this token and it is active: its pushes will land. */
export function sendsActiveToken(s: SandboxState, tokenId: number | null): boolean {
  const t = appTokenStatus(s);
  return t.kind === 'valid' && t.tokenId === tokenId;
}

/** The application sends an active token of this integration: its pushes land there. */
export function sendsValidTo(s: SandboxState, integrationId: number | undefined): boolean {
  const t = appTokenStatus(s);
  return t.kind === 'valid' && t.integrationId === integrationId;
}

const set = (s: SandboxState, app: Application): Step<Outcome> => {
  const state = {...s, app};
  return {state, result: {ok: true, type: 'appTokenSet', resolved: appTokenStatus(state)}};
};

/** The value as pasted into the application's token field; empty means "send none". */
export function setAppToken(s: SandboxState, raw: string): Step<Outcome> {
  const value = raw.trim();
  if (/^bearer\s/i.test(value)) {
    const reason =
      'Paste the token alone, without "Bearer ": the application adds the Authorization header itself.';
    return {state: s, result: refusal('invalid-value', reason)};
  }
  if (value.length > MAX_TOKEN_VALUE) {
    const reason = `That value is ${value.length} characters long; an access token is much shorter (at most ${MAX_TOKEN_VALUE}).`;
    return {state: s, result: refusal('invalid-value', reason)};
  }
  if (value === '') return set(s, {...s.app, token: null});
  const fp = fingerprint(value);
  const t = findTokenBySecret(s, value, fp);
  return set(s, {
    ...s.app,
    token: {fingerprint: fp, hint: hintOf(value), tokenId: t?.id ?? null},
    integrationId: t?.integrationId ?? s.app.integrationId,
  });
}

export function pasteCopiedToken(s: SandboxState): Step<Outcome> {
  const c = s.app.clipboard;
  if (c === null) return {state: s, result: refusals.nothingCopied()};
  // A copied token revoked since may have been dropped from the history: then it is unknown.
  const tokenId = findToken(s, c.tokenId) === undefined ? null : c.tokenId;
  return set(s, {
    ...s.app,
    token: {fingerprint: c.fingerprint, hint: c.hint, tokenId},
    integrationId: c.integrationId,
  });
}

export function copySecret(s: SandboxState): Step<Outcome> {
  const r = s.reveal;
  if (r === null) return {state: s, result: refusals.nothingToCopy()};
  // The token record already holds the fingerprint; no need to hash again.
  const fp = findActive(s, r.tokenId)?.fingerprint ?? fingerprint(r.secret);
  const clipboard = {
    tokenId: r.tokenId,
    integrationId: r.integrationId,
    fingerprint: fp,
    hint: hintOf(r.secret),
  };
  return {
    state: {...s, app: {...s.app, clipboard}},
    result: {ok: true, type: 'secretCopied', tokenId: r.tokenId},
  };
}

export function setAppClientId(s: SandboxState, clientId: number): Step<Outcome> {
  if (!Number.isSafeInteger(clientId) || clientId <= 0)
    return {state: s, result: refusals.invalidClientId()};
  return {
    state: {...s, app: {...s.app, clientId}},
    result: {ok: true, type: 'appClientIdSet', clientId},
  };
}
