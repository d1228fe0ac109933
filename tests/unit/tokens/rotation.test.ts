import {describe, expect, it} from 'vitest';
import {revealedSecret, revokeWarning} from '../../../src/tokens/selectors/tokens';
import {rotationStatus} from '../../support/sandbox-views';
import {canGenerate} from '../../../src/tokens/ops/generate';
import type {Env, SandboxState} from '../../../src/tokens/model';
import {newEnv, step, withApp} from './helpers';
import {defined} from '../../support/defined';

function generateAndCopy(s: SandboxState, iid: number, env: Env): {s: SandboxState; t: number} {
  let x = step(s, {type: 'generateToken', integrationId: iid}, env).state;
  const t = revealedSecret(x)!.tokenId;
  x = step(x, {type: 'copySecret'}, env).state;
  x = step(x, {type: 'acknowledgeReveal'}, env).state;
  return {s: x, t};
}

/** The four required milestones: a new token, the switch, the old token revoked, verified. */
const done = (s: SandboxState) => {
  const r = defined(s.rotations[0], 'rotation');
  return [r.newTokenId, r.switchedAt, r.oldRevokedAt, r.verifiedAt].map((x) => x !== null);
};

describe('rotation status', () => {
  it('is null before any rotation', () => {
    const {s} = withApp(newEnv());
    expect(rotationStatus(s)).toBeNull();
  });

  it('follows the safe order to "Rotated with 0 interrupted requests"', () => {
    const env = newEnv();
    const {s: s0, iid, t1} = withApp(env);
    let s = step(s0, {type: 'pushRecords'}, env).state;
    const g = generateAndCopy(s, iid, env);
    s = g.s;
    expect(rotationStatus(s)).toMatchObject({
      inProgress: true,
      trigger: 'second-token',
      oldTokenId: t1,
      newTokenId: g.t,
      interrupted: 0,
    });
    expect(done(s)).toEqual([true, false, false, false]);
    // The application still sends the old token: revoking it now would cut it off.
    expect(revokeWarning(s, t1)).toEqual({otherActive: g.t, otherCopied: true});
    s = step(s, {type: 'pasteCopiedToken'}, env).state;
    // Setting the value is not proof: the new token's last use is.
    expect(done(s)).toEqual([true, false, false, false]);
    s = step(s, {type: 'pushRecords'}, env).state;
    expect(done(s)).toEqual([true, true, false, false]);
    s = step(s, {type: 'revokeToken', integrationId: iid, tokenId: t1}, env).state;
    expect(done(s)).toEqual([true, true, true, false]);
    expect(rotationStatus(s)!.inProgress).toBe(true);
    s = step(s, {type: 'tick'}, env).state;
    const r = rotationStatus(s)!;
    expect(done(s)).toEqual([true, true, true, true]);
    expect(r.inProgress).toBe(false);
    expect(r.revokedBeforeSwitch).toBe(false);
    expect(r.verdict).toEqual({tone: 'success', text: 'Rotated with 0 interrupted requests'});
  });

  it('counts requests interrupted when the old token is revoked before the app switches', () => {
    const env = newEnv();
    const {s: s0, iid, t1} = withApp(env);
    let s = generateAndCopy(s0, iid, env).s;
    s = step(s, {type: 'revokeToken', integrationId: iid, tokenId: t1}, env).state;
    s = step(s, {type: 'tick'}, env).state;
    s = step(s, {type: 'tick'}, env).state;
    expect(rotationStatus(s)).toMatchObject({
      interrupted: 2,
      revokedBeforeSwitch: true,
      inProgress: true,
    });
    expect(rotationStatus(s)!.verdict).toEqual({
      tone: 'error',
      text: '2 requests failed while an invalid token was in use: re-send them',
    });
    s = step(s, {type: 'pasteCopiedToken'}, env).state;
    s = step(s, {type: 'tick'}, env).state;
    expect(rotationStatus(s)!.inProgress).toBe(false);
    expect(rotationStatus(s)!.verdict.text).toBe(
      '2 requests failed while an invalid token was in use: re-send them',
    );
    s = step(s, {type: 'resendFailed'}, env).state;
    expect(rotationStatus(s)!.verdict).toEqual({
      tone: 'warning',
      text: 'Rotated; 2 requests failed while an invalid token was in use and were re-sent',
    });
  });

  it('starts on the revoke-first mistake, warns before it, and completes with a replacement', () => {
    const env = newEnv();
    const {s: s0, iid, t1} = withApp(env);
    expect(revokeWarning(s0, t1)).toEqual({otherActive: null, otherCopied: false});
    let s = step(s0, {type: 'revokeToken', integrationId: iid, tokenId: t1}, env).state;
    expect(rotationStatus(s)).toMatchObject({
      trigger: 'revoked-in-use',
      inProgress: true,
      newTokenId: null,
    });
    expect(done(s)).toEqual([false, false, true, false]);
    s = step(s, {type: 'tick'}, env).state;
    expect(rotationStatus(s)!.verdict.text).toBe(
      '1 request failed while an invalid token was in use: re-send it',
    );
    const g = generateAndCopy(s, iid, env);
    s = step(g.s, {type: 'pasteCopiedToken'}, env).state;
    expect(rotationStatus(s)!.newTokenId).toBe(g.t);
    s = step(s, {type: 'resendFailed'}, env).state;
    expect(rotationStatus(s)).toMatchObject({inProgress: false, interrupted: 1, resent: 1});
    expect(done(s)).toEqual([true, true, true, true]);
    expect(rotationStatus(s)!.verdict).toEqual({
      tone: 'warning',
      text: 'Rotated; 1 request failed while an invalid token was in use and was re-sent',
    });
  });

  it('is abandoned when the new token is revoked while the old still works', () => {
    const env = newEnv();
    const {s: s0, iid} = withApp(env);
    const g = generateAndCopy(s0, iid, env);
    const s = step(g.s, {type: 'revokeToken', integrationId: iid, tokenId: g.t}, env).state;
    expect(rotationStatus(s)).toMatchObject({inProgress: false, abandoned: true});
    expect(rotationStatus(s)!.verdict.tone).toBe('info');
  });

  it('does not count failures of other integrations, and can report a given integration', () => {
    const env = newEnv();
    const {s: s0, iid} = withApp(env);
    let s = generateAndCopy(s0, iid, env).s;
    s = step(s, {type: 'createIntegration', displayName: 'Other'}, env).state;
    const other = defined(s.integrations[1], 'integration').id;
    expect(rotationStatus(s, other)).toBeNull();
    expect(canGenerate(s, iid)).toMatchObject({ok: false, code: 'token-limit'});
    expect(canGenerate(s, other)).toEqual({ok: true});
    expect(rotationStatus(s, iid)!.interrupted).toBe(0);
  });

  it('warns whenever the app sends the token, and only then', () => {
    const env = newEnv();
    const {s: s0, iid, t1} = withApp(env);
    const g = generateAndCopy(s0, iid, env);
    expect(revokeWarning(g.s, g.t)).toBeNull();
    expect(revokeWarning(g.s, t1)).toEqual({otherActive: g.t, otherCopied: true});
    expect(revokeWarning(g.s, 42)).toBeNull();
  });

  it('says when the other token cannot be switched to: its value was never copied', () => {
    const env = newEnv();
    const {s: s0, iid, t1} = withApp(env);
    const gen = step(s0, {type: 'generateToken', integrationId: iid}, env).state;
    const lost = step(gen, {type: 'acknowledgeReveal'}, env).state;
    const other = defined(
      lost.tokens.find((t) => t.id !== t1),
      'new token',
    ).id;
    expect(revokeWarning(lost, t1)).toEqual({otherActive: other, otherCopied: false});
  });
});

describe('verdict grammar', () => {
  /** A running revoke-first rotation with n interrupted requests, re-sent with a replacement. */
  function interrupted(n: number) {
    const env = newEnv();
    const {s: s0, iid, t1} = withApp(env);
    const g = generateAndCopy(s0, iid, env);
    let s = step(g.s, {type: 'revokeToken', integrationId: iid, tokenId: t1}, env).state;
    for (let k = 0; k < n; k++) s = step(s, {type: 'pushRecords'}, env).state;
    const before = rotationStatus(s)!.verdict.text;
    // in progress: the app has not pushed with the new token yet, the re-send is its first use
    s = step(s, {type: 'pasteCopiedToken'}, env).state;
    s = step(s, {type: 'resendFailed'}, env).state;
    return {before, after: rotationStatus(s)!.verdict.text};
  }

  it('says "was" for one request and "were" for two', () => {
    expect(interrupted(1)).toEqual({
      before: '1 request failed while an invalid token was in use: re-send it',
      after: 'Rotated; 1 request failed while an invalid token was in use and was re-sent',
    });
    expect(interrupted(2)).toEqual({
      before: '2 requests failed while an invalid token was in use: re-send them',
      after: 'Rotated; 2 requests failed while an invalid token was in use and were re-sent',
    });
  });
});
