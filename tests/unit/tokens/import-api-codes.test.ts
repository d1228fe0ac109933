/**
 * The Import API's other documented answers: validate and status, 413/415/422, and 503/504
 * under the "Import API outage" fault, with the application retrying them with back-off
 * while 401s are queued for re-send instead.
 */
import {describe, expect, it} from 'vitest';
import {handleRequest} from '../../../src/tokens/http';
import {MAX_BODY_BYTES} from '../../../src/tokens/http/import-body';
import {backoffMs} from '../../../src/tokens/ops/app-traffic';
import {appStatus, revealedSecret} from '../../../src/tokens/selectors/tokens';
import {counters, requestLog} from '../../../src/tokens/selectors/traffic';
import {recordPlacement, rotationStatus} from '../../support/sandbox-views';
import {seededEnv} from '../../../src/tokens/random';
import type {HttpRequest} from '../../../src/tokens/events';
import type {SandboxState} from '../../../src/tokens/model';
import {newEnv, step, withApp} from './helpers';

const rec = (extra: object = {}) => ({
  client_id: 116078,
  table_name: 'orders',
  data: {id: 1},
  ...extra,
});

function withSecret() {
  const env = newEnv(12);
  const {s: s0, iid, t1} = withApp(env);
  const g = step(s0, {type: 'generateToken', integrationId: iid}, env);
  const secret = revealedSecret(g.state)!.secret;
  const s = step(g.state, {type: 'acknowledgeReveal'}, env).state;
  return {s, env, iid, t1, secret, t2: revealedSecret(g.state)!.tokenId};
}

const call = (s: SandboxState, req: HttpRequest, env = newEnv(1)) => handleRequest(s, req, env);

describe('validate and status', () => {
  it('validate checks the token and the batch and stores nothing', () => {
    const {s, secret} = withSecret();
    const r = call(s, {
      method: 'POST',
      path: '/v2/import/validate',
      headers: {Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json'},
      body: [rec(), rec()],
    });
    expect(r.result).toEqual({status: 200, body: {status: 'OK', message: 'Batch is valid!'}});
    expect(r.state.destination).toEqual(s.destination);
    expect(r.state.failed).toEqual(s.failed);
    expect(r.state.nextRecordId).toBe(s.nextRecordId);
    expect(requestLog(r.state)[0]).toMatchObject({
      action: 'POST /v2/import/validate',
      status: 200,
      records: 2,
    });
  });

  it('validate with a revoked token is 401 and queues nothing (there is nothing to re-send)', () => {
    const {s, env, iid, t1} = withSecret();
    const revoked = step(s, {type: 'revokeToken', integrationId: iid, tokenId: t1}, env).state;
    const r = step(revoked, {type: 'validateToken'}, env);
    expect(r.result).toMatchObject({ok: true, type: 'validated', status: 401});
    expect(r.state.failed).toEqual([]);
  });

  it('a successful validate with the replacement records it, before the switch', () => {
    const {s, env, secret} = withSecret();
    expect(rotationStatus(s)!.validatedAt).toBeNull();
    const app = step(s, {type: 'setAppToken', value: secret}, env).state;
    const v = step(app, {type: 'validateToken'}, env);
    expect(v.result).toMatchObject({type: 'validated', status: 200});
    expect(rotationStatus(v.state)).toMatchObject({validatedAt: v.state.lastAt, switchedAt: null});
  });

  it('status answers 200 {"status":"OK"} without a token', () => {
    const {s} = withSecret();
    expect(call(s, {method: 'GET', path: '/v2/import/status'}).result).toEqual({
      status: 200,
      body: {status: 'OK'},
    });
  });
});

describe('the other codes', () => {
  const auth = (secret: string) => ({Authorization: `Bearer ${secret}`});

  it('413 for a body over 4 MB, before anything is parsed', () => {
    const {s, secret} = withSecret();
    const body = `[${'1,'.repeat(MAX_BODY_BYTES / 2)}1]`;
    const r = call(s, {method: 'POST', path: '/v2/import/push', headers: auth(secret), body});
    expect(r.result.status).toBe(413);
    expect(r.state.nextRecordId).toBe(s.nextRecordId);
  });

  it('415 for a content type other than JSON', () => {
    const {s, secret} = withSecret();
    const headers = {...auth(secret), 'Content-Type': 'application/x-www-form-urlencoded'};
    const r = call(s, {method: 'POST', path: '/v2/import/push', headers, body: [rec()]});
    expect(r.result.status).toBe(415);
    const ok = {...auth(secret), 'Content-Type': 'application/transit+json; charset=utf-8'};
    expect(
      call(s, {method: 'POST', path: '/v2/import/push', headers: ok, body: [rec()]}).result.status,
    ).toBe(201);
  });

  it.each(['client_id', 'table_name', 'data'])('422 for a record without %s', (field) => {
    const {s, secret} = withSecret();
    const record: Record<string, unknown> = rec();
    delete record[field];
    const r = call(s, {
      method: 'POST',
      path: '/v2/import/validate',
      headers: auth(secret),
      body: [record],
    });
    expect(r.result).toEqual({
      status: 422,
      body: {status: 'ERROR', message: `Record 0: ${field} is required`},
    });
  });

  it('405 for another method, 404 for another route', () => {
    const {s} = withSecret();
    expect(call(s, {method: 'POST', path: '/v2/import/status'}).result.status).toBe(405);
    expect(call(s, {method: 'DELETE', path: '/v2/import/push'}).result.status).toBe(405);
    expect(call(s, {method: 'POST', path: '/v2/import/batch', body: []}).result.status).toBe(404);
  });
});

describe('an Import API outage', () => {
  function outage() {
    const {s, env} = withSecret();
    return {s: step(s, {type: 'setOutage', on: true}, env).state, env};
  }

  it('answers 503 or 504 to push, validate and status, and stores nothing', () => {
    const {s} = outage();
    for (const [method, path] of [
      ['POST', '/v2/import/push'],
      ['POST', '/v2/import/validate'],
      ['GET', '/v2/import/status'],
    ] as const) {
      const r = call(s, {method, path, body: method === 'POST' ? [rec()] : undefined});
      expect([503, 504]).toContain(r.result.status);
      expect(r.state.destination).toEqual(s.destination);
      expect(r.state.failed).toEqual(s.failed);
    }
  });

  it('the application holds refused records and retries them with back-off, then delivers', () => {
    const start = Date.UTC(2026, 10, 29, 12);
    const env = seededEnv(5, start, 250);
    const {s: s0} = withApp(env);
    let s = step(s0, {type: 'setOutage', on: true}, env).state;
    s = step(s, {type: 'pushRecords', count: 3}, env).state;
    expect(appStatus(s).pending).toMatchObject({records: 3});
    expect([503, 504]).toContain(s.app.lastResponse!.status);
    for (let i = 0; i < 40; i++) s = step(s, {type: 'tick'}, env).state;
    const retries = requestLog(s).filter((e) => e.kind === 'retry');
    expect(retries.length).toBeGreaterThan(1);
    for (const e of retries) expect(e.action).toMatch(/^POST \/v2\/import\/push \(retry \d+\)$/);
    // Attempts spread out: 1 s, 2 s, 4 s … apart (the clock moves 250 ms per read here).
    expect(backoffMs(1)).toBe(1000);
    expect(backoffMs(4)).toBe(8000);
    expect(backoffMs(20)).toBe(60_000);
    s = step(s, {type: 'setOutage', on: false}, env).state;
    for (let i = 0; i < 300 && s.app.pending.length > 0; i++)
      s = step(s, {type: 'tick'}, env).state;
    expect(s.app.pending).toEqual([]);
    // Every record the app made was finally loaded, exactly once.
    const loaded = recordPlacement(s).loaded.size;
    expect(loaded).toBe(counters(s).recordsLoaded);
    expect(recordPlacement(s).duplicates).toEqual([]);
    expect(counters(s).byStatus['503'] ?? 0 + (counters(s).byStatus['504'] ?? 0)).toBeGreaterThan(
      0,
    );
  });

  it('a 401 during the outage is queued for re-send, not retried', () => {
    const env = newEnv(6);
    const {s: s0, iid, t1} = withApp(env);
    let s = step(s0, {type: 'revokeToken', integrationId: iid, tokenId: t1}, env).state;
    s = step(s, {type: 'pushRecords', count: 2}, env).state;
    expect(s.app.pending).toEqual([]);
    expect(s.failed).toHaveLength(1);
  });
});
