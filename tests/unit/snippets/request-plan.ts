/**
 * The requests the snippet tests send, planned on a mirror of the local server: the same
 * scenario, the same seed, the same requests in the same order, so the mirror knows what
 * `handleRequest` answers to each (and the id of the token a run creates) before any
 * snippet runs.
 */
import fc from 'fast-check';
import {customerRecords, serverEnv} from '../../../scripts/sandbox-api-server';
import {handleRequest} from '../../../src/tokens/http';
import {snippetModel} from '../../../src/tokens/snippets/model';
import {importRecord, requests} from '../../support/snippet-requests';
import type {HttpRequest, HttpResponse} from '../../../src/tokens/events';
import type {JsonObject} from '../../../src/tokens/model';
import {hostileString} from './tools';

export const SEED = 20210812;
/** Any value will do: the sandbox accepts any Connect bearer token. */
export const CONNECT_TOKEN = 'connect-token-for-tests';

export interface PlannedRun {
  readonly name: string;
  readonly request: HttpRequest;
  /** What the server must receive: the request as sent, with its headers. */
  readonly sent: HttpRequest;
  /** What `handleRequest` answers to `sent` at this point of the sequence. */
  readonly response: HttpResponse;
}

/**
 * Records whose strings are hostile: keys and values of `data`, and with `hostileTables` some
 * table names too (the Import API refuses those: 400).
 */
const hostileRecords = (clientId: number, hostileTables: boolean) =>
  fc
    .array(fc.tuple(hostileString, hostileString, fc.boolean()), {minLength: 3, maxLength: 8})
    .map((items) =>
      items.map(([key, value, validTable], i) =>
        importRecord({
          clientId,
          tableName: validTable || !hostileTables ? 'customers' : value,
          data: Object.fromEntries([
            ['id', i + 1],
            [key, value],
          ]) as JsonObject,
        }),
      ),
    );

function requestsToRun(sourceId: number, clientId: number, createdId: () => number) {
  const record = importRecord({clientId, tableName: 'customers', data: {id: 1, name: 'Ada'}});
  const [hostileA] = fc.sample(hostileRecords(clientId, false), {numRuns: 1, seed: SEED});
  const [hostileB] = fc.sample(hostileRecords(clientId, true), {numRuns: 1, seed: SEED + 1});
  return [
    {name: 'Import API status', request: () => requests.importStatus()},
    {name: 'list sources', request: () => requests.listSources()},
    {name: 'list token ids', request: () => requests.listTokens(sourceId)},
    {name: 'create a token', request: () => requests.createToken(sourceId)},
    {
      name: 'revoke the token just created',
      request: () => requests.revokeToken(sourceId, createdId()),
    },
    {name: 'list token ids of an unknown source (404)', request: () => requests.listTokens(999999)},
    {
      name: 'list token ids, source id typed as text (400)',
      request: () => requests.listTokens(`O'Brien $(touch x) & "co"`),
    },
    {name: 'validate a record', request: () => requests.validate([record])},
    {name: 'push a record', request: () => requests.push([record])},
    {
      name: 'push with a client_id of another client (403)',
      request: () => requests.push([{...record, client_id: clientId + 1}]),
    },
    {name: 'push records with hostile data', request: () => requests.push(hostileA!)},
    {
      name: 'push records with hostile data and table names (400)',
      request: () => requests.push(hostileB!),
    },
  ];
}

/** The request as a snippet sends it: the wire path, the env's token, JSON as a value. */
function sentOf(request: HttpRequest, importToken: string): HttpRequest {
  const m = snippetModel(request);
  const headers: Record<string, string> = {};
  if (m.token !== null) {
    const value = m.token.name === 'STITCH_CONNECT_TOKEN' ? CONNECT_TOKEN : importToken;
    headers.authorization = `Bearer ${value}`;
  }
  if (m.body !== null) headers['content-type'] = 'application/json';
  const body = m.body === null ? undefined : m.body.kind === 'json' ? m.body.value : m.body.text;
  return {method: m.method, path: m.path, headers, body};
}

/** Every run, in order, with what the server will answer (the server starts from `SEED`). */
export function planRuns(): {runs: PlannedRun[]; importToken: string; secrets: string[]} {
  const env = serverEnv(SEED);
  const setup = customerRecords(env);
  let state = setup.state;
  let created: number | null = null;
  const secrets = [setup.scenario.token.value];
  const importToken = setup.scenario.token.value;
  const planned = requestsToRun(setup.scenario.sourceId, setup.scenario.clientId, () => {
    if (created === null) throw new Error('No token was created before the revoke');
    return created;
  });
  const runs = planned.map(({name, request}) => {
    const req = request();
    const sent = sentOf(req, importToken);
    const step = handleRequest(state, sent, env);
    state = step.state;
    const body = step.result.body as {id?: number; access_token?: string} | null;
    if (typeof body?.access_token === 'string') {
      created = body.id ?? null;
      secrets.push(body.access_token);
    }
    return {name, request: req, sent, response: step.result};
  });
  return {runs, importToken, secrets};
}
