/**
 * Simulated Connect API (v4). Where the facts give no status code, ours are chosen and kept
 * stable: 401 without a bearer header (any value is accepted: one account, no real
 * credentials); 400 for an unknown /v4 route, an id that is not a positive integer, or a method
 * the route does not take; 404 for an unknown source or token (a second revoke too) and outside
 * /v4; 409 for a third active token.
 */
import {activeTokens, findIntegration} from '../lookups';
import {opGenerateToken} from '../ops/generate';
import {opRevokeToken} from '../ops/revoke';
import {own} from '../destination';
import {loggedReply} from './reply';
import {bearer, iso, pathOf} from './util';
import type {HttpRequest, HttpResponse, Refusal, RefusalCode, Step} from '../events';
import type {Env, Integration, JsonValue, LogKind, SandboxState} from '../model';

function sourceObject(i: Integration): JsonValue {
  return {
    id: i.id,
    name: i.schema,
    display_name: i.displayName,
    type: 'import_api',
    stitch_client_id: i.stitchClientId,
    created_at: iso(i.createdAt),
    updated_at: iso(i.updatedAt),
    paused_at: null,
    deleted_at: null,
    system_paused_at: null,
    // The facts list these fields but not their contents for an Import API source.
    schedule: null,
    properties: {},
    report_card: {type: 'import_api'},
  };
}

type Route =
  | {kind: 'sources'}
  | {kind: 'source'; sourceId: number}
  | {kind: 'tokens'; sourceId: number}
  | {kind: 'token'; sourceId: number; tokenId: number}
  | {kind: 'malformed'; message: string}
  | {kind: 'none'};

const ID = /^[1-9]\d*$/;

/** A path id as the router reads it; a console flags a bad field with the API's own words. */
export function parsePathId(
  text: string,
  what: 'source' | 'token',
): {ok: true; id: number} | {ok: false; reason: string} {
  if (text === '') return {ok: false, reason: `Enter a ${what} id: a positive integer.`};
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  if (!ID.test(text))
    return {ok: false, reason: `"${shown}" is not a ${what} id: use a positive integer.`};
  const id = Number(text);
  // Ids are JSON numbers: anything past 2^53 would be rounded (`9999999999999999` → 1e16).
  if (!Number.isSafeInteger(id)) {
    const max = Number.MAX_SAFE_INTEGER;
    return {ok: false, reason: `"${shown}" is larger than any ${what} id (at most ${max}).`};
  }
  return {ok: true, id};
}

const ROUTES =
  '/v4/sources, /v4/sources/{source_id}, /v4/sources/{source_id}/tokens or /v4/sources/{source_id}/tokens/{token_id}';

function route(path: string): Route {
  const seg = path.split('/').slice(1);
  const [v4, sources, sourceText = '', tokens, tokenText = ''] = seg;
  if (v4 !== 'v4') return {kind: 'none'};
  const unknown: Route = {
    kind: 'malformed',
    message: `No Connect API route ${path}: use ${ROUTES}.`,
  };
  if (sources !== 'sources') return unknown;
  if (seg.length === 2) return {kind: 'sources'};
  if (seg.length > 5 || (seg.length >= 4 && tokens !== 'tokens')) return unknown;
  const source = parsePathId(sourceText, 'source');
  if (!source.ok) return {kind: 'malformed', message: source.reason};
  const sourceId = source.id;
  if (seg.length === 3) return {kind: 'source', sourceId};
  if (seg.length === 4) return {kind: 'tokens', sourceId};
  const token = parsePathId(tokenText, 'token');
  if (!token.ok) return {kind: 'malformed', message: token.reason};
  return {kind: 'token', sourceId, tokenId: token.id};
}

/** The methods each route takes, with the log kind of each (none before a route is found). */
const METHODS: Record<Route['kind'], {readonly [method: string]: LogKind}> = {
  sources: {GET: 'read'},
  source: {GET: 'read'},
  tokens: {GET: 'read', POST: 'generate'},
  token: {DELETE: 'revoke'},
  malformed: {},
  none: {},
};

/** Each error status with its `error.type`. */
const ERROR_TYPE = {400: 'bad_request', 401: 'unauthorized', 404: 'not_found', 409: 'conflict'};

/** A refused operation's HTTP status; any other refusal is a 400. */
const STATUS_OF: Partial<Record<RefusalCode, keyof typeof ERROR_TYPE>> = {
  'unknown-integration': 404,
  'unknown-token': 404,
  'already-revoked': 404,
  'token-limit': 409,
  'sandbox-full': 409,
};

export function connectApi(s: SandboxState, req: HttpRequest, env: Env): Step<HttpResponse> {
  const path = pathOf(req);
  const method = req.method.toUpperCase();
  // What the log shows as the action: the request line, whichever op it reaches.
  const door = {via: 'connect', request: `${method} ${path}`} as const;
  const r = route(path);
  const sourceId = 'sourceId' in r ? r.sourceId : null;
  const kind = own(METHODS[r.kind], method) ?? (method === 'GET' ? 'read' : 'other');
  const reply = (status: number, body: JsonValue, outcome: string, tokenId: number | null = null) =>
    loggedReply(s, env, {
      via: 'connect',
      kind,
      action: door.request,
      tokenId,
      integrationId: sourceId !== null && findIntegration(s, sourceId) ? sourceId : null,
      status,
      outcome,
      body,
    });
  const fail = (status: keyof typeof ERROR_TYPE, message: string, tokenId: number | null = null) =>
    reply(status, {error: {type: ERROR_TYPE[status], message}}, message, tokenId);
  const ok = (body: JsonValue, outcome: string) => reply(200, body, outcome);
  const refused = (x: Refusal, tokenId?: number) =>
    fail(STATUS_OF[x.code] ?? 400, x.reason, tokenId);

  if (r.kind === 'none') return fail(404, `No Connect API route ${path}.`);
  if (r.kind === 'malformed') return fail(400, r.message);
  const allowed = Object.keys(METHODS[r.kind]);
  if (!allowed.includes(method))
    return fail(400, `${method} is not allowed on ${path}; use ${allowed.join(' or ')}.`);
  if (bearer(req) === null)
    return fail(401, 'Send "Authorization: Bearer <CONNECT_ACCESS_TOKEN>".');
  if (r.kind === 'sources')
    return ok(s.integrations.map(sourceObject), `${s.integrations.length} source(s) listed`);
  const source = findIntegration(s, r.sourceId);
  if (source === undefined) return fail(404, `There is no source with id ${r.sourceId}.`);
  if (r.kind === 'source') return ok(sourceObject(source), `Source ${source.id} read`);
  if (r.kind === 'token') {
    const target = {integrationId: source.id, tokenId: r.tokenId};
    const {state, result} = opRevokeToken(s, target, env, door);
    if (!result.ok) return refused(result, r.tokenId);
    // The source as revoking left it: its `updated_at` moved.
    return {state, result: {status: 200, body: sourceObject(findIntegration(state, source.id)!)}};
  }
  // Only the token list is left; a new route kind fails to compile here.
  r.kind satisfies 'tokens';
  if (method === 'GET') {
    const list = activeTokens(s, source.id).map((t) => ({
      token_id: t.id,
      created_at: iso(t.createdAt),
    }));
    return ok(list, `${list.length} active token(s) listed`);
  }
  // POST tokens: the only time a token's value shows.
  const {state, result} = opGenerateToken(s, source.id, env, door);
  if (!result.ok) return refused(result);
  return {state, result: {status: 200, body: {id: result.tokenId, access_token: result.secret}}};
}
