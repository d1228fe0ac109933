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
import {opPush, opValidate, PUSH_ACTION, VALIDATE_ACTION} from '../ops/push';
import {fingerprint} from '../secret';
import {refusals} from '../refusals';
import {recordRoom} from '../state';
import type {HttpRequest, HttpResponse, Step} from '../events';
import type {Env, JsonObject, LogKind, SandboxState} from '../model';
import {parseBatch} from './import-body';
import {bearer, header, IMPORT_ROUTES, pathOf} from './util';

const JSON_TYPES = ['application/json', 'application/transit+json'];

const KIND_OF: Record<string, LogKind> = {
  [IMPORT_ROUTES.push]: 'push',
  [IMPORT_ROUTES.validate]: 'validate',
  [IMPORT_ROUTES.status]: 'status',
};

function reject(
  s: SandboxState,
  env: Env,
  req: HttpRequest,
  status: number,
  body: JsonObject,
  outcome: string,
): Step<HttpResponse> {
  const state = withLog(s, clock(s, env), {
    via: 'import',
    kind: KIND_OF[pathOf(req)] ?? 'other',
    action: `${req.method.toUpperCase()} ${pathOf(req)}`,
    tokenId: null,
    integrationId: null,
    status,
    outcome,
    records: 0,
  });
  return {state, result: {status, body}};
}

function status(s: SandboxState, env: Env, req: HttpRequest): Step<HttpResponse> {
  const now = clock(s, env);
  if (s.outage) {
    const o = logOutage(s, now, {
      kind: 'status',
      action: `GET ${IMPORT_ROUTES.status}`,
      tokenId: null,
      records: 0,
    });
    return {state: o.state, result: {status: o.status, body: o.body}};
  }
  const state = withLog(s, now, {
    via: 'import',
    kind: 'status',
    action: `${req.method.toUpperCase()} ${IMPORT_ROUTES.status}`,
    tokenId: null,
    integrationId: null,
    status: 200,
    outcome: 'The Import API is up',
    records: 0,
  });
  return {state, result: {status: 200, body: {status: 'OK'}}};
}

/** Push or validate: the same body, token and checks; only what happens on success differs. */
function batch(s: SandboxState, env: Env, req: HttpRequest, validate: boolean): Step<HttpResponse> {
  const action = validate ? VALIDATE_ACTION : PUSH_ACTION;
  if (s.outage) {
    const kind = validate ? 'validate' : 'push';
    const o = logOutage(s, clock(s, env), {kind, action, tokenId: null, records: 0});
    return {state: o.state, result: {status: o.status, body: o.body}};
  }
  const type = header(req, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== undefined && !JSON_TYPES.includes(type)) {
    const message = `Content-Type ${type} is not supported: send application/json`;
    return reject(s, env, req, 415, {status: 'ERROR', message}, message);
  }
  const parsed = parseBatch(req.body);
  if (!parsed.ok) return reject(s, env, req, parsed.status, parsed.body, parsed.message);
  const secret = bearer(req);
  const token =
    secret === null
      ? null
      : {tokenId: findTokenBySecret(s, secret, fingerprint(secret))?.id ?? null};
  const input = {token, clientIds: parsed.clientIds, groups: parsed.groups};
  const count = parsed.groups.reduce((n, g) => n + g.count, 0);
  if (!validate && count > recordRoom(s)) {
    const message = refusals.sandboxFull('record ids').reason;
    return reject(s, env, req, 400, {status: 'ERROR', message}, message);
  }
  const {state, result} = validate
    ? opValidate(s, input, env, 'import')
    : opPush(s, input, env, 'import');
  return {state, result: {status: result.status, body: result.body}};
}

export function importApi(s: SandboxState, req: HttpRequest, env: Env): Step<HttpResponse> {
  const path = pathOf(req);
  const method = req.method.toUpperCase();
  const allowed = path === IMPORT_ROUTES.status ? 'GET' : 'POST';
  if (!(Object.values(IMPORT_ROUTES) as string[]).includes(path)) {
    return reject(
      s,
      env,
      req,
      404,
      {status: 'ERROR', message: `No Import API route ${path}`},
      'Unknown route',
    );
  }
  if (method !== allowed) {
    const message = `${method} is not allowed; use ${allowed}`;
    return reject(s, env, req, 405, {status: 'ERROR', message}, 'Method not allowed');
  }
  if (path === IMPORT_ROUTES.status) return status(s, env, req);
  return batch(s, env, req, path === IMPORT_ROUTES.validate);
}
