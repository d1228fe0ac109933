import {describe, expect, it} from 'vitest';
import {handleRequest} from '../../../src/tokens/http';
import {revealedSecret} from '../../../src/tokens/selectors/tokens';
import type {SandboxEvent} from '../../../src/tokens/events';
import type {SandboxState} from '../../../src/tokens/model';
import {AUTH, newEnv, step, withApp} from './helpers';

function refused(s: SandboxState, e: SandboxEvent) {
  const r = step(s, e, newEnv(99));
  expect(r.state).toBe(s);
  return r.result;
}

const REVEAL_OPEN = {
  ok: false,
  code: 'reveal-open',
  reason: 'Close the token window first: its value is shown only once.',
};

describe('an open reveal is never overwritten', () => {
  it('refuses generateToken and createIntegration while a token is shown', () => {
    const env = newEnv();
    const {s: s0, iid} = withApp(env);
    const s = step(s0, {type: 'generateToken', integrationId: iid}, env).state;
    const shown = revealedSecret(s);
    expect(shown).not.toBeNull();
    expect(refused(s, {type: 'generateToken', integrationId: iid})).toEqual(REVEAL_OPEN);
    expect(refused(s, {type: 'createIntegration', displayName: 'Orders'})).toEqual(REVEAL_OPEN);
    // after "Close and Continue" both work again
    const closed = step(s, {type: 'acknowledgeReveal'}, env).state;
    expect(step(closed, {type: 'createIntegration', displayName: 'Orders'}, env).result.ok).toBe(
      true,
    );
  });

  it('the Connect API door returns the token in its response and leaves the reveal alone', () => {
    const env = newEnv();
    const {s: s0, iid} = withApp(env);
    const s = step(s0, {type: 'createIntegration', displayName: 'Orders'}, env).state;
    const shown = revealedSecret(s)!;
    const r = handleRequest(
      s,
      {method: 'POST', path: `/v4/sources/${iid}/tokens`, headers: AUTH},
      env,
    );
    expect(r.result.status).toBe(200);
    const body = r.result.body as {id: number; access_token: string};
    expect(body.access_token).not.toBe(shown.secret);
    expect(revealedSecret(r.state)).toBe(shown);
    expect(r.state.reveal).toBe(s.reveal);
  });
});
