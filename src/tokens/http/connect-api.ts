/**
 * Simulated Connect API (v4) for Import API sources and their tokens.
 *
 * Status codes where the facts are silent, chosen and kept stable:
 * - 401 when the request has no `Authorization: Bearer …` header (any bearer value is accepted:
 *   the sandbox has one account and no real Connect credentials);
 * - 400 for a malformed path or method (the spec's rule): an unknown route under /v4, an id
 *   that is not a positive integer, or a method the route does not take;
 * - 404 for an unknown source or token on a valid route (a revoked token is gone from the
 *   list, so revoking it again is 404 as well), and for a path outside /v4;
 * - 409 Conflict for a third active token.
 */
import {clock, withLog} from '../log';
import {activeTokens, findIntegration} from '../lookups';
import {opGenerateToken} from '../ops/generate';
import {opRevokeToken} from '../ops/revoke';
import {bearer, iso, pathOf} from './util';
import type {HttpRequest, HttpResponse, RefusalCode, Step} from '../events';
import type {Env, Integration, JsonValue, LogKind, SandboxState} from '../model';

export function sourceObject(i: Integration): JsonValue {
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

function error(status: number, type: string, message: string): HttpResponse {
  return {status, body: {error: {type, message}}};
}

const STATUS_OF: Partial<Record<RefusalCode, [number, string]>> = {
  'unknown-integration': [404, 'not_found'],
  'unknown-token': [404, 'not_found'],
  'already-revoked': [404, 'not_found'],
  'token-limit': [409, 'conflict'],
  'sandbox-full': [409, 'conflict'],
};

type Route =
  | {kind: 'sources'}
  | {kind: 'source'; sourceId: number}
  | {kind: 'tokens'; sourceId: number}
  | {kind: 'token'; sourceId: number; tokenId: number}
  | {kind: 'malformed'; message: string}
  | {kind: 'none'};

const ID = /^[1-9]\d*$/;
/** Ids are JSON numbers: anything past 2^53 would be rounded (`9999999999999999` → 1e16). */
const MAX_PATH_ID = Number.MAX_SAFE_INTEGER;

/**
 * A path id as the router reads it. Exported so a console can flag a bad field before
 * sending, with the very message the API would answer.
 */
export function parsePathId(
  text: string,
  what: 'source' | 'token',
): {ok: true; id: number} | {ok: false; reason: string} {
  if (text === '') return {ok: false, reason: `Enter a ${what} id: a positive integer.`};
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  if (!ID.test(text))
    return {ok: false, reason: `"${shown}" is not a ${what} id: use a positive integer.`};
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id > MAX_PATH_ID) {
    return {
      ok: false,
      reason: `"${shown}" is larger than any ${what} id (at most ${MAX_PATH_ID}).`,
    };
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

const ALLOWED: Record<Exclude<Route['kind'], 'malformed' | 'none'>, readonly string[]> = {
  sources: ['GET'],
  source: ['GET'],
  tokens: ['GET', 'POST'],
  token: ['DELETE'],
};

/** How a Connect request answers: a logged failure, or a logged 200 with a body. */
interface Reply {
  fail(res: HttpResponse, tokenId?: number | null): Step<HttpResponse>;
  ok(body: JsonValue, outcome: string): Step<HttpResponse>;
}

function replies(
  s: SandboxState,
  env: Env,
  action: string,
  kind: LogKind,
  sourceId: number | null,
): Reply {
  const logged = (res: HttpResponse, entry: {tokenId: number | null; outcome: string}) => ({
    state: withLog(s, clock(s, env), {
      via: 'connect',
      kind,
      action,
      integrationId: sourceId !== null && findIntegration(s, sourceId) ? sourceId : null,
      status: res.status,
      records: 0,
      ...entry,
    }),
    result: res,
  });
  return {
    fail: (res, tokenId = null) =>
      logged(res, {tokenId, outcome: (res.body as {error: {message: string}}).error.message}),
    ok: (body, outcome) => logged({status: 200, body}, {tokenId: null, outcome}),
  };
}

/** A refused operation as its HTTP error. */
function refusal(code: RefusalCode, reason: string): HttpResponse {
  const [status, type] = STATUS_OF[code] ?? [400, 'bad_request'];
  return error(status, type, reason);
}

/** GET lists a source's active tokens; POST generates one (the only time its value shows). */
function tokensRoute(
  s: SandboxState,
  source: Integration,
  method: string,
  env: Env,
  reply: Reply,
): Step<HttpResponse> {
  if (method === 'GET') {
    const list = activeTokens(s, source.id).map((t) => ({
      token_id: t.id,
      created_at: iso(t.createdAt),
    }));
    return reply.ok(list, `${list.length} active token(s) listed`);
  }
  const {state, result} = opGenerateToken(s, source.id, env, 'connect');
  if (!result.ok) return reply.fail(refusal(result.code, result.reason));
  return {state, result: {status: 200, body: {id: result.tokenId, access_token: result.secret}}};
}

export function connectApi(s: SandboxState, req: HttpRequest, env: Env): Step<HttpResponse> {
  const path = pathOf(req);
  const method = req.method.toUpperCase();
  const r = route(path);
  const sourceId =
    r.kind === 'source' || r.kind === 'tokens' || r.kind === 'token' ? r.sourceId : null;
  const kind: LogKind =
    r.kind === 'tokens' && method === 'POST'
      ? 'generate'
      : r.kind === 'token' && method === 'DELETE'
        ? 'revoke'
        : method === 'GET'
          ? 'read'
          : 'other';
  const reply = replies(s, env, `${method} ${path}`, kind, sourceId);
  const {fail, ok} = reply;

  if (r.kind === 'none') return fail(error(404, 'not_found', `No Connect API route ${path}.`));
  if (r.kind === 'malformed') return fail(error(400, 'bad_request', r.message));
  if (!ALLOWED[r.kind].includes(method)) {
    return fail(
      error(
        400,
        'bad_request',
        `${method} is not allowed on ${path}; use ${ALLOWED[r.kind].join(' or ')}.`,
      ),
    );
  }
  if (bearer(req) === null) {
    return fail(error(401, 'unauthorized', 'Send "Authorization: Bearer <CONNECT_ACCESS_TOKEN>".'));
  }
  if (r.kind === 'sources') {
    return ok(s.integrations.map(sourceObject), `${s.integrations.length} source(s) listed`);
  }
  const source = findIntegration(s, r.sourceId);
  if (source === undefined)
    return fail(error(404, 'not_found', `There is no source with id ${r.sourceId}.`));
  switch (r.kind) {
    case 'source':
      return ok(sourceObject(source), `Source ${source.id} read`);
    case 'tokens':
      return tokensRoute(s, source, method, env, reply);
    case 'token': {
      const {state, result} = opRevokeToken(s, source.id, r.tokenId, env, 'connect');
      if (!result.ok) return fail(refusal(result.code, result.reason), r.tokenId);
      return {state, result: {status: 200, body: sourceObject(result.integration)}};
    }
    default: {
      const unreachable: never = r;
      return unreachable;
    }
  }
}
