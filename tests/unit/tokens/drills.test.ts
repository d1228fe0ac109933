import {describe, expect, it} from 'vitest';
import {drillStatus} from '../../../src/tokens/selectors/drills';
import {tokenRoute} from '../../../src/tokens/selectors/tokens';
import {drillState} from '../../../src/tokens/drills';
import {applyEvent} from '../../../src/tokens/reducer';
import {initialState} from '../../../src/tokens/state';
import {seededEnv} from '../../../src/tokens/random';
import type {SandboxEvent} from '../../../src/tokens/events';
import type {Env, DrillKey, SandboxState} from '../../../src/tokens/model';
import {defined} from '../../support/defined';

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
const traffic: SandboxEvent = {type: 'setTraffic', on: true};

/** A planned drill with the application pushing on its integration's first token. */
function pushingOnFirst(e: Env): SandboxState {
  const s = drillState('planned', initialState(), e);
  return run(
    s,
    e,
    {type: 'createIntegration', displayName: 'Customer Records'},
    ...copyAndClose,
    {type: 'pasteCopiedToken'},
    traffic,
    {type: 'tick'},
  );
}

/** A new token for the first integration, its value copied and its window closed. */
function newTokenCopied(s: SandboxState, e: Env, ...then: SandboxEvent[]): SandboxState {
  const integrationId = defined(s.integrations[0], 'integration').id;
  return run(s, e, {type: 'generateToken', integrationId}, ...copyAndClose, ...then);
}

/** The revoke-first mistake: a new token copied, then the one the application sends revoked. */
function revokedInUse(e: Env): {s: SandboxState; id: number} {
  const s = pushingOnFirst(e);
  const id = defined(s.integrations[0], 'integration').id;
  const revoke: SandboxEvent = {
    type: 'revokeToken',
    integrationId: id,
    tokenId: s.app.token!.tokenId!,
  };
  return {s: newTokenCopied(s, e, revoke, {type: 'tick'}), id};
}

const drill = (key: DrillKey, e: Env) => drillState(key, initialState(), e);

describe('planned rotation', () => {
  it('steps tick in order; validating is recommended, not required', () => {
    const e = env();
    let s = drill('planned', e);
    expect(drillStatus(s)).toMatchObject({next: 'create-integration', verdict: null});
    s = pushingOnFirst(e);
    expect(drillStatus(s).next).toBe('second-token');
    const id = defined(s.integrations[0], 'integration').id;
    s = run(s, e, {type: 'generateToken', integrationId: id});
    // The window is open: the step is done once the value is copied and the window closed.
    expect(drillStatus(s)).toMatchObject({next: 'second-token', replacement: {kind: 'shown'}});
    s = run(s, e, ...copyAndClose);
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
      complete: true,
      verdict: {tone: 'success', text: 'Rotated with 0 interrupted requests'},
    });
  });

  it('ticks nothing the reader did not do: a second token alone is not a used token', () => {
    const e = env();
    let s = drill('planned', e);
    s = run(s, e, {type: 'createIntegration', displayName: 'Orders'}, ...copyAndClose);
    s = newTokenCopied(s, e);
    expect(done(s)).toEqual(['create-integration']);
    expect(drillStatus(s).next).toBe('app-uses-token');
  });

  it('without validating: the step is passed over, not done', () => {
    const e = env();
    let s = pushingOnFirst(e);
    s = newTokenCopied(s, e, {type: 'pasteCopiedToken'}, {type: 'tick'});
    expect(drillStatus(s).steps.find((x) => x.key === 'validated')).toMatchObject({
      done: false,
      skipped: true,
    });
    expect(drillStatus(s).next).toBe('old-revoked');
  });

  it('revoking the token still in use undoes the switch, and the re-send comes first', () => {
    const e = env();
    let s = revokedInUse(e).s;
    const wrong = drillStatus(s);
    // Nothing after the mistake is shown as done but the revoke itself.
    expect(wrong.steps.find((x) => x.key === 'app-uses-token')!.done).toBe(false);
    expect(wrong.steps.find((x) => x.key === 'switched')!.done).toBe(false);
    expect(wrong.steps.find((x) => x.key === 'old-revoked')!.done).toBe(true);
    expect(wrong).toMatchObject({next: 'app-uses-token', complete: false});
    expect(wrong.verdict?.tone).toBe('error');
    s = run(s, e, {type: 'pasteCopiedToken'}, {type: 'tick'});
    expect(drillStatus(s)).toMatchObject({next: null, fix: 'resend', complete: false});
    s = run(s, e, {type: 'resendFailed'});
    expect(drillStatus(s)).toMatchObject({fix: null, complete: true, verdict: {tone: 'warning'}});
  });

  it('a new token whose value is gone says so, and can be replaced', () => {
    const e = env();
    let s = pushingOnFirst(e);
    const id = defined(s.integrations[0], 'integration').id;
    s = run(s, e, {type: 'generateToken', integrationId: id}, {type: 'acknowledgeReveal'});
    const lost = drillStatus(s);
    expect(lost).toMatchObject({next: 'second-token', replacement: {kind: 'lost'}});
    const unused = lost.newToken!;
    s = run(s, e, {type: 'revokeToken', integrationId: id, tokenId: unused});
    expect(drillStatus(s)).toMatchObject({next: 'second-token', replacement: {kind: 'generate'}});
    s = run(s, e, {type: 'generateToken', integrationId: id}, ...copyAndClose);
    expect(drillStatus(s)).toMatchObject({next: 'validated', replacement: {kind: 'ready'}});
  });

  it('a reload forgets what was copied: the step comes undone and says the value is gone', () => {
    const e = env();
    let s = pushingOnFirst(e);
    s = newTokenCopied(s, e);
    expect(drillStatus(s).next).toBe('validated');
    const reloaded = {...s, app: {...s.app, clipboard: null}};
    expect(drillStatus(reloaded)).toMatchObject({
      next: 'second-token',
      replacement: {kind: 'lost'},
    });
  });

  it('switching to another new token than the first one generated still completes', () => {
    const e = env();
    const start = revokedInUse(e);
    let s = start.s;
    const id = start.id;
    // The replacement's value is lost too: a third token, then the switch and the re-send.
    s = {...s, app: {...s.app, clipboard: null}};
    s = run(s, e, {type: 'generateToken', integrationId: id}, ...copyAndClose);
    s = run(s, e, {type: 'pasteCopiedToken'}, {type: 'tick'}, {type: 'resendFailed'});
    expect(drillStatus(s)).toMatchObject({complete: true, newToken: s.app.token!.tokenId});
  });
});

describe('the other drills', () => {
  it('a token leaked: traffic is on from the start; the verdict counts the 401 window', () => {
    const e = env();
    let s = drill('leak', e);
    const id = defined(s.integrations[0], 'integration').id;
    const leaked = s.app.token!.tokenId!;
    expect(s.app.traffic).toBe(true);
    expect(drillStatus(s)).toMatchObject({next: 'revoke-leaked', oldToken: null});
    s = run(s, e, {type: 'revokeToken', integrationId: id, tokenId: leaked});
    expect(drillStatus(s).oldToken).toBe(leaked);
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
    expect(v.complete).toBe(true);
    expect(v.verdict?.text).toMatch(
      /^Leak contained: a 401 window of \d+ seconds \(3 requests refused\), \d+ records re-sent, 0 lost$/,
    );
    expect(done(s)).toEqual(['traffic-on', 'revoke-leaked', 'new-token', 'switched', 'resent']);
    // The application sends the new token now; the status still names the leaked one.
    expect(v.oldToken).toBe(leaked);
  });

  it('a token leaked with nothing refused: the verdict says so, and the drill still ends', () => {
    const e = env();
    let s = drill('leak', e);
    const id = defined(s.integrations[0], 'integration').id;
    s = run(s, e, {type: 'setTraffic', on: false});
    expect(drillStatus(s).next).toBe('traffic-on');
    s = run(s, e, {type: 'revokeToken', integrationId: id, tokenId: s.app.token!.tokenId!});
    s = run(s, e, {type: 'generateToken', integrationId: id}, ...copyAndClose);
    s = run(s, e, {type: 'pasteCopiedToken'}, {type: 'pushRecords', count: 1}, traffic);
    expect(drillStatus(s)).toMatchObject({complete: true});
    expect(drillStatus(s).verdict?.text).toMatch(/\(no request refused\), 0 records re-sent/);
  });

  it('wrong order: traffic, revoke in use, 401s, new token, switch, re-send', () => {
    const e = env();
    let s = drill('wrong-order', e);
    expect(drillStatus(s).next).toBe('traffic-on');
    s = run(s, e, traffic, {type: 'tick'});
    expect(drillStatus(s).next).toBe('revoke-in-use');
    s = run(
      s,
      e,
      {
        type: 'revokeToken',
        integrationId: defined(s.integrations[0], 'integration').id,
        tokenId: s.app.token!.tokenId!,
      },
      {type: 'tick'},
    );
    expect(drillStatus(s)).toMatchObject({next: 'new-token', verdict: {tone: 'error'}});
  });

  it('two integrations: each token writes only its own schema; the limit is reached', () => {
    const e = env();
    let s = drill('two-integrations', e);
    // The reader's first push is the first step: nothing is done before they act.
    expect(drillStatus(s).next).toBe('push-first');
    expect(drillStatus(s).steps.filter((st) => st.done)).toEqual([]);
    s = run(s, e, {type: 'pushRecords', count: 3});
    expect(drillStatus(s).next).toBe('switch-to-second');
    s = run(s, e, {type: 'pasteCopiedToken'}, {type: 'pushRecords', count: 2});
    expect(drillStatus(s).next).toBe('limit');
    expect(drillStatus(s).verdict).toBeNull();
    s = run(
      s,
      e,
      {type: 'generateToken', integrationId: defined(s.integrations[1], 'integration').id},
      ...copyAndClose,
    );
    expect(drillStatus(s).verdict?.text).toBe(
      'Each token wrote only to its own schema: customer_records 3 rows, orders 2 rows; Orders has 2 active tokens, the most an integration may have',
    );
  });

  it('two integrations after a reload: the copied token is gone, and the route says what to do', () => {
    const e = env();
    let s = drill('two-integrations', e);
    s = run(s, e, {type: 'pushRecords', count: 3});
    const orders = defined(s.integrations[1], 'integration').id;
    expect(tokenRoute(s, orders).kind).toBe('copied');
    expect(tokenRoute({...s, app: {...s.app, clipboard: null}}, orders).kind).toBe('generate');
  });

  it('outage: 503/504 held and retried, then delivered once the outage ends', () => {
    const e = env();
    let s = drill('outage', e);
    for (let i = 0; i < 8; i++) s = run(s, e, {type: 'tick'});
    expect(drillStatus(s).next).toBe('outage-off');
    expect(drillStatus(s).verdict?.tone).toBe('info');
    s = run(s, e, {type: 'setOutage', on: false});
    for (let i = 0; i < 90 && s.app.pending.length > 0; i++) s = run(s, e, {type: 'tick'});
    expect(drillStatus(s)).toMatchObject({complete: true, verdict: {tone: 'success'}});
  });

  it('outage ended before any retry: the retry that delivers counts, nothing waits for ever', () => {
    const e = env();
    let s = drill('outage', e);
    s = run(s, e, {type: 'pushRecords', count: 3}, {type: 'setOutage', on: false});
    expect(drillStatus(s).next).toBe('retries');
    for (let i = 0; i < 5; i++) s = run(s, e, {type: 'tick'});
    expect(drillStatus(s).complete).toBe(true);
  });
});

describe('guidance that follows the state, not the last click', () => {
  it('a switch with traffic on keeps "Turn on traffic" done before the new token is used', () => {
    const e = env();
    const s = newTokenCopied(pushingOnFirst(e), e, {type: 'pasteCopiedToken'});
    expect(done(s)).toContain('traffic-on');
    expect(drillStatus(s).next).toBe('validated');
  });

  it.each(['leak', 'wrong-order'] as const)(
    '%s: the old token revoked only after the switch is a dead end that says to start again',
    (key) => {
      const e = env();
      let s = run(drill(key, e), e, traffic, {type: 'tick'});
      const id = defined(s.integrations[0], 'integration').id;
      const old = s.app.token!.tokenId!;
      s = newTokenCopied(s, e, {type: 'pasteCopiedToken'}, {type: 'tick'});
      expect(drillStatus(s).fix).toBeNull();
      s = run(s, e, {type: 'revokeToken', integrationId: id, tokenId: old}, {type: 'tick'});
      expect(drillStatus(s)).toMatchObject({fix: 'restart', complete: false, verdict: null});
    },
  );

  it('leak: the re-send is not done the moment the leaked token is revoked', () => {
    const e = env();
    let s = drill('leak', e);
    const id = defined(s.integrations[0], 'integration').id;
    s = run(s, e, {type: 'revokeToken', integrationId: id, tokenId: s.app.token!.tokenId!});
    expect(done(s)).toEqual(['traffic-on', 'revoke-leaked']);
  });
});

it('leak: a token copied after the first new one is ready; the first one is not called lost', () => {
  const e = env();
  let s = drill('leak', e);
  const id = defined(s.integrations[0], 'integration').id;
  s = run(s, e, {type: 'revokeToken', integrationId: id, tokenId: s.app.token!.tokenId!});
  s = newTokenCopied(s, e);
  const second = newTokenCopied(s, e);
  const newest = defined(second.app.clipboard?.tokenId, 'copied token');
  expect(drillStatus(second).replacement).toEqual({kind: 'ready', tokenId: newest});
  expect(done(second)).toContain('new-token');
  const switched = run(second, e, {type: 'pasteCopiedToken'}, {type: 'tick'});
  expect(drillStatus(switched).newToken).toBe(newest);
  expect(done(switched)).toContain('switched');
});
