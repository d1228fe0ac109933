/**
 * Simulated Import API push. Checks run in this order: body shape (400), token (401),
 * client_id (403). Validating the body first means a 401 always has well-formed records to
 * queue for re-sending.
 *
 * Bodies as in the facts: 201 `{"status":"OK","message":"Batch Accepted!"}`; 400
 * `{"status":"ERROR","message":"An array of records is expected"}` for a body that is not an
 * array, malformed JSON or over 20,000 records (the detail is in the log outcome only); 401
 * `{"status":"ERROR","error":"Not Authenticated.","errors":null}`; 403 `{"status":"ERROR",
 * "error":"Forbidden","errors":{"error":"Access token is not associated with this client."}}`.
 * The facts give no body for an empty array or a bad record: the same 400 shape with a
 * specific message.
 */
import {findTokenByFingerprint, opPush, withLog, type RecordGroup} from './ops';
import {bearer, isJsonObject, pathOf} from './http-util';
import {MAX_BATCH, TABLE_NAME_PATTERN} from './state';
import {fingerprint} from './secret';
import type {Env, HttpRequest, HttpStep, JsonObject, SandboxState} from './types';

const ARRAY_EXPECTED = {status: 'ERROR', message: 'An array of records is expected'} as const;

type Parsed =
  | {ok: true; groups: RecordGroup[]; clientIds: number[]}
  | {ok: false; message: string; body: JsonObject};

function parse(raw: unknown): Parsed {
  let body = raw;
  if (typeof raw === 'string') {
    try {
      body = JSON.parse(raw);
    } catch {
      return {ok: false, message: 'Malformed JSON', body: ARRAY_EXPECTED};
    }
  }
  if (!Array.isArray(body))
    return {ok: false, message: 'Body is not an array', body: ARRAY_EXPECTED};
  if (body.length === 0) {
    return {
      ok: false,
      message: 'Empty batch',
      body: {status: 'ERROR', message: 'The array of records is empty'},
    };
  }
  if (body.length > MAX_BATCH) {
    // The documented body; the count goes to the log outcome only.
    const message = `Too many records: ${body.length} (at most ${MAX_BATCH} per batch)`;
    return {ok: false, message, body: ARRAY_EXPECTED};
  }
  const groups: {table: string; count: number; data: JsonObject[]}[] = [];
  const clientIds = new Set<number>();
  for (let i = 0; i < body.length; i++) {
    const r: unknown = body[i];
    const bad = (why: string): Parsed => {
      const message = `Record ${i}: ${why}`;
      return {ok: false, message, body: {status: 'ERROR', message}};
    };
    if (!isJsonObject(r)) return bad('not a JSON object');
    if (typeof r.client_id !== 'number' || !Number.isSafeInteger(r.client_id) || r.client_id <= 0) {
      return bad('client_id must be a positive integer');
    }
    if (typeof r.table_name !== 'string' || !TABLE_NAME_PATTERN.test(r.table_name))
      return bad('table_name is missing or invalid');
    if (!isJsonObject(r.data)) return bad('data must be an object');
    if (r.action !== undefined && r.action !== 'upsert') return bad('action must be "upsert"');
    if (r.sequence !== undefined && typeof r.sequence !== 'number')
      return bad('sequence must be a number');
    if (
      r.key_names !== undefined &&
      !(Array.isArray(r.key_names) && r.key_names.every((k) => typeof k === 'string'))
    ) {
      return bad('key_names must be an array of strings');
    }
    clientIds.add(r.client_id);
    const last = groups[groups.length - 1];
    if (last !== undefined && last.table === r.table_name) {
      last.count++;
      last.data.push(r.data);
    } else {
      groups.push({table: r.table_name, count: 1, data: [r.data]});
    }
  }
  return {ok: true, groups, clientIds: [...clientIds]};
}

export function importApi(s: SandboxState, req: HttpRequest, env: Env): HttpStep {
  const path = pathOf(req);
  const method = req.method.toUpperCase();
  const reject = (status: number, body: JsonObject, outcome: string): HttpStep => ({
    state: withLog(s, env.now(), {
      via: 'import',
      action: `${method} ${path}`,
      tokenId: null,
      integrationId: null,
      status,
      outcome,
      records: 0,
    }),
    response: {status, body},
  });
  if (path !== '/v2/import/push') {
    return reject(404, {status: 'ERROR', message: `No Import API route ${path}`}, 'Unknown route');
  }
  if (method !== 'POST') {
    return reject(
      405,
      {status: 'ERROR', message: `${method} is not allowed; use POST`},
      'Method not allowed',
    );
  }
  const parsed = parse(req.body);
  if (!parsed.ok) return reject(400, parsed.body, parsed.message);
  const secret = bearer(req);
  const token =
    secret === null
      ? null
      : {tokenId: findTokenByFingerprint(s, secret, fingerprint(secret))?.id ?? null};
  const {state, result} = opPush(
    s,
    {token, clientIds: parsed.clientIds, groups: parsed.groups},
    env,
    'import',
  );
  return {state, response: {status: result.status, body: result.body}};
}
