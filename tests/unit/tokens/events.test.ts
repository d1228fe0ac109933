import {describe, expect, it} from 'vitest';
import {activeTokens, tokenHistory} from '../../../src/tokens/lookups';
import {appTokenStatus} from '../../../src/tokens/ops/app';
import {applyEvent} from '../../../src/tokens/reducer';
import {copiedToken, revealedSecret} from '../../../src/tokens/selectors/tokens';
import {counters, failedQueue, requestLog} from '../../../src/tokens/selectors/traffic';
import {destinationSummary} from '../../../src/tokens/selectors/destination';
import {recordPlacement, tableRows} from '../../support/sandbox-views';
import {initialState, FIRST_TOKEN_ID} from '../../../src/tokens/state';
import {LOG_CAPACITY} from '../../../src/tokens/limits';
import type {SandboxEvent} from '../../../src/tokens/events';
import type {SandboxState} from '../../../src/tokens/model';
import {deepFreeze, newEnv, ok, step, withApp} from './helpers';
import {defined} from '../../support/defined';

function expectRefused(s: SandboxState, e: SandboxEvent, code: string, reason?: RegExp) {
  const r = step(s, e, newEnv(99));
  expect(r.result.ok).toBe(false);
  if (!r.result.ok) {
    expect(r.result.code).toBe(code);
    if (reason) expect(r.result.reason).toMatch(reason);
    expect(r.result.reason.length).toBeGreaterThan(10);
  }
  expect(r.state).toBe(s);
}

describe('createIntegration', () => {
  it('creates the integration with its schema and first token, revealed once', () => {
    const env = newEnv();
    const s0 = deepFreeze(initialState());
    const r = step(s0, {type: 'createIntegration', displayName: '  Customer Records '}, env);
    const o = ok<typeof r.result>(r.result);
    if (o.type !== 'integrationCreated') throw new Error();
    expect(o.integration).toMatchObject({
      displayName: 'Customer Records',
      schema: 'customer_records',
      stitchClientId: 116078,
    });
    expect(o.tokenId).toBe(FIRST_TOKEN_ID);
    expect(revealedSecret(r.state)).toEqual({
      tokenId: o.tokenId,
      integrationId: o.integration.id,
      secret: o.secret,
    });
    expect(tokenHistory(r.state, o.integration.id)).toEqual([
      {
        id: o.tokenId,
        integrationId: o.integration.id,
        createdAt: expect.any(Number),
        revokedAt: null,
        lastUsedAt: null,
        active: true,
      },
    ]);
    expect(JSON.stringify(tokenHistory(r.state, o.integration.id))).not.toContain(o.secret);
    expect(s0.integrations).toEqual([]);
  });

  it.each([
    ['', 'name-empty'],
    ['   ', 'name-empty'],
    ['x'.repeat(101), 'name-too-long'],
    ['.()', 'schema-empty'],
    ['- -', 'schema-empty'],
  ])('refuses %j (%s)', (name, code) =>
    expectRefused(initialState(), {type: 'createIntegration', displayName: name}, code),
  );

  it('accepts exactly 100 characters', () => {
    expect(
      step(initialState(), {type: 'createIntegration', displayName: 'x'.repeat(100)}, newEnv())
        .result.ok,
    ).toBe(true);
  });

  it('refuses a name whose schema is taken', () => {
    const {s} = withApp(newEnv());
    expectRefused(
      s,
      {type: 'createIntegration', displayName: 'customer-records'},
      'schema-taken',
      /customer_records/,
    );
    expectRefused(s, {type: 'createIntegration', displayName: 'Customer Records'}, 'schema-taken');
  });

  it('gives integrations increasing ids and tokens increasing ids', () => {
    const env = newEnv();
    let s = initialState();
    const ids: number[] = [];
    const tids: number[] = [];
    for (const n of ['A', 'B', 'C']) {
      const r = step(s, {type: 'createIntegration', displayName: n}, env);
      s = step(r.state, {type: 'acknowledgeReveal'}, env).state;
      if (r.result.ok && r.result.type === 'integrationCreated') {
        ids.push(r.result.integration.id);
        tids.push(r.result.tokenId);
      }
    }
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(3);
    expect(tids).toHaveLength(3);
    expect(tids).toEqual([...new Set(tids)].sort((a, b) => a - b)); // strictly increasing
  });
});

describe('generateToken', () => {
  it('allows a second active token and refuses a third', () => {
    const env = newEnv();
    const {s, iid, t1} = withApp(env);
    const r2 = step(s, {type: 'generateToken', integrationId: iid}, env);
    const o = ok<typeof r2.result>(r2.result);
    if (o.type !== 'tokenGenerated') throw new Error();
    expect(o.tokenId).toBeGreaterThan(t1);
    expect(activeTokens(r2.state, iid).map((t) => t.id)).toEqual([t1, o.tokenId]);
    expectRefused(
      step(r2.state, {type: 'acknowledgeReveal'}, env).state,
      {type: 'generateToken', integrationId: iid},
      'token-limit',
      /Revoke one/,
    );
  });
  it('refuses an unknown integration', () => {
    expectRefused(
      withApp(newEnv()).s,
      {type: 'generateToken', integrationId: 1},
      'unknown-integration',
    );
  });
  it('allows generating again after a revoke', () => {
    const env = newEnv();
    const {s, iid, t1} = withApp(env);
    let x = step(s, {type: 'generateToken', integrationId: iid}, env).state;
    x = step(x, {type: 'acknowledgeReveal'}, env).state;
    x = step(x, {type: 'revokeToken', integrationId: iid, tokenId: t1}, env).state;
    expect(step(x, {type: 'generateToken', integrationId: iid}, env).result.ok).toBe(true);
  });
});

describe('reveal, copy, acknowledge', () => {
  it('copies while shown, forgets the secret on Close and Continue', () => {
    const env = newEnv();
    let s = step(initialState(), {type: 'createIntegration', displayName: 'A'}, env).state;
    const secret = revealedSecret(s)!.secret;
    s = step(s, {type: 'copySecret'}, env).state;
    expect(copiedToken(s)).toEqual({
      tokenId: revealedSecret(s)!.tokenId,
      integrationId: defined(s.integrations[0], 'integration').id,
      hint: secret.slice(-4),
    });
    s = step(s, {type: 'acknowledgeReveal'}, env).state;
    expect(revealedSecret(s)).toBeNull();
    expect(JSON.stringify(s)).not.toContain(secret);
    expectRefused(s, {type: 'acknowledgeReveal'}, 'no-reveal');
    expectRefused(s, {type: 'copySecret'}, 'no-reveal');
  });
  it('refuses to paste when nothing was copied', () => {
    const env = newEnv();
    const s = step(initialState(), {type: 'createIntegration', displayName: 'A'}, env).state;
    expectRefused(s, {type: 'pasteCopiedToken'}, 'nothing-copied');
  });
  it('pastes the newest copied token', () => {
    const env = newEnv();
    const {s, iid} = withApp(env);
    let x = step(s, {type: 'generateToken', integrationId: iid}, env).state;
    const t2 = revealedSecret(x)!.tokenId;
    x = step(x, {type: 'copySecret'}, env).state;
    x = step(x, {type: 'acknowledgeReveal'}, env).state;
    x = step(x, {type: 'pasteCopiedToken'}, env).state;
    expect(appTokenStatus(x)).toMatchObject({kind: 'valid', tokenId: t2});
  });
});

describe('setAppToken', () => {
  it('resolves a pasted value to its token, or unknown, or none', () => {
    const env = newEnv();
    const r = step(initialState(), {type: 'createIntegration', displayName: 'A'}, env);
    const o = ok<typeof r.result>(r.result);
    if (o.type !== 'integrationCreated') throw new Error();
    let s = step(r.state, {type: 'setAppToken', value: ` ${o.secret}\n`}, env).state;
    expect(appTokenStatus(s)).toEqual({
      kind: 'valid',
      tokenId: o.tokenId,
      integrationId: o.integration.id,
      hint: o.secret.slice(-4),
    });
    s = step(s, {type: 'setAppToken', value: 'sandbox_not_a_real_token_typo'}, env).state;
    expect(appTokenStatus(s)).toEqual({kind: 'unknown', hint: 'typo'});
    s = step(s, {type: 'setAppToken', value: '   '}, env).state;
    expect(appTokenStatus(s)).toEqual({kind: 'none'});
    expectRefused(s, {type: 'setAppToken', value: 'x'.repeat(201)}, 'invalid-value');
  });
  it('shows a revoked token as revoked', () => {
    const env = newEnv();
    const {s, iid, t1} = withApp(env);
    const x = step(s, {type: 'revokeToken', integrationId: iid, tokenId: t1}, env).state;
    expect(appTokenStatus(x)).toMatchObject({kind: 'revoked', tokenId: t1});
  });
});

describe('revokeToken', () => {
  it('revokes at once and refuses twice, unknown ids, and tokens of another integration', () => {
    const env = newEnv();
    const {s, iid, t1} = withApp(env);
    const r = step(s, {type: 'revokeToken', integrationId: iid, tokenId: t1}, env);
    expect(ok<typeof r.result>(r.result)).toMatchObject({type: 'tokenRevoked', tokenId: t1});
    expect(defined(tokenHistory(r.state, iid)[0], 'token').revokedAt).not.toBeNull();
    expect(defined(r.state.integrations[0], 'integration').updatedAt).toBeGreaterThan(
      defined(s.integrations[0], 'integration').updatedAt,
    );
    expectRefused(
      r.state,
      {type: 'revokeToken', integrationId: iid, tokenId: t1},
      'already-revoked',
    );
    expectRefused(
      r.state,
      {type: 'revokeToken', integrationId: iid, tokenId: 123},
      'unknown-token',
    );
    expectRefused(
      r.state,
      {type: 'revokeToken', integrationId: 5, tokenId: t1},
      'unknown-integration',
    );
    const other = step(r.state, {type: 'createIntegration', displayName: 'Other'}, env).state;
    const otherToken = other.tokens.find((t) => t.integrationId !== iid)!.id;
    expectRefused(
      other,
      {type: 'revokeToken', integrationId: iid, tokenId: otherToken},
      'unknown-token',
    );
  });
});

describe('pushRecords and tick', () => {
  it('loads into the token’s own schema and sets last used', () => {
    const env = newEnv();
    const {s, iid, t1} = withApp(env);
    const other = step(s, {type: 'createIntegration', displayName: 'Other'}, env);
    let x = step(other.state, {type: 'acknowledgeReveal'}, env).state;
    const r = step(x, {type: 'pushRecords', count: 3, table: 'orders'}, env);
    const o = ok<typeof r.result>(r.result);
    expect(o).toMatchObject({
      type: 'pushed',
      status: 201,
      body: {status: 'OK', message: 'Batch Accepted!'},
      recordIds: [1, 2, 3],
      tokenId: t1,
    });
    x = r.state;
    expect(tableRows(x, 'customer_records', 'orders').map((row) => row.id)).toEqual([1, 2, 3]);
    expect(x.destination.other).toBeUndefined();
    expect(defined(tokenHistory(x, iid)[0], 'token').lastUsedAt).toBe(x.app.lastResponse!.at);
    expect(x.app.lastResponse!.status).toBe(201);
    expect(counters(x)).toMatchObject({recordsLoaded: 3});
    // The log names the schema as a schema: the application's tables can share its name.
    expect(defined(x.log.at(-1), 'last log line').outcome).toBe(
      'Batch accepted: 3 records loaded into schema customer_records',
    );
    const t = step(x, {type: 'tick'}, env);
    expect(ok<typeof t.result>(t.result)).toMatchObject({status: 201});
    // Continuous traffic writes the integration's own events table; _sdc_rejected is always there.
    expect(defined(destinationSummary(t.state)[0], 'schema').tables.map((tb) => tb.table)).toEqual([
      'orders',
      'customer_records_events',
      '_sdc_rejected',
    ]);
  });

  it('refuses bad counts and table names', () => {
    const {s} = withApp(newEnv());
    for (const count of [0, -1, 1.5, 20001])
      expectRefused(s, {type: 'pushRecords', count}, 'invalid-count');
    for (const table of ['', '1abc', 'a b', 'x'.repeat(128)])
      expectRefused(s, {type: 'pushRecords', table}, 'invalid-table');
  });

  it('401s a revoked, unknown or missing token and queues the records', () => {
    const env = newEnv();
    const {s, iid, t1} = withApp(env);
    let x = step(s, {type: 'revokeToken', integrationId: iid, tokenId: t1}, env).state;
    const r = step(x, {type: 'pushRecords', count: 2}, env);
    expect(ok<typeof r.result>(r.result)).toMatchObject({
      status: 401,
      body: {status: 'ERROR', error: 'Not Authenticated.', errors: null},
      tokenId: t1,
    });
    x = step(r.state, {type: 'setAppToken', value: 'nope'}, env).state;
    const u = step(x, {type: 'pushRecords'}, env);
    expect(ok<typeof u.result>(u.result)).toMatchObject({status: 401, tokenId: 'unknown'});
    x = step(u.state, {type: 'setAppToken', value: ''}, env).state;
    const n = step(x, {type: 'pushRecords'}, env);
    expect(ok<typeof n.result>(n.result)).toMatchObject({status: 401, tokenId: null});
    // All blamed on the app's integration: the revoked token's, then the app's own. Three
    // requests of one table and origin are kept as one entry (a save stays small).
    expect(failedQueue(n.state)).toEqual({
      requests: 3,
      records: 4,
      entries: [
        {
          table: 'customer_records',
          records: 4,
          requests: 3,
          integrationId: iid,
          clientIds: [116078],
        },
      ],
    });
    // Nothing stored, so no id yet: a re-send numbers them in the table they go to.
    expect(recordPlacement(n.state).queued).toHaveLength(4);
    expect(r.result).toMatchObject({recordIds: []});
    expect(n.state.destination).toEqual({});
    expect(counters(n.state).byStatus['401']).toBe(3);
  });

  it('403s a valid token sent with another client_id, loading and queueing nothing', () => {
    const env = newEnv();
    const {s} = withApp(env);
    const x = step(s, {type: 'setAppClientId', clientId: 999}, env).state;
    const r = step(x, {type: 'pushRecords', count: 2}, env);
    expect(ok<typeof r.result>(r.result)).toMatchObject({
      status: 403,
      body: {
        status: 'ERROR',
        error: 'Forbidden',
        errors: {error: 'Access token is not associated with this client.'},
      },
      recordIds: [],
    });
    expect(r.state.destination).toEqual({});
    expect(r.state.failed).toEqual([]);
    expectRefused(x, {type: 'setAppClientId', clientId: 0}, 'invalid-client-id');
    expectRefused(x, {type: 'setAppClientId', clientId: 1.5}, 'invalid-client-id');
  });
});

describe('resendFailed', () => {
  it('delivers every queued record once, in order, with a valid token', () => {
    const env = newEnv();
    const {s, iid, t1} = withApp(env);
    let x = step(s, {type: 'generateToken', integrationId: iid}, env).state;
    const t2 = revealedSecret(x)!.tokenId;
    x = step(x, {type: 'copySecret'}, env).state;
    x = step(x, {type: 'acknowledgeReveal'}, env).state;
    x = step(x, {type: 'revokeToken', integrationId: iid, tokenId: t1}, env).state;
    x = step(x, {type: 'pushRecords', count: 2, table: 'a'}, env).state;
    x = step(x, {type: 'pushRecords', count: 1, table: 'b'}, env).state;
    expectRefused(x, {type: 'resendFailed'}, 'no-valid-token', /revoked.*3 records stay queued/);
    x = step(x, {type: 'pasteCopiedToken'}, env).state;
    // The records carry the client_id they were pushed with, whatever the app sends now.
    const other = step(x, {type: 'setAppClientId', clientId: 5}, env).state;
    const loaded = [
      {table: 'a', first: 1, count: 2},
      {table: 'b', first: 3, count: 1},
    ];
    expect(step(other, {type: 'resendFailed'}, env).result).toMatchObject({ok: true, loaded});
    const r = step(x, {type: 'resendFailed'}, env);
    expect(ok<typeof r.result>(r.result)).toMatchObject({
      type: 'resent',
      loaded,
      requests: 2,
      tokenId: t2,
    });
    expect(tableRows(r.state, 'customer_records', 'a').map((row) => row.id)).toEqual([1, 2]);
    expect(tableRows(r.state, 'customer_records', 'b').map((row) => row.id)).toEqual([3]);
    expect(r.state.failed).toEqual([]);
    expectRefused(r.state, {type: 'resendFailed'}, 'nothing-to-resend');
  });
  it('says why when the app has no token or an unknown one', () => {
    const env = newEnv();
    const {s} = withApp(env);
    let x = step(s, {type: 'setAppToken', value: 'wrong'}, env).state;
    x = step(x, {type: 'pushRecords'}, env).state;
    expectRefused(x, {type: 'resendFailed'}, 'no-valid-token', /unknown token/);
    x = step(x, {type: 'setAppToken', value: ''}, env).state;
    expectRefused(x, {type: 'resendFailed'}, 'no-valid-token', /no token/);
  });
});

describe('reset', () => {
  it('clears the sandbox but never reuses ids', () => {
    const env = newEnv();
    const {s, t1} = withApp(env);
    const x = step(s, {type: 'reset'}, env).state;
    expect(x.integrations).toEqual([]);
    expect(x.tokens).toEqual([]);
    expect(x.app.token).toBeNull();
    expect(requestLog(x)).toEqual([]);
    const y = step(x, {type: 'createIntegration', displayName: 'Customer Records'}, env);
    expect(y.result.ok && y.result.type === 'integrationCreated' && y.result.tokenId > t1).toBe(
      true,
    );
  });
});

describe('request log', () => {
  it('is bounded while counters stay exact', () => {
    const env = newEnv();
    let {s} = withApp(env);
    for (let i = 0; i < 1000; i++) s = applyEvent(s, {type: 'tick'}, env).state;
    const log = requestLog(s);
    expect(log.length).toBe(LOG_CAPACITY);
    expect(defined(log[0], 'newest line').seq).toBeGreaterThan(defined(log[1], 'older line').seq);
    expect(counters(s).byStatus['201']).toBe(1000);
    expect(s.log.length).toBe(LOG_CAPACITY);
  });
});
