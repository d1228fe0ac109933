// @vitest-environment jsdom
/** The drill steps' wording says only what the state shows (the core's reading of the app's token). */
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import {WORDING, fixWording} from '@site/src/components/DrillSteps/wording';
import {drillState} from '@site/src/tokens/drills';
import {applyEvent} from '@site/src/tokens/reducer';
import {initialState} from '@site/src/tokens/state';
import {seededEnv} from '@site/src/tokens/random';
import {drillStatus} from '@site/src/tokens/selectors/drills';
import type {SandboxEvent} from '@site/src/tokens/events';
import type {SandboxState} from '@site/src/tokens/model';
import {defined} from '../../support/defined';

afterEach(cleanup);

const env = seededEnv(5, Date.UTC(2026, 10, 29, 12), 1000);
const run = (s: SandboxState, ...events: SandboxEvent[]) =>
  events.reduce((x, e) => applyEvent(x, e, env).state, s);
const copyAndClose: SandboxEvent[] = [{type: 'copySecret'}, {type: 'acknowledgeReveal'}];
/** The planned drill with one integration whose token the application sends. */
const sendingFirstToken = () =>
  run(
    drillState('planned', initialState(), env),
    {type: 'createIntegration', displayName: 'Customer Records'},
    ...copyAndClose,
    {type: 'pasteCopiedToken'},
  );

const wordingOf = (key: 'switched' | 'traffic-on' | 'see-unavailable', s: SandboxState) =>
  render(<p>{WORDING[key]({s, status: drillStatus(s)}).text}</p>).container.textContent;
const switchedText = (s: SandboxState) => wordingOf('switched', s);

describe('the planned drill\'s "Let the app push" step', () => {
  it('says the app sends the new token only while that token is active', () => {
    let s = run(sendingFirstToken(), {type: 'setTraffic', on: true}, {type: 'tick'});
    const integrationId = defined(s.integrations[0], 'integration').id;
    s = run(s, {type: 'generateToken', integrationId}, ...copyAndClose, {type: 'pasteCopiedToken'});
    const fresh = defined(drillStatus(s).newToken, 'new token');
    expect(switchedText(s)).toContain(`sends token ${fresh}: let it push`);
    cleanup();

    // Revoked while the app sends it: a push fails 401, so the step must not say it sends it.
    s = run(s, {type: 'revokeToken', integrationId, tokenId: fresh});
    expect(drillStatus(s).steps.find((x) => x.key === 'switched')?.done).toBe(false);
    expect(switchedText(s)).not.toContain(`sends token ${fresh}`);
  });
});

describe('the "Turn on traffic" step', () => {
  it('never asks for traffic that is already on while it waits for the first push', () => {
    const ready = sendingFirstToken();
    expect(wordingOf('traffic-on', ready)).toContain('turn on Continuous traffic');
    cleanup();

    // On, but no push yet (the step is done at the first one): the reader must not toggle it off.
    const on = run(ready, {type: 'setTraffic', on: true});
    const stepOn = drillStatus(on).steps.find((x) => x.key === 'traffic-on');
    expect(stepOn?.done).toBe(false);
    expect(drillStatus(on).next).toBe('traffic-on');
    expect(wordingOf('traffic-on', on)).not.toContain('turn on');
    expect(wordingOf('traffic-on', on)).toContain('Continuous traffic is on');
    expect(WORDING['traffic-on']({s: on, status: drillStatus(on)}).place).toBe('log');
  });
});

describe('the outage drill', () => {
  it('with traffic already on, "Push during the outage" does not ask to turn it on', () => {
    const ended = run(drillState('outage', initialState(), env), {type: 'setOutage', on: false});
    const on = run(ended, {type: 'setTraffic', on: true});
    expect(wordingOf('see-unavailable', on)).toContain('With Continuous traffic on, pushes');
    expect(wordingOf('see-unavailable', on)).not.toContain('turn on Continuous traffic');
    cleanup();
    const off = run(ended, {type: 'setTraffic', on: false});
    expect(wordingOf('see-unavailable', off)).toContain('turn on Continuous traffic');
  });
});

it('a drill that can no longer teach its lesson says how to start again', () => {
  const words = fixWording('restart', initialState());
  expect(words.place).toBe('toolbar');
  expect(render(<p>{words.text}</p>).container.textContent).toContain('click Start drill');
});
