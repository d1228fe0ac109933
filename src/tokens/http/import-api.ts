/**
 * Simulated Import API. Checks in order: outage (503/504), content type (415), size (413), body
 * (400, or 422 for a missing field), token (401), client_id (403); the body comes before the
 * token so a 401 always has well-formed records to queue. The 200, 201, 400, 401 and 403 bodies
 * are Stitch's documented ones; the others keep that shape with a message of ours.
 */
import {clock} from '../log';
import {findTokenBySecret} from '../lookups';
import {logOutage} from '../ops/outage';
import {opPush, opValidate} from '../ops/push';
import {fingerprint} from '../secret';
import {refusals} from '../refusals';
import {recordRoom} from '../state';
import type {HttpRequest, HttpResponse, Step} from '../events';
import type {Env, JsonObject, SandboxState} from '../model';
import {parseBatch} from './import-body';
import {loggedReply} from './reply';
import {bearer, header, IMPORT_ROUTES, pathOf} from './util';

const JSON_TYPES = ['application/json', 'application/transit+json'];
/** Each route's log kind: its name in IMPORT_ROUTES. */
const IMPORT_KINDS = Object.keys(IMPORT_ROUTES) as (keyof typeof IMPORT_ROUTES)[];

export function importApi(s: SandboxState, req: HttpRequest, env: Env): Step<HttpResponse> {
  const path = pathOf(req);
  const method = req.method.toUpperCase();
  const action = `${method} ${path}`;
  const kind = IMPORT_KINDS.find((k) => IMPORT_ROUTES[k] === path);
  const reply = (status: number, body: JsonObject, outcome: string) =>
    loggedReply(s, env, {
      via: 'import',
      kind: kind ?? 'other',
      action,
      tokenId: null,
      integrationId: null,
      status,
      outcome,
      body,
    });
  // A request refused before it reaches a token: logged with `outcome`, `message` shown.
  const fail = (status: number, message: string, outcome = message) =>
    reply(status, {status: 'ERROR', message}, outcome);
  if (kind === undefined) return fail(404, `No Import API route ${path}`, 'Unknown route');
  const allowed = kind === 'status' ? 'GET' : 'POST';
  if (method !== allowed)
    return fail(405, `${method} is not allowed; use ${allowed}`, 'Method not allowed');
  if (s.outage) {
    const o = logOutage(s, clock(s, env), {kind, action, tokenId: null, records: 0});
    return {state: o.state, result: {status: o.status, body: o.body}};
  }
  if (kind === 'status') return reply(200, {status: 'OK'}, 'The Import API is up');
  // Push or validate: the same body, token and checks; only what happens on success differs.
  const type = header(req, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== undefined && !JSON_TYPES.includes(type))
    return fail(415, `Content-Type ${type} is not supported: send application/json`);
  const parsed = parseBatch(req.body);
  if (!parsed.ok) return fail(parsed.status, parsed.shown, parsed.message);
  const secret = bearer(req);
  const token =
    secret === null
      ? null
      : {tokenId: findTokenBySecret(s, secret, fingerprint(secret))?.id ?? null};
  const input = {token, clientIds: parsed.clientIds, groups: parsed.groups};
  const count = parsed.groups.reduce((n, g) => n + g.count, 0);
  if (kind === 'push' && count > recordRoom(s))
    return fail(400, refusals.sandboxFull('record ids').reason);
  const {state, result} = kind === 'validate' ? opValidate(s, input, env) : opPush(s, input, env);
  return {state, result: {status: result.status, body: result.body}};
}
