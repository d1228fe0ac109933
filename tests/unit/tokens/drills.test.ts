import {describe, expect, it} from 'vitest';
import {drillStatus} from '../../../src/tokens/selectors/drills';
import {presetState} from '../../../src/tokens/presets';
import {applyEvent} from '../../../src/tokens/reducer';
import {initialState} from '../../../src/tokens/state';
import {seededEnv} from '../../../src/tokens/random';
import type {SandboxEvent} from '../../../src/tokens/events';
import type {Env, SandboxState} from '../../../src/tokens/model';

const env = (): Env => seededEnv(3, Date.UTC(2026, 10, 29, 12), 1000);

function run(s: SandboxState, e: Env, ...events: SandboxEvent[]): SandboxState {
  for (const ev of events) s = applyEvent(s, ev, e).state;
  return s;
}

const done = (s: SandboxState) =>
  drillStatus(s)
    .steps.filter((x) => x.done)
    .map((x) => x.key);
const copyAndClose: SandboxEvent[] = [{type: 'copySecret'}, {type: 'acknowledgeReveal'}];

describe('drills', () => {
  it('planned rotation: steps tick in order; validating is recommended, not required', () => {
    const e = env();
    let s = presetState('planned', initialState(), e);
    expect(drillStatus(s)).toMatchObject({next: 'create-integration', verdict: null});
    s = run(s, e, {type: 'createIntegration', displayName: 'Customer Records'}, ...copyAndClose);
    s = run(s, e, {type: 'pasteCopiedToken'}, {type: 'tick'});
    expect(drillStatus(s).next).toBe('second-token');
    const id = s.integrations[0]!.id;
    s = run(s, e, {type: 'generateToken', integrationId: id}, ...copyAndClose);
    expect(drillStatus(s).next).toBe('validated');
    s = run(s, e, {type: 'validateToken', token: 'copied'});
    expect(drillStatus(s).next).toBe('switched');
    const old = s.app.token!.tokenId!;
    s = run(
      s,
      e,
      {type: 'pasteCopiedToken'},
      {type: 'tick'},
      {type: 'revokeToken', integrationId: id, tokenId: old},
      {type: 'tick'},
    );
    expect(drillStatus(s)).toMatchObject({
      next: null,
      verdict: {tone: 'success', text: 'Rotated with 0 interrupted requests'},
    });
  });

  it('planned rotation without validating: the step is passed over, the rest still count', () => {
    const e = env();
    let s = run(
      initialState(),
      e,
      {type: 'createIntegration', displayName: 'A'},
      ...copyAndClose,
      {type: 'pasteCopiedToken'},
      {type: 'tick'},
    );
    s = run(
      s,
      e,
      {type: 'generateToken', integrationId: s.integrations[0]!.id},
      ...copyAndClose,
      {type: 'pasteCopiedToken'},
      {type: 'tick'},
    );
    expect(drillStatus(s).steps.find((x) => x.key === 'validated')).toMatchObject({
      done: false,
      skipped: true,
    });
    expect(drillStatus(s).next).toBe('old-revoked');
  });

  it('a token leaked: the verdict counts the 401 window and the re-sent records', () => {
    const e = env();
    let s = presetState('leak', initialState(), e);
    const id = s.integrations[0]!.id;
    const leaked = s.app.token!.tokenId!;
    expect(drillStatus(s)).toMatchObject({next: 'revoke-leaked', revokedToken: null});
    s = run(s, e, {type: 'revokeToken', integrationId: id, tokenId: leaked});
    expect(drillStatus(s).revokedToken).toBe(leaked);
    s = run(s, e, {type: 'tick'}, {type: 'tick'}, {type: 'tick'});
    expect(drillStatus(s).verdict).toMatchObject({
      tone: 'warning',
      text: expect.stringMatching(
        /^Leaked token revoked\. 401 window so far: \d+ seconds, 3 requests refused$/,
      ),
    });
    s = run(
      s,
      e,
      {type: 'generateToken', integrationId: id},
      ...copyAndClose,
      {type: 'pasteCopiedToken'},
      {type: 'tick'},
    );
    expect(drillStatus(s).next).toBe('resent');
    s = run(s, e, {type: 'resendFailed'});
    const v = drillStatus(s);
    expect(v.next).toBeNull();
    expect(v.verdict?.text).toMatch(
      /^Leak contained: a 401 window of \d+ seconds \(3 requests refused\), \d+ records re-sent, 0 lost$/,
    );
    expect(done(s)).toEqual(['revoke-leaked', 'see-401s', 'new-token', 'switched', 'resent']);
    // The application sends the new token now; the finished step still names the leaked one.
    expect(s.app.token!.tokenId).not.toBe(leaked);
    expect(v.revokedToken).toBe(leaked);
  });

  it('wrong order: traffic, revoke in use, 401s, new token, switch, re-send', () => {
    const e = env();
    let s = presetState('wrong-order', initialState(), e);
    s = run(s, e, {type: 'tick'});
    expect(drillStatus(s).next).toBe('revoke-in-use');
    s = run(
      s,
      e,
      {type: 'revokeToken', integrationId: s.integrations[0]!.id, tokenId: s.app.token!.tokenId!},
      {type: 'tick'},
    );
    expect(drillStatus(s)).toMatchObject({next: 'new-token', verdict: {tone: 'error'}});
  });

  it('two integrations: each token writes only its own schema; the limit is reached', () => {
    const e = env();
    let s = presetState('two-integrations', initialState(), e);
    // The reader's first push is the first step: nothing is done before they act.
    expect(drillStatus(s).next).toBe('push-first');
    expect(drillStatus(s).steps.filter((st) => st.done)).toEqual([]);
    s = run(s, e, {type: 'pushRecords', count: 3});
    expect(drillStatus(s).next).toBe('switch-to-second');
    s = run(s, e, {type: 'pasteCopiedToken'}, {type: 'pushRecords', count: 2});
    expect(drillStatus(s).next).toBe('limit');
    s = run(s, e, {type: 'generateToken', integrationId: s.integrations[1]!.id}, ...copyAndClose);
    expect(drillStatus(s).verdict?.text).toBe(
      'Each token wrote only to its own schema: customer_records 3 rows, orders 2 rows; a third active token is refused',
    );
  });

  it('outage: 503/504 held and retried, then delivered once the outage ends', () => {
    const e = env();
    let s = presetState('outage', initialState(), e);
    for (let i = 0; i < 8; i++) s = run(s, e, {type: 'tick'});
    expect(drillStatus(s).next).toBe('outage-off');
    expect(drillStatus(s).verdict?.tone).toBe('info');
    s = run(s, e, {type: 'setOutage', on: false});
    for (let i = 0; i < 90 && s.app.pending.length > 0; i++) s = run(s, e, {type: 'tick'});
    expect(drillStatus(s)).toMatchObject({next: null, verdict: {tone: 'success'}});
  });
});
