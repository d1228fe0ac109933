/**
 * Reading an Import API batch (push and validate share it). The documented answers: 400 for
 * a body that is not an array of records (malformed JSON, not an array, over 20,000
 * records), 422 when a record lacks a required field, 413 for a body over 4 MB.
 */
import {MAX_BATCH, TABLE_NAME_PATTERN} from '../limits';
import type {JsonObject} from '../model';
import type {RecordGroup} from '../ops/push';
import {isJsonObject} from './util';

/** Stitch refuses request bodies over 4 MB with 413. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

const ARRAY_EXPECTED = {status: 'ERROR', message: 'An array of records is expected'} as const;

export type ParsedBatch =
  | {readonly ok: true; readonly groups: RecordGroup[]; readonly clientIds: number[]}
  | {
      readonly ok: false;
      readonly status: 400 | 413 | 422;
      /** For the log: what exactly was wrong. */
      readonly message: string;
      readonly body: JsonObject;
    };

function fail(status: 400 | 413 | 422, message: string, body?: JsonObject): ParsedBatch {
  return {ok: false, status, message, body: body ?? {status: 'ERROR', message}};
}

/** A record's first problem: a missing required field (422) or a malformed one (400). */
function recordProblem(r: unknown): {status: 400 | 422; why: string} | null {
  if (!isJsonObject(r)) return {status: 400, why: 'not a JSON object'};
  for (const field of ['client_id', 'table_name', 'data'] as const) {
    if (r[field] === undefined) return {status: 422, why: `${field} is required`};
  }
  if (typeof r.client_id !== 'number' || !Number.isSafeInteger(r.client_id) || r.client_id <= 0)
    return {status: 400, why: 'client_id must be a positive integer'};
  if (typeof r.table_name !== 'string' || !TABLE_NAME_PATTERN.test(r.table_name))
    return {status: 400, why: 'table_name is missing or invalid'};
  if (!isJsonObject(r.data)) return {status: 400, why: 'data must be an object'};
  if (r.action !== undefined && r.action !== 'upsert')
    return {status: 400, why: 'action must be "upsert"'};
  if (r.sequence !== undefined && typeof r.sequence !== 'number')
    return {status: 400, why: 'sequence must be a number'};
  const keys = r.key_names;
  if (keys !== undefined && !(Array.isArray(keys) && keys.every((k) => typeof k === 'string')))
    return {status: 400, why: 'key_names must be an array of strings'};
  return null;
}

function sizeOf(raw: unknown): number {
  if (typeof raw === 'string') return new TextEncoder().encode(raw).length;
  try {
    return JSON.stringify(raw)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

export function parseBatch(raw: unknown): ParsedBatch {
  if (sizeOf(raw) > MAX_BODY_BYTES)
    return fail(413, 'Request body over 4 MB', {status: 'ERROR', message: 'Payload too large'});
  let body = raw;
  if (typeof raw === 'string') {
    try {
      body = JSON.parse(raw);
    } catch {
      return fail(400, 'Malformed JSON', ARRAY_EXPECTED);
    }
  }
  if (!Array.isArray(body)) return fail(400, 'Body is not an array', ARRAY_EXPECTED);
  if (body.length === 0)
    return fail(400, 'Empty batch', {status: 'ERROR', message: 'The array of records is empty'});
  if (body.length > MAX_BATCH) {
    // The documented body; the count goes to the log outcome only.
    const message = `Too many records: ${body.length} (at most ${MAX_BATCH} per batch)`;
    return fail(400, message, ARRAY_EXPECTED);
  }
  const groups: {table: string; count: number; data: JsonObject[]}[] = [];
  const clientIds = new Set<number>();
  for (let i = 0; i < body.length; i++) {
    const problem = recordProblem(body[i]);
    if (problem !== null) return fail(problem.status, `Record ${i}: ${problem.why}`);
    const r = body[i] as {client_id: number; table_name: string; data: JsonObject};
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
