import {describe, expect, it} from 'vitest';
import {handleRequest} from '../../../src/tokens/http';
import {initialState} from '../../../src/tokens/state';
import {requestLog, failedQueue} from '../../../src/tokens/selectors/traffic';
import {tableRows} from '../../support/sandbox-views';
import {activeTokens} from '../../../src/tokens/lookups';
import {applyEvent} from '../../../src/tokens/reducer';
import {revealedSecret} from '../../../src/tokens/selectors/tokens';
import {appTokenStatus} from '../../../src/tokens/ops/app';
import type {HttpRequest} from '../../../src/tokens/events';
import type {SandboxState} from '../../../src/tokens/model';
import {AUTH, deepFreeze, newEnv, step, withApp} from './helpers';
import {defined} from '../../support/defined';

const req = (
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = AUTH,
): HttpRequest => ({method, path, headers, body});

function call(s: SandboxState, r: HttpRequest, env = newEnv(11)) {
  return handleRequest(deepFreeze(s), r, env);
}

describe('Connect API', () => {
  it('GET /v4/sources lists Source objects', () => {
    const {s, iid} = withApp(newEnv());
    const r = call(s, req('GET', '/v4/sources'));
    expect(r.result.status).toBe(200);
    expect(r.result.body).toEqual([
      {
        id: iid,
        name: 'customer_records',
        display_name: 'Customer Records',
        type: 'import_api',
        stitch_client_id: 116078,
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
        updated_at: expect.any(String),
        paused_at: null,
        deleted_at: null,
        system_paused_at: null,
        schedule: null,
        properties: {},
        report_card: {type: 'import_api'},
      },
    ]);
    expect(requestLog(r.state)[0]).toMatchObject({
      via: 'connect',
      action: 'GET /v4/sources',
      status: 200,
    });
  });

  it('POST tokens returns the value once; GET tokens lists active ids only; third is 409', () => {
    const env = newEnv();
    const {s, iid, t1} = withApp(env);
    const p = call(s, req('POST', `/v4/sources/${iid}/tokens`), env);
    expect(p.result.status).toBe(200);
    const body = p.result.body as {id: number; access_token: string};
    expect(body.id).toBeGreaterThan(t1);
    expect(body.access_token).toMatch(/^sandbox_not_a_real_token_/);
    expect(revealedSecret(p.state)).toBeNull();
    const list = call(p.state, req('GET', `/v4/sources/${iid}/tokens`), env);
    expect(list.result).toEqual({
      status: 200,
      body: [
        {token_id: t1, created_at: expect.any(String)},
        {token_id: body.id, created_at: expect.any(String)},
      ],
    });
    expect(JSON.stringify(list.result)).not.toContain(body.access_token);
    const third = call(p.state, req('POST', `/v4/sources/${iid}/tokens`), env);
    expect(third.result.status).toBe(409);
    expect(third.result.body).toMatchObject({
      error: {type: 'conflict', message: expect.stringContaining('2 active tokens')},
    });
    expect(activeTokens(third.state, iid)).toHaveLength(2);
    expect(requestLog(third.state)[0]).toMatchObject({status: 409});
    // the returned value authenticates pushes
    const app = step(p.state, {type: 'setAppToken', value: body.access_token}, env).state;
    expect(appTokenStatus(app)).toMatchObject({kind: 'valid', tokenId: body.id});
  });

  it('DELETE revokes and returns the Source with a new updated_at; revoked tokens leave the list', () => {
    const env = newEnv();
    const {s, iid, t1} = withApp(env);
    const sources = call(s, req('GET', '/v4/sources'), env).result.body as {updated_at: string}[];
    const before = defined(sources[0], 'source').updated_at;
    const d = call(s, req('DELETE', `/v4/sources/${iid}/tokens/${t1}`), env);
    expect(d.result.status).toBe(200);
    expect(d.result.body).toMatchObject({id: iid, name: 'customer_records'});
    expect((d.result.body as {updated_at: string}).updated_at > before).toBe(true);
    expect(call(d.state, req('GET', `/v4/sources/${iid}/tokens`), env).result.body).toEqual([]);
    expect(call(d.state, req('DELETE', `/v4/sources/${iid}/tokens/${t1}`), env).result.status).toBe(
      404,
    );
  });

  it.each([
    ['GET', '/v4/sources/999/tokens', 404],
    ['POST', '/v4/sources/999/tokens', 404],
    ['DELETE', '/v4/sources/999/tokens/1', 404],
    ['GET', '/v4/sources/999', 404],
    ['GET', '/v3/sources', 404],
    ['GET', '/elsewhere', 404],
    // The spec: 400 for malformed paths or methods under /v4.
    ['GET', '/v4/nothing', 400],
    ['GET', '/v4', 400],
    ['GET', '/v4/sources/1/tokens/2/extra', 400],
    ['GET', '/v4/sources/1/other', 400],
    ['GET', '/v4/sources/abc/tokens', 400],
    ['DELETE', '/v4/sources/1/tokens/xyz', 400],
    ['GET', '/v4/sources/0/tokens', 400],
    ['PUT', '/v4/sources', 400],
    ['DELETE', '/v4/sources/1/tokens', 400],
    ['GET', '/v4/sources/1/tokens/2', 400],
  ])('%s %s -> %i', (method, path, status) => {
    const {s} = withApp(newEnv());
    const r = call(s, req(method, path));
    expect(r.result.status).toBe(status);
    expect(r.result.body).toMatchObject({error: {message: expect.any(String)}});
    expect(requestLog(r.state)[0]).toMatchObject({via: 'connect', status});
    expect(r.state.tokens).toBe(s.tokens);
  });

  it('400s a wrong method or an unknown /v4 route with a clear JSON error', () => {
    const {s} = withApp(newEnv());
    expect(call(s, req('PUT', '/v4/sources')).result).toEqual({
      status: 400,
      body: {
        error: {type: 'bad_request', message: 'PUT is not allowed on /v4/sources; use GET.'},
      },
    });
    expect(call(s, req('DELETE', '/v4/sources/1/tokens')).result.body).toEqual({
      error: {
        type: 'bad_request',
        message: 'DELETE is not allowed on /v4/sources/1/tokens; use GET or POST.',
      },
    });
    expect(call(s, req('GET', '/v4/nothing')).result.body).toEqual({
      error: {
        type: 'bad_request',
        message:
          'No Connect API route /v4/nothing: use /v4/sources, /v4/sources/{source_id}, /v4/sources/{source_id}/tokens or /v4/sources/{source_id}/tokens/{token_id}.',
      },
    });
  });

  it('404s an unknown token of a known source and keeps state', () => {
    const {s, iid} = withApp(newEnv());
    const r = call(s, req('DELETE', `/v4/sources/${iid}/tokens/12345`));
    expect(r.result.status).toBe(404);
    expect(r.state.tokens).toBe(s.tokens);
  });

  it('401s without a bearer header', () => {
    const {s} = withApp(newEnv());
    expect(call(s, req('GET', '/v4/sources', undefined, {})).result.status).toBe(401);
    expect(
      call(s, req('GET', '/v4/sources', undefined, {authorization: 'Basic abc'})).result.status,
    ).toBe(401);
    expect(
      call(s, req('GET', '/v4/sources', undefined, {authorization: 'bearer abc'})).result.status,
    ).toBe(200);
  });
});

describe('Import API push', () => {
  const rec = (table = 'orders', client_id = 116078, data: object = {id: 1}) => ({
    client_id,
    table_name: table,
    sequence: 1,
    data,
    key_names: ['id'],
    action: 'upsert',
  });

  function withSecret() {
    const env = newEnv();
    const r = applyEvent(
      initialState(),
      {type: 'createIntegration', displayName: 'Customer Records'},
      env,
    );
    if (!r.result.ok || r.result.type !== 'integrationCreated') throw new Error();
    return {
      s: r.state,
      env,
      secret: r.result.secret,
      tokenId: r.result.tokenId,
      iid: r.result.integration.id,
    };
  }

  it('201 loads the records with their data into the token’s schema', () => {
    const {s, env, secret, tokenId} = withSecret();
    const r = call(
      s,
      req(
        'POST',
        '/v2/import/push',
        [rec('orders', 116078, {id: 7, n: 'a'}), rec('people', 116078, {id: 8}), rec()],
        {Authorization: `Bearer ${secret}`},
      ),
      env,
    );
    expect(r.result).toEqual({status: 201, body: {status: 'OK', message: 'Batch Accepted!'}});
    // Each table numbers its own records; a new table starts above every id used so far.
    expect(tableRows(r.state, 'customer_records', 'orders')).toEqual([
      {id: 1, data: {id: 7, n: 'a'}},
      {id: 2, data: {id: 1}},
    ]);
    expect(tableRows(r.state, 'customer_records', 'people')).toEqual([{id: 2, data: {id: 8}}]);
    expect(r.state.tokens.find((t) => t.id === tokenId)!.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(requestLog(r.state))).not.toContain(secret);
  });

  it('accepts the body as a JSON string', () => {
    const {s, env, secret} = withSecret();
    expect(
      call(
        s,
        req('POST', '/v2/import/push', JSON.stringify([rec()]), {
          Authorization: `Bearer ${secret}`,
        }),
        env,
      ).result.status,
    ).toBe(201);
  });

  const EXPECTED = 'An array of records is expected';
  it.each([
    // The documented body (facts: not an array / malformed JSON / over 20,000 records);
    // the detail goes to the log outcome only.
    ['an object', {a: 1}, EXPECTED, 'Body is not an array'],
    ['malformed JSON', '[{"a":', EXPECTED, 'Malformed JSON'],
    [
      '20,001 records',
      Array.from({length: 20001}, () => rec()),
      EXPECTED,
      'Too many records: 20001 (at most 20000 per batch)',
    ],
    // The facts give no body for these: same shape, a specific message.
    ['an empty array', [], 'The array of records is empty', 'Empty batch'],
    [
      'a record whose data is not an object',
      [{client_id: 116078, table_name: 'x', data: [1]}],
      'Record 0: data must be an object',
      'Record 0: data must be an object',
    ],
    [
      'a bad table name',
      [rec('1x')],
      'Record 0: table_name is missing or invalid',
      'Record 0: table_name is missing or invalid',
    ],
    [
      'a bad client_id',
      [rec('x', -1)],
      'Record 0: client_id must be a positive integer',
      'Record 0: client_id must be a positive integer',
    ],
    [
      'a bad action',
      [{...rec(), action: 'delete'}],
      'Record 0: action must be "upsert"',
      'Record 0: action must be "upsert"',
    ],
  ])('400 for %s', (_n, body, message, outcome) => {
    const {s, env, secret} = withSecret();
    const r = call(
      s,
      req('POST', '/v2/import/push', body, {Authorization: `Bearer ${secret}`}),
      env,
    );
    expect(r.result).toEqual({status: 400, body: {status: 'ERROR', message}});
    expect(requestLog(r.state)[0]).toMatchObject({via: 'import', status: 400, outcome});
    expect(r.state.destination).toEqual({});
    expect(r.state.failed).toEqual([]);
  });

  it('accepts exactly 20,000 records', () => {
    const {s, env, secret} = withSecret();
    const r = call(
      s,
      req(
        'POST',
        '/v2/import/push',
        Array.from({length: 20000}, () => rec()),
        {Authorization: `Bearer ${secret}`},
      ),
      env,
    );
    expect(r.result.status).toBe(201);
    expect(tableRows(r.state, 'customer_records', 'orders')).toHaveLength(20000);
  });

  it('401 for a revoked, unknown or missing token; records queued', () => {
    const {s, env, secret, tokenId, iid} = withSecret();
    const revoked = step(s, {type: 'revokeToken', integrationId: iid, tokenId}, env).state;
    for (const headers of <Record<string, string>[]>[
      {Authorization: `Bearer ${secret}`},
      {Authorization: 'Bearer nope'},
      {},
    ]) {
      const r = call(revoked, req('POST', '/v2/import/push', [rec()], headers), env);
      expect(r.result).toEqual({
        status: 401,
        body: {status: 'ERROR', error: 'Not Authenticated.', errors: null},
      });
      expect(failedQueue(r.state).records).toBe(1);
      expect(r.state.destination).toEqual({});
    }
  });

  it('403 for a client mismatch', () => {
    const {s, env, secret} = withSecret();
    const r = call(
      s,
      req('POST', '/v2/import/push', [rec(), rec('orders', 1)], {
        Authorization: `Bearer ${secret}`,
      }),
      env,
    );
    expect(r.result).toEqual({
      status: 403,
      body: {
        status: 'ERROR',
        error: 'Forbidden',
        errors: {error: 'Access token is not associated with this client.'},
      },
    });
    expect(r.state.destination).toEqual({});
  });

  it('404 and 405 for other routes and methods', () => {
    const {s} = withSecret();
    expect(call(s, req('GET', '/v2/import/push')).result.status).toBe(405);
    expect(call(s, req('POST', '/v2/import/batch', [])).result.status).toBe(404);
  });
});

describe('one code path, two doors', () => {
  /** The domain state, leaving out what differs by door only: reveal, clipboard, log labels. */
  function domain(s: SandboxState) {
    return {
      integrations: s.integrations,
      tokens: s.tokens,
      revokedTokens: s.revokedTokens,
      rotations: s.rotations,
      destination: s.destination,
      failed: s.failed,
      counters: {...s.counters},
      next: [s.nextIntegrationId, s.nextTokenId, s.nextRecordId, s.nextLogSeq],
      log: requestLog(s).map((e) => [e.status, e.tokenId, e.integrationId]),
    };
  }

  it('generate, revoke and push give the same state through events or HTTP', () => {
    const envA = newEnv(5),
      envB = newEnv(5);
    const a0 = applyEvent(
      initialState(),
      {type: 'createIntegration', displayName: 'Customer Records'},
      envA,
    );
    const b0 = applyEvent(
      initialState(),
      {type: 'createIntegration', displayName: 'Customer Records'},
      envB,
    );
    if (!a0.result.ok || a0.result.type !== 'integrationCreated') throw new Error();
    const iid = a0.result.integration.id,
      t1 = a0.result.tokenId,
      secret = a0.result.secret;
    let a = step(a0.state, {type: 'acknowledgeReveal'}, envA).state;
    a = step(a, {type: 'setAppToken', value: secret}, envA).state;
    let b = step(b0.state, {type: 'acknowledgeReveal'}, envB).state;
    b = step(b, {type: 'setAppToken', value: secret}, envB).state;

    a = step(a, {type: 'generateToken', integrationId: iid}, envA).state;
    const gen = call(b, req('POST', `/v4/sources/${iid}/tokens`), envB);
    b = gen.state;
    expect((gen.result.body as {access_token: string}).access_token).toBe(
      revealedSecret(a)!.secret,
    );
    a = step(a, {type: 'acknowledgeReveal'}, envA).state;

    a = step(a, {type: 'pushRecords', count: 2, table: 'orders'}, envA).state;
    b = call(
      b,
      req(
        'POST',
        '/v2/import/push',
        [
          {client_id: 116078, table_name: 'orders', data: {id: 1}},
          {client_id: 116078, table_name: 'orders', data: {id: 2}},
        ],
        {Authorization: `Bearer ${secret}`},
      ),
      envB,
    ).state;

    a = step(a, {type: 'revokeToken', integrationId: iid, tokenId: t1}, envA).state;
    b = call(b, req('DELETE', `/v4/sources/${iid}/tokens/${t1}`), envB).state;

    a = step(a, {type: 'pushRecords', count: 1, table: 'orders'}, envA).state;
    b = call(
      b,
      req('POST', '/v2/import/push', [{client_id: 116078, table_name: 'orders', data: {id: 3}}], {
        Authorization: `Bearer ${secret}`,
      }),
      envB,
    ).state;

    const da = domain(a),
      db = domain(b);
    // Event pushes are synthetic rows; the HTTP ones carry data. Compare ids and shape.
    expect(tableRows(a, 'customer_records', 'orders').map((r) => r.id)).toEqual(
      tableRows(b, 'customer_records', 'orders').map((r) => r.id),
    );
    expect({...da, destination: null, failed: failedQueue(a).entries}).toEqual({
      ...db,
      destination: null,
      failed: failedQueue(b).entries,
    });
  });
});
