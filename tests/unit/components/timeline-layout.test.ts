import {describe, expect, it} from 'vitest';
import {applyEvent} from '../../../src/tokens/reducer';
import {handleRequest} from '../../../src/tokens/http';
import {initialState} from '../../../src/tokens/state';
import {integrations} from '../../../src/tokens/selectors/tokens';
import {seededEnv} from '../../../src/tokens/random';
import {timeline} from '../../../src/tokens/selectors/traffic';
import {tokenHistory} from '../../../src/tokens/lookups';
import type {SandboxEvent} from '../../../src/tokens/events';
import type {SandboxState} from '../../../src/tokens/model';
import {describe as summarize, layout} from '../../../src/components/Timeline/layout';
import {defined} from '../../support/defined';

/** A clock that moves one second per call, so spans are readable in the summary. */
function env() {
  const random = seededEnv(3).random;
  let t = Date.UTC(2026, 0, 1);
  return {now: () => (t += 1000), random};
}

function run(events: SandboxEvent[]) {
  const e = env();
  let s: SandboxState = initialState();
  for (const ev of events) s = applyEvent(s, ev, e).state;
  return {s, e};
}

const view = (s: SandboxState) =>
  layout(
    timeline(s),
    integrations(s).flatMap((i) => tokenHistory(s, i.id)),
  );

describe('Timeline layout', () => {
  it('says so when nothing was pushed', () => {
    expect(summarize(view(initialState()))).toMatch(/^No pushes yet/);
  });

  it('shows the rotation window and no gap for a safe rotation', () => {
    const {s: s0, e} = run([
      {type: 'createIntegration', displayName: 'Customer Records'},
      {type: 'copySecret'},
      {type: 'acknowledgeReveal'},
      {type: 'pasteCopiedToken'},
      {type: 'pushRecords'},
    ]);
    const gen = applyEvent(
      s0,
      {type: 'generateToken', integrationId: defined(s0.integrations[0], 'integration').id},
      e,
    );
    let s = gen.state;
    for (const ev of [
      {type: 'copySecret'},
      {type: 'acknowledgeReveal'},
      {type: 'pasteCopiedToken'},
      {type: 'pushRecords'},
      {
        type: 'revokeToken',
        integrationId: defined(s.integrations[0], 'integration').id,
        tokenId: defined(s.tokens[0], 'token').id,
      },
      {type: 'pushRecords'},
    ] as SandboxEvent[]) {
      s = applyEvent(s, ev, e).state;
    }
    const l = view(s);
    expect(l.lanes).toHaveLength(2);
    expect(l.overlaps).toHaveLength(1);
    expect(l.gaps).toHaveLength(0);
    expect(summarize(l)).toMatch(/Two tokens valid from .* No push failed\.$/);
  });

  it('shows a gap for pushes with a revoked token, and ignores Connect calls', () => {
    const {s: s0, e} = run([
      {type: 'createIntegration', displayName: 'Orders'},
      {type: 'copySecret'},
      {type: 'acknowledgeReveal'},
      {type: 'pasteCopiedToken'},
      {type: 'pushRecords'},
    ]);
    let s = applyEvent(
      s0,
      {
        type: 'revokeToken',
        integrationId: defined(s0.integrations[0], 'integration').id,
        tokenId: defined(s0.tokens[0], 'token').id,
      },
      e,
    ).state;
    s = applyEvent(s, {type: 'pushRecords'}, e).state;
    s = applyEvent(s, {type: 'pushRecords'}, e).state;
    s = handleRequest(
      s,
      {method: 'GET', path: '/v4/sources', headers: {Authorization: 'Bearer x'}},
      e,
    ).state;
    const l = view(s);
    expect(l.pushes).toHaveLength(3);
    expect(l.gaps).toEqual([
      {from: defined(l.pushes[1], 'second push').at, to: defined(l.pushes[2], 'third push').at},
    ]);
    expect(summarize(l)).toMatch(/2 pushes failed, in 1 gap\.$/);
  });

  it('tells 503/504 the application retries from other failures', () => {
    const {s: s0, e} = run([
      {type: 'createIntegration', displayName: 'Orders'},
      {type: 'copySecret'},
      {type: 'acknowledgeReveal'},
      {type: 'pasteCopiedToken'},
      {type: 'setOutage', on: true},
      {type: 'pushRecords'},
      {type: 'pushRecords'},
      {type: 'setOutage', on: false},
    ]);
    const s = applyEvent(
      s0,
      {
        type: 'revokeToken',
        integrationId: defined(s0.integrations[0], 'integration').id,
        tokenId: defined(s0.tokens[0], 'token').id,
      },
      e,
    ).state;
    const l = view(applyEvent(s, {type: 'pushRecords'}, e).state);
    expect(l.pushes.map((p) => [p.status, p.retried])).toEqual([
      [expect.any(Number), true],
      [expect.any(Number), true],
      [401, false],
    ]);
    expect(l.retried).toBe(2);
    expect(summarize(l)).toMatch(
      /3 pushes failed, in 1 gap\. Of those, 2 answered 503 or 504 and were retried by the application\.$/,
    );
  });
});
