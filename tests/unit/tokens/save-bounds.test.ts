/**
 * Whatever the sandbox's own actions produce fits a save and loads back: ids the console
 * accepts are safe integers, log lines are cut to their cap when written, and a day of
 * continuous traffic saves in a few kilobytes.
 */
import {describe, expect, it} from 'vitest';
import {parsePathId} from '../../../src/tokens/http/connect-api';
import {handleRequest} from '../../../src/tokens/http';
import {KEPT_REVOKED, MAX_OUTCOME} from '../../../src/tokens/limits';
import {load, save, serialize} from '../../../src/tokens/persistence';
import {applyEvent} from '../../../src/tokens/reducer';
import {initialState} from '../../../src/tokens/state';
import {seededEnv} from '../../../src/tokens/random';
import type {SandboxState} from '../../../src/tokens/model';
import {AUTH, newEnv, step, withApp} from './helpers';
import {defined} from '../../support/defined';

const persisted = (s: SandboxState): SandboxState => ({
  ...s,
  reveal: null,
  app: {...s.app, clipboard: null},
});

function roundTrips(s: SandboxState): void {
  const saved = save(s);
  if (!saved.ok) throw new Error(saved.reason);
  expect(load(saved.text)).toEqual({ok: true, state: persisted(s)});
}

describe('ids the Connect console sends', () => {
  it('refuses 9999999999999999 (above 2^53) next to the field, with the reason', () => {
    expect(parsePathId('9999999999999999', 'token')).toEqual({
      ok: false,
      reason: expect.stringMatching(/larger than any token id/),
    });
    expect(parsePathId(String(Number.MAX_SAFE_INTEGER), 'token')).toEqual({
      ok: true,
      id: Number.MAX_SAFE_INTEGER,
    });
  });

  it('a 404 for the largest id it accepts still saves and loads', () => {
    const env = newEnv();
    const {s: s0, iid} = withApp(env);
    const path = `/v4/sources/${iid}/tokens/${Number.MAX_SAFE_INTEGER}`;
    const r = handleRequest(s0, {method: 'DELETE', path, headers: AUTH}, env);
    expect(r.result.status).toBe(404);
    roundTrips(r.state);
  });
});

describe('log lines stay within the cap by construction', () => {
  it('a re-send naming five long integrations is cut, and the save loads', () => {
    const env = newEnv(8);
    let s = initialState();
    const names = Array.from(
      {length: 5},
      (_, k) => `${'Integration with a long name '.repeat(4).slice(0, 96)} ${k}`,
    );
    for (const name of names) {
      s = step(s, {type: 'createIntegration', displayName: name}, env).state;
      s = step(s, {type: 'copySecret'}, env).state;
      s = step(s, {type: 'acknowledgeReveal'}, env).state;
      s = step(s, {type: 'pasteCopiedToken'}, env).state;
      const tokenId = s.app.token!.tokenId!;
      s = step(s, {type: 'revokeToken', integrationId: s.app.integrationId!, tokenId}, env).state;
      s = step(s, {type: 'pushRecords'}, env).state; // queued for this integration
    }
    // A new token for the last one: the re-send delivers its request and names the other four.
    s = step(s, {type: 'generateToken', integrationId: s.app.integrationId!}, env).state;
    s = step(s, {type: 'copySecret'}, env).state;
    s = step(s, {type: 'acknowledgeReveal'}, env).state;
    s = step(s, {type: 'pasteCopiedToken'}, env).state;
    const r = step(s, {type: 'resendFailed'}, env);
    expect(r.result).toMatchObject({ok: true, type: 'resent'});
    const line = defined(r.state.log.at(-1), 'last log line').outcome;
    expect(line.length).toBe(MAX_OUTCOME);
    expect(line.endsWith('…')).toBe(true);
    roundTrips(r.state);
  });
});

/** How much a save grew between the two sizes measured. */
const growth = (sizes: number[]) =>
  defined(sizes[1], 'later size') - defined(sizes[0], 'earlier size');

// 86,400 ticks each: 4-5 s on an idle two-core machine (measured); 60 s leaves room for a
// busy neighbour and a slower CI box.
describe('saves grow with what must be kept, not per push', {timeout: 60_000}, () => {
  it('24 hours of continuous traffic (86,400 ticks) saves small and loads back', () => {
    const env = seededEnv(9, Date.UTC(2026, 10, 29), 1000);
    let {s} = withApp(env);
    const sizes: number[] = [];
    for (let i = 1; i <= 86_400; i++) {
      s = applyEvent(s, {type: 'tick'}, env).state;
      if (i === 1000 || i === 86_400) {
        const saved = save(s);
        if (!saved.ok) throw new Error(saved.reason);
        sizes.push(saved.text.length);
      }
    }
    // The log is a ring and the table one run of ids: a day weighs what a quarter-hour
    // does, but for the extra digits of its ids and counters.
    expect(growth(sizes)).toBeLessThan(1024);
    expect(defined(sizes[1], 'later size')).toBeLessThan(64 * 1024);
    expect(s.counters.total).toBeGreaterThan(86_400);
    roundTrips(s);
  });

  it('a day of failing traffic is one queued entry, re-sent in one go', () => {
    const env = seededEnv(10, Date.UTC(2026, 10, 29), 1000);
    const app = withApp(env);
    let s = step(app.s, {type: 'revokeToken', integrationId: app.iid, tokenId: app.t1}, env).state;
    for (let i = 0; i < 86_400; i++) s = applyEvent(s, {type: 'tick'}, env).state;
    expect(s.failed).toHaveLength(1);
    expect(defined(s.failed[0], 'queued entry').requests).toBe(86_400);
    roundTrips(s);
    s = step(s, {type: 'generateToken', integrationId: app.iid}, env).state;
    s = step(s, {type: 'copySecret'}, env).state;
    s = step(s, {type: 'acknowledgeReveal'}, env).state;
    s = step(s, {type: 'pasteCopiedToken'}, env).state;
    const r = step(s, {type: 'resendFailed'}, env);
    expect(r.result).toMatchObject({ok: true, type: 'resent', requests: 86_400});
    expect(r.state.failed).toEqual([]);
    roundTrips(r.state);
  });
});

describe('saves stay bounded whatever the mix of events', {timeout: 60_000}, () => {
  it('alternating pushes and ticks (30,000 events) save in what 1,000 do', () => {
    const env = seededEnv(11, Date.UTC(2026, 10, 29), 1000);
    let {s} = withApp(env);
    const sizes: number[] = [];
    for (let i = 1; i <= 30_000; i++) {
      s = applyEvent(s, i % 2 ? {type: 'pushRecords', count: 3} : {type: 'tick'}, env).state;
      if (i === 1000 || i === 30_000) sizes.push(serialize(s).length);
    }
    // Each table numbers its own records: two tables, two pairs of numbers, however mixed.
    expect(growth(sizes)).toBeLessThan(1024);
    roundTrips(s);
  });

  it('pushes alternating between a valid token and none keep one table and one entry', () => {
    const env = newEnv(12);
    const app = withApp(env);
    let s = step(app.s, {type: 'generateToken', integrationId: app.iid}, env).state;
    const fresh = s.reveal!.secret;
    s = step(s, {type: 'acknowledgeReveal'}, env).state;
    s = step(s, {type: 'revokeToken', integrationId: app.iid, tokenId: app.t1}, env).state;
    const body = [{client_id: s.clientId, table_name: 'orders', data: {a: 1}}];
    const sizes: number[] = [];
    for (let i = 1; i <= 2000; i++) {
      const headers: Record<string, string> = i % 2 ? {Authorization: `Bearer ${fresh}`} : {};
      s = handleRequest(s, {method: 'POST', path: '/v2/import/push', headers, body}, env).state;
      if (i === 500 || i === 2000) sizes.push(serialize(s).length); // the log ring is full at both
    }
    expect(s.failed).toHaveLength(1);
    expect(s.failed[0]).toMatchObject({table: 'orders', total: 1000, requests: 1000});
    expect(s.destination.customer_records?.orders).toMatchObject({total: 1000});
    expect(growth(sizes)).toBeLessThan(1024); // the extra digits of ids and counters
    roundTrips(s);
  });

  it(`a hundred rotations keep ${KEPT_REVOKED} revoked tokens; an older one reads as unknown`, () => {
    const env = newEnv(13);
    const app = withApp(env);
    let s = app.s;
    const secrets: string[] = [];
    for (let k = 0; k < 100; k++) {
      const old = s.app.token!.tokenId!;
      s = step(s, {type: 'generateToken', integrationId: app.iid}, env).state;
      secrets.push(s.reveal!.secret);
      s = step(s, {type: 'copySecret'}, env).state;
      s = step(s, {type: 'acknowledgeReveal'}, env).state;
      s = step(s, {type: 'pasteCopiedToken'}, env).state;
      s = step(s, {type: 'revokeToken', integrationId: app.iid, tokenId: old}, env).state;
    }
    expect(s.revokedTokens).toHaveLength(KEPT_REVOKED);
    expect(
      step(s, {type: 'setAppToken', value: defined(secrets[0], 'first secret')}, env).result,
    ).toMatchObject({
      resolved: {kind: 'unknown'},
    });
    expect(
      step(s, {type: 'setAppToken', value: defined(secrets[97], '98th secret')}, env).result,
    ).toMatchObject({
      resolved: {kind: 'revoked'},
    });
    roundTrips(s);
  });
});
