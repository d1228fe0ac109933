/**
 * The sandbox API server as a command (`tsx scripts/sandbox-api-server.ts`): it prints what a
 * client needs on one line, answers exactly what `handleRequest` answers, and serves its test
 * hook only when asked to.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {customerRecords, serverEnv} from '../../../scripts/sandbox-api-server';
import {handleRequest} from '../../../src/tokens/http';
import type {HttpRequest} from '../../../src/tokens/events';

const SCRIPT = path.resolve(__dirname, '../../../scripts/sandbox-api-server.ts');

interface Started {
  readonly child: ChildProcess;
  readonly info: {
    port: number;
    baseUrl: string;
    sourceId: number;
    clientId: number;
    token: {id: number; value: string};
  };
}

function startCli(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    readline.createInterface({input: child.stdout!}).once('line', (line) => {
      resolve({child, info: JSON.parse(line) as Started['info']});
    });
  });
}

describe('scripts/sandbox-api-server.ts', () => {
  let server: Started;
  beforeAll(async () => {
    server = await startCli(['--seed', '3', '--test-hooks']);
  }, 30_000);
  afterAll(() => {
    server.child.kill('SIGTERM');
  });

  it('prints its address, the source, the client and the token on one JSON line', () => {
    const {scenario} = customerRecords(serverEnv(3));
    expect(server.info).toEqual({
      port: expect.any(Number),
      baseUrl: `http://127.0.0.1:${server.info.port}`,
      sourceId: scenario.sourceId,
      clientId: scenario.clientId,
      token: scenario.token,
    });
  });

  it('answers what handleRequest answers, on one state, and stages a race on request', async () => {
    const env = serverEnv(3);
    let state = customerRecords(env).state;
    const {baseUrl, sourceId, token} = server.info;
    const headers = {authorization: 'Bearer any'};
    const tokens = `/v4/sources/${sourceId}/tokens`;
    const expected = (req: HttpRequest) => {
      const step = handleRequest(state, req, env);
      state = step.state;
      return step.result;
    };
    const send = async (method: string, p: string, body?: unknown) => {
      const res = await fetch(baseUrl + p, {
        method,
        headers: body === undefined ? headers : {...headers, 'content-type': 'application/json'},
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {status: res.status, body: await res.json()};
    };

    expect(await send('GET', tokens)).toEqual(expected({method: 'GET', path: tokens, headers}));
    const push = [{client_id: 116078, table_name: 'orders', data: {id: 1}}];
    const pushHeaders = {authorization: `Bearer ${token.value}`};
    const pushed = await fetch(`${baseUrl}/v2/import/push`, {
      method: 'POST',
      headers: {...pushHeaders, 'content-type': 'application/json'},
      body: JSON.stringify(push),
    });
    expect({status: pushed.status, body: await pushed.json()}).toEqual(
      expected({
        method: 'POST',
        path: '/v2/import/push',
        headers: {...pushHeaders, 'content-type': 'application/json'},
        body: push,
      }),
    );

    // The hook: the next DELETE is handled twice, as if someone else revoked the token first.
    const hook = await fetch(`${baseUrl}/__sandbox/race-next-revoke`, {method: 'POST'});
    expect(hook.status).toBe(204);
    const revoke = `${tokens}/${token.id}`;
    expected({method: 'DELETE', path: revoke, headers});
    const raced = await send('DELETE', revoke);
    expect(raced.status).toBe(404);
    expect(raced).toEqual(expected({method: 'DELETE', path: revoke, headers}));
  });

  it('serves no hook unless started with --test-hooks', async () => {
    const plain = await startCli([]);
    try {
      const res = await fetch(`${plain.info.baseUrl}/__sandbox/race-next-revoke`, {
        method: 'POST',
      });
      expect(res.status).toBe(404);
    } finally {
      plain.child.kill('SIGTERM');
    }
  }, 30_000);
});
