/**
 * Simulated Import API: `POST /v2/import/push`, `POST /v2/import/validate` and
 * `GET /v2/import/status`. A push or validate is checked in this order: outage (503/504),
 * content type (415), size (413), body (400, or 422 for a missing field), token (401: a push
 * queues its records for re-send, a validate stores nothing), client_id (403). Checking the
 * body before the token means a 401 always has well-formed records to queue.
 *
 * Bodies as documented: 201 `{"status":"OK","message":"Batch Accepted!"}`, 200 for validate
 * `{"status":"OK","message":"Batch is valid!"}`, 400 `{"status":"ERROR","message":"An array
 * of records is expected"}` (the detail goes to the log outcome), 401 `{"status":"ERROR",
 * "error":"Not Authenticated.","errors":null}`, 403 `{…"error":"Forbidden"…}`. Where the
 * docs give no body (empty array, a bad record, 413, 415, 422, 503, 504): the same shape with
 * a specific message.
 */
import {clock, withLog} from '../log';
import {findTokenBySecret} from '../lookups';
import {logOutage} from '../ops/outage';
import {opPush, opValidate} from '../ops/push';
import {fingerprint} from '../secret';
import {refusals} from '../refusals';
import {recordRoom} from '../state';
import type {HttpRequest, HttpResponse, Step} from '../events';
import type {Env, JsonObject, SandboxState} from '../model';
import {parseBatch} from './import-body';
import {bearer, header, IMPORT_ROUTES, pathOf} from './util';

const JSON_TYPES = ['application/json', 'application/transit+json'];

/** Each route's log kind: its name in IMPORT_ROUTES. */
const KIND_OF = new Map<string, keyof typeof IMPORT_ROUTES>(
  Object.entries(IMPORT_ROUTES).map(([kind, path]) => [path, kind as keyof typeof IMPORT_ROUTES]),
);

/** Answers a request refused before it reaches a token (or a status check), and logs it. */
type Reply = (status: number, body: JsonObject, outcome: string) => Step<HttpResponse>;

const error = (message: string): JsonObject => ({status: 'ERROR', message});

/** Push or validate: the same body, token and checks; only what happens on success differs. */
function batch(
  s: SandboxState,
  env: Env,
  req: HttpRequest,
  validate: boolean,
  reply: Reply,
): Step<HttpResponse> {
  const type = header(req, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== undefined && !JSON_TYPES.includes(type)) {
    const message = `Content-Type ${type} is not supported: send application/json`;
    return reply(415, error(message), message);
  }
  const parsed = parseBatch(req.body);
  if (!parsed.ok) return reply(parsed.status, parsed.body, parsed.message);
  const secret = bearer(req);
  const token =
    secret === null
      ? null
      : {tokenId: findTokenBySecret(s, secret, fingerprint(secret))?.id ?? null};
  const input = {token, clientIds: parsed.clientIds, groups: parsed.groups};
  const count = parsed.groups.reduce((n, g) => n + g.count, 0);
  if (!validate && count > recordRoom(s)) {
    const message = refusals.sandboxFull('record ids').reason;
    return reply(400, error(message), message);
  }
  const {state, result} = validate
    ? opValidate(s, input, env, 'import')
    : opPush(s, input, env, 'import');
  return {state, result: {status: result.status, body: result.body}};
}

export function importApi(s: SandboxState, req: HttpRequest, env: Env): Step<HttpResponse> {
  const path = pathOf(req);
  const method = req.method.toUpperCase();
  const action = `${method} ${path}`;
  const kind = KIND_OF.get(path);
  const reply: Reply = (status, body, outcome) => {
    const state = withLog(s, clock(s, env), {
      via: 'import',
      kind: kind ?? 'other',
      action,
      tokenId: null,
      integrationId: null,
      status,
      outcome,
      records: 0,
    });
    return {state, result: {status, body}};
  };
  if (kind === undefined) return reply(404, error(`No Import API route ${path}`), 'Unknown route');
  const allowed = kind === 'status' ? 'GET' : 'POST';
  if (method !== allowed) {
    const message = `${method} is not allowed; use ${allowed}`;
    return reply(405, error(message), 'Method not allowed');
  }
  if (s.outage) {
    const o = logOutage(s, clock(s, env), {kind, action, tokenId: null, records: 0});
    return {state: o.state, result: {status: o.status, body: o.body}};
  }
  if (kind === 'status') return reply(200, {status: 'OK'}, 'The Import API is up');
  return batch(s, env, req, kind === 'validate', reply);
}
