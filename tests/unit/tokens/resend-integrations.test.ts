import {describe, expect, it} from 'vitest';
import {failedQueue} from '../../../src/tokens/selectors/traffic';
import {load, serialize, STORAGE_VERSION} from '../../../src/tokens/persistence';
import {revealedSecret} from '../../../src/tokens/selectors/tokens';
import {rotationStatus, tableRows} from '../../support/sandbox-views';
import type {Env, SandboxState} from '../../../src/tokens/model';
import type {SandboxEvent} from '../../../src/tokens/events';
import {newEnv, ok, step, withApp} from './helpers';
import {defined} from '../../support/defined';

function generate(s: SandboxState, iid: number, env: Env): {s: SandboxState; t: number; v: string} {
  let x = step(s, {type: 'generateToken', integrationId: iid}, env).state;
  const {tokenId: t, secret: v} = revealedSecret(x)!;
  x = step(x, {type: 'acknowledgeReveal'}, env).state;
  return {s: x, t, v};
}

function refusal(s: SandboxState, e: SandboxEvent) {
  const r = step(s, e, newEnv(99));
  expect(r.state).toBe(s);
  if (r.result.ok) throw new Error('expected a refusal');
  return r.result;
}

/**
 * Customer Records (app token c1) and Orders (token o1). One request is refused for
 * Customer Records (c1 revoked while in use), then two for Orders (o1 revoked while in use).
 */
function twoIntegrationsQueued() {
  const env = newEnv(5);
  const {s: s0, iid: cr, t1: c1} = withApp(env);
  let s = step(s0, {type: 'createIntegration', displayName: 'Orders'}, env).state;
  const o1 = revealedSecret(s)!;
  s = step(s, {type: 'acknowledgeReveal'}, env).state;
  const c2 = generate(s, cr, env);
  s = c2.s;
  s = step(s, {type: 'revokeToken', integrationId: cr, tokenId: c1}, env).state;
  s = step(s, {type: 'pushRecords', count: 2, table: 'a'}, env).state; // queued for CR
  s = step(s, {type: 'setAppToken', value: o1.secret}, env).state;
  s = step(
    s,
    {type: 'revokeToken', integrationId: o1.integrationId, tokenId: o1.tokenId},
    env,
  ).state;
  s = step(s, {type: 'pushRecords', count: 1, table: 'b'}, env).state; // queued for Orders
  s = step(s, {type: 'tick'}, env).state; // Orders
  return {env, s, cr, orders: o1.integrationId, c2};
}

describe('re-send with several integrations', () => {
  it('remembers the integration each queued request was refused for', () => {
    const {s, cr, orders} = twoIntegrationsQueued();
    expect(failedQueue(s).entries.map((b) => [b.table, b.integrationId, b.clientIds])).toEqual([
      ['a', cr, [116078]],
      ['b', orders, [116078]],
      ['orders_events', orders, [116078]],
    ]);
  });

  it("delivers only the token's integration's requests, in order, and says what still waits", () => {
    const {env, s: s0, cr, orders, c2} = twoIntegrationsQueued();
    const s = step(s0, {type: 'setAppToken', value: c2.v}, env).state;
    const r = step(s, {type: 'resendFailed'}, env);
    const o = ok<typeof r.result>(r.result);
    if (o.type !== 'resent') throw new Error();
    expect(o.loaded).toEqual([{table: 'a', first: 1, count: 2}]);
    expect(o.requests).toBe(1);
    expect(o.waiting).toEqual({requests: 2, records: failedQueue(r.state).records});
    expect(o.note).toBe(
      "2 requests for Orders still wait: the application's token belongs to Customer Records",
    );
    expect(tableRows(r.state, 'customer_records', 'a').map((x) => x.id)).toEqual([1, 2]);
    expect(tableRows(r.state, 'customer_records', 'b')).toEqual([]);
    expect(tableRows(r.state, 'customer_records', 'orders_events')).toEqual([]);
    expect(failedQueue(r.state)).toMatchObject({requests: 2});
    expect(failedQueue(r.state).entries.map((b) => b.integrationId)).toEqual([orders, orders]);
    // only Customer Records' rotation is credited
    expect(rotationStatus(r.state, cr)).toMatchObject({interrupted: 1, resent: 1});
    expect(rotationStatus(r.state, orders)).toMatchObject({interrupted: 2, resent: 0});
    expect(rotationStatus(r.state, orders)!.verdict.tone).toBe('error');

    // Nothing left for this token: refused, state unchanged, with the reason.
    const again = refusal(r.state, {type: 'resendFailed'});
    expect(again.code).toBe('other-integration');
    expect(again.reason).toMatch(
      /2 requests for Orders wait.*token belongs to Customer Records.*records stay queued/,
    );

    // With a token of Orders, the rest lands in orders, exactly once.
    const o2 = generate(r.state, orders, env);
    const x = step(o2.s, {type: 'setAppToken', value: o2.v}, env).state;
    const last = step(x, {type: 'resendFailed'}, env);
    const lo = ok<typeof last.result>(last.result);
    if (lo.type !== 'resent') throw new Error();
    expect(lo.note).toBeNull();
    expect(lo.waiting).toEqual({requests: 0, records: 0});
    expect(tableRows(last.state, 'orders', 'b').map((row) => row.id)).toEqual([3]);
    expect(tableRows(last.state, 'orders', 'orders_events').length).toBeGreaterThan(0);
    expect(last.state.failed).toEqual([]);
    expect(rotationStatus(last.state, orders)).toMatchObject({interrupted: 2, resent: 2});
  });

  it('keeps requests whose records carry another client_id, and says so', () => {
    const env = newEnv();
    const {s: s0, iid, t1} = withApp(env);
    const t2 = generate(s0, iid, env);
    let s = step(t2.s, {type: 'revokeToken', integrationId: iid, tokenId: t1}, env).state;
    s = step(s, {type: 'setAppClientId', clientId: 555}, env).state;
    s = step(s, {type: 'pushRecords', count: 1}, env).state; // 401: queued with client 555
    s = step(s, {type: 'setAppClientId', clientId: 116078}, env).state;
    s = step(s, {type: 'pushRecords', count: 2}, env).state; // 401: queued with 116078
    s = step(s, {type: 'setAppToken', value: t2.v}, env).state;
    const r = step(s, {type: 'resendFailed'}, env);
    const o = ok<typeof r.result>(r.result);
    if (o.type !== 'resent') throw new Error();
    // Only the two records sent with 116078 go, numbered by the table they are loaded into.
    expect(o.loaded).toEqual([{table: 'customer_records', first: 1, count: 2}]);
    expect(o.note).toBe(
      '1 request for Customer Records still waits: its records carry client_id 555, not 116078',
    );
    const again = refusal(r.state, {type: 'resendFailed'});
    expect(again.code).toBe('client-mismatch');
    expect(again.reason).toMatch(/client_id 555/);
  });

  it('delivers requests refused before the app had any integration with its first valid token', () => {
    const env = newEnv();
    let s = step(withApp(env).s, {type: 'reset'}, env).state;
    s = step(s, {type: 'setAppToken', value: 'typo'}, env).state;
    s = step(s, {type: 'pushRecords', count: 2}, env).state;
    expect(defined(failedQueue(s).entries[0], 'queued entry').integrationId).toBeNull();
    s = step(s, {type: 'createIntegration', displayName: 'Orders'}, env).state;
    s = step(s, {type: 'copySecret'}, env).state;
    s = step(s, {type: 'acknowledgeReveal'}, env).state;
    s = step(s, {type: 'pasteCopiedToken'}, env).state;
    const r = step(s, {type: 'resendFailed'}, env);
    expect(r.result).toMatchObject({ok: true, type: 'resent', requests: 1});
    // Pushed while the app had no integration: the fallback table, delivered into Orders.
    expect(tableRows(r.state, 'orders', 'records').length).toBe(2);
  });

  it('saves and loads the new queue fields; a version 2 save is reset with a reason', async () => {
    const {s} = twoIntegrationsQueued();
    expect(load(serialize(s))).toMatchObject({ok: true, state: {failed: s.failed}});
    const fs = await import('node:fs');
    const v2 = fs.readFileSync(new URL('./fixtures/save-v2.json', import.meta.url), 'utf8');
    expect(STORAGE_VERSION).toBe(5);
    expect(load(v2)).toEqual({
      ok: false,
      action: 'reset',
      reason:
        'It was saved by an earlier version of this page (save format 2), which this one does not read.',
    });
  });
});
