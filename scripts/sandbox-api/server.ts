/**
 * The sandbox's simulated Connect and Import APIs over HTTP, on loopback: one in-memory state,
 * and every request answered by `handleRequest` from `src/tokens/`, exactly. It is how the
 * snippets are known to work: tests run them against it. Not for production use: it keeps
 * what it received, and its test hooks let a test stage a race.
 */
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {randomBytes} from 'node:crypto';
import {handleRequest} from '../../src/tokens/http';
import {applyEvent} from '../../src/tokens/reducer';
import {seededEnv} from '../../src/tokens/random';
import {initialState} from '../../src/tokens/state';
import type {HttpRequest} from '../../src/tokens/events';
import type {Env, SandboxState} from '../../src/tokens/model';

/** What a client of the server needs: where it is, and the scenario's ids and token. */
export interface Scenario {
  readonly sourceId: number;
  readonly displayName: string;
  readonly clientId: number;
  readonly token: {readonly id: number; readonly value: string};
}

/** One Import API integration with one token, its reveal closed (as after the web app). */
export function customerRecords(env: Env): {state: SandboxState; scenario: Scenario} {
  const displayName = 'Customer Records';
  const created = applyEvent(initialState(), {type: 'createIntegration', displayName}, env);
  if (!created.result.ok || created.result.type !== 'integrationCreated')
    throw new Error('The scenario could not be set up');
  const {integration, tokenId, secret} = created.result;
  const state = applyEvent(created.state, {type: 'acknowledgeReveal'}, env).state;
  return {
    state,
    scenario: {
      sourceId: integration.id,
      displayName,
      clientId: integration.stitchClientId,
      token: {id: tokenId, value: secret},
    },
  };
}

/** A deterministic Env (seeded randomness, a clock that steps 1 s per read), or the real one. */
export function serverEnv(seed?: number): Env {
  if (seed !== undefined) return seededEnv(seed);
  return {now: () => Date.now(), random: () => randomBytes(4).readUInt32BE() / 2 ** 32};
}

export interface SandboxApiServer {
  readonly port: number;
  readonly baseUrl: string;
  readonly scenario: Scenario;
  /** The requests handled so far, as `handleRequest` got them (newest last). */
  readonly received: readonly HttpRequest[];
  /** The current state (for tests that compare it). */
  state(): SandboxState;
  /**
   * Test hook: the next token DELETE is handled twice, the first time as if someone else
   * revoked the same token a moment before, so the caller gets what the second one answers.
   */
  raceNextRevoke(): void;
  close(): Promise<void>;
}

export interface ServerOptions {
  readonly port?: number;
  readonly seed?: number;
  /** Serve `POST /__sandbox/race-next-revoke` (see `raceNextRevoke`). */
  readonly testHooks?: boolean;
}

const HOOK_PATH = '/__sandbox/race-next-revoke';
/** Requests kept for `received`. */
const MAX_RECEIVED = 1000;
/** The Import API refuses bodies over 4 MB (413); reading stops a little past that. */
const MAX_READ_BYTES = 4 * 1024 * 1024 + 1024;

function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_READ_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size === 0 ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A JSON body parsed; anything else as the raw text (the handler answers 400 for it). */
function parseBody(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function headersOf(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export async function startSandboxApiServer(
  options: ServerOptions = {},
): Promise<SandboxApiServer> {
  const env = serverEnv(options.seed);
  const setup = customerRecords(env);
  let state = setup.state;
  let raceArmed = false;
  const received: HttpRequest[] = [];

  const answer = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const text = await readBody(req);
    if (options.testHooks && req.url === HOOK_PATH && req.method === 'POST') {
      raceArmed = true;
      res.writeHead(204).end();
      return;
    }
    const request: HttpRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: headersOf(req),
      body: parseBody(text),
    };
    received.push(request);
    if (received.length > MAX_RECEIVED) received.shift();
    if (raceArmed && request.method.toUpperCase() === 'DELETE') {
      raceArmed = false;
      state = handleRequest(state, request, env).state;
    }
    const step = handleRequest(state, request, env);
    state = step.state;
    res.writeHead(step.result.status, {'Content-Type': 'application/json; charset=utf-8'});
    res.end(JSON.stringify(step.result.body));
  };

  const server = http.createServer((req, res) => {
    answer(req, res).catch((err: unknown) => {
      res.writeHead(500, {'Content-Type': 'text/plain'}).end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    scenario: setup.scenario,
    received,
    state: () => state,
    raceNextRevoke: () => {
      raceArmed = true;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
