/**
 * `npx tsx scripts/sandbox-api-server.ts [--port N] [--seed N] [--test-hooks]`: the sandbox's
 * Connect and Import APIs on loopback, answered by `handleRequest` from one in-memory state, for
 * the snippets' tests. Prints one JSON line: port, baseUrl, sourceId, clientId, token {id, value}.
 */
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {parseArgs, promisify} from 'node:util';
import type {HttpRequest} from '../src/tokens/events';
import {browserEnv} from '../src/components/SandboxStore/browser';
import {EXAMPLE_NAMES} from '../src/tokens/drills';
import {handleRequest} from '../src/tokens/http';
import {MAX_BODY_BYTES} from '../src/tokens/http/import-body';
import type {Env} from '../src/tokens/model';
import {seededEnv} from '../src/tokens/random';
import {applyEvent} from '../src/tokens/reducer';
import {initialState} from '../src/tokens/state';
import {runAsCli, wholeNumber} from './run-cli';

/** One Import API integration with one token, its reveal closed (as after the web app). */
export function customerRecords(env: Env) {
  const event = {type: 'createIntegration', displayName: EXAMPLE_NAMES.first} as const;
  const created = applyEvent(initialState(), event, env);
  if (!created.result.ok || created.result.type !== 'integrationCreated')
    throw new Error('The scenario could not be set up');
  const {integration, tokenId, secret} = created.result;
  return {
    state: applyEvent(created.state, {type: 'acknowledgeReveal'}, env).state,
    scenario: {
      sourceId: integration.id,
      clientId: integration.stitchClientId,
      token: {id: tokenId, value: secret},
    },
  };
}

/** A seeded Env (the clock steps 1 s per read), or the real one the web app uses. */
export const serverEnv = (seed?: number): Env =>
  seed !== undefined ? seededEnv(seed) : browserEnv;

export type SandboxApiServer = Awaited<ReturnType<typeof startSandboxApiServer>>;

const HOOK_PATH = '/__sandbox/race-next-revoke';
const MAX_RECEIVED = 1000;
/** The Import API refuses bodies over 4 MB (413); reading stops a little past that. */
const MAX_READ_BYTES = MAX_BODY_BYTES + 1024;

/** The body parsed as JSON; anything else as the raw text (the handler answers 400 for it). */
async function readBody(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_READ_BYTES) chunks.push(chunk);
  }
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function startSandboxApiServer(
  options: {port?: number; seed?: number; testHooks?: boolean} = {},
) {
  const env = serverEnv(options.seed);
  const setup = customerRecords(env);
  let state = setup.state;
  let raceArmed = false;
  const received: HttpRequest[] = [];

  const answer = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const body = await readBody(req);
    if (options.testHooks && req.url === HOOK_PATH && req.method === 'POST') {
      raceArmed = true;
      return void res.writeHead(204).end();
    }
    const request: HttpRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([name, v]) => [name, Array.isArray(v) ? v.join(', ') : v]),
      ) as Record<string, string>,
      body,
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
  const {port} = server.address() as AddressInfo;
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    scenario: setup.scenario,
    /** The requests handled so far, as `handleRequest` got them (newest last). */
    received: received as readonly HttpRequest[],
    /** The next token DELETE is handled twice, as if someone else revoked it a moment before. */
    raceNextRevoke: () => void (raceArmed = true),
    close: () => {
      server.closeAllConnections();
      return promisify(server.close.bind(server))();
    },
  };
}

async function main(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {
      port: {type: 'string', default: '0'},
      seed: {type: 'string'},
      'test-hooks': {type: 'boolean', default: false},
    },
  });
  const server = await startSandboxApiServer({
    port: wholeNumber(values.port, '--port', 0),
    seed: values.seed === undefined ? undefined : wholeNumber(values.seed, '--seed', 0),
    testHooks: values['test-hooks'],
  });
  const {port, baseUrl, scenario} = server;
  console.log(JSON.stringify({port, baseUrl, ...scenario}));
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

runAsCli(__filename, main);
