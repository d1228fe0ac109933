/** Reading an Import API batch, as push and validate share it: 400, 413 or 422 when refused. */
import * as v from 'valibot';
import {MAX_BATCH, TABLE_NAME_PATTERN} from '../limits';
import type {JsonObject} from '../model';
import {isJsonObject} from './util';

/** Stitch refuses request bodies over 4 MB with 413. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

const ARRAY_EXPECTED = 'An array of records is expected';

/** A refused body: `message` for the log, `shown` in the answer (the docs' words if any). */
function fail(status: 400 | 413 | 422, message: string, shown = message) {
  return {ok: false, status, message, shown} as const;
}

/** Fields a record cannot lack (422, checked first); the schema then reads each (400). */
const REQUIRED = ['client_id', 'table_name', 'data'] as const;

const CLIENT_ID = 'client_id must be a positive integer';
const TABLE_NAME = 'table_name is missing or invalid';
const KEY_NAMES = 'key_names must be an array of strings';
/** A record's fields in the order they are checked: the first problem is the answer. */
const RECORD = v.object({
  client_id: v.pipe(v.number(CLIENT_ID), v.safeInteger(CLIENT_ID), v.minValue(1, CLIENT_ID)),
  table_name: v.pipe(v.string(TABLE_NAME), v.regex(TABLE_NAME_PATTERN, TABLE_NAME)),
  data: v.custom<JsonObject>(isJsonObject, 'data must be an object'),
  action: v.optional(v.literal('upsert', 'action must be "upsert"')),
  sequence: v.optional(v.number('sequence must be a number')),
  key_names: v.optional(v.array(v.string(KEY_NAMES), KEY_NAMES)),
});

/** A record, or its first problem: a missing required field (422) or a malformed one (400). */
function readRecord(r: unknown): v.InferOutput<typeof RECORD> | {status: 400 | 422; why: string} {
  if (!isJsonObject(r)) return {status: 400, why: 'not a JSON object'};
  const missing = REQUIRED.find((field) => r[field] === undefined);
  if (missing !== undefined) return {status: 422, why: `${missing} is required`};
  const read = v.safeParse(RECORD, r, {abortEarly: true});
  return read.success ? read.output : {status: 400, why: read.issues[0].message};
}

function sizeOf(raw: unknown): number {
  if (typeof raw === 'string') return new TextEncoder().encode(raw).length;
  try {
    return JSON.stringify(raw)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

export function parseBatch(raw: unknown) {
  if (sizeOf(raw) > MAX_BODY_BYTES) return fail(413, 'Request body over 4 MB', 'Payload too large');
  let body = raw;
  if (typeof raw === 'string') {
    try {
      body = JSON.parse(raw);
    } catch {
      return fail(400, 'Malformed JSON', ARRAY_EXPECTED);
    }
  }
  if (!Array.isArray(body)) return fail(400, 'Body is not an array', ARRAY_EXPECTED);
  if (body.length === 0) return fail(400, 'Empty batch', 'The array of records is empty');
  if (body.length > MAX_BATCH) {
    // The documented body; the count goes to the log outcome only.
    const message = `Too many records: ${body.length} (at most ${MAX_BATCH} per batch)`;
    return fail(400, message, ARRAY_EXPECTED);
  }
  const groups: {table: string; count: number; data: JsonObject[]}[] = [];
  const clientIds = new Set<number>();
  for (const [i, item] of body.entries()) {
    const r = readRecord(item);
    if ('why' in r) return fail(r.status, `Record ${i}: ${r.why}`);
    clientIds.add(r.client_id);
    const last = groups[groups.length - 1];
    if (last !== undefined && last.table === r.table_name) {
      last.count++;
      last.data.push(r.data);
    } else {
      groups.push({table: r.table_name, count: 1, data: [r.data]});
    }
  }
  return {ok: true, groups, clientIds: [...clientIds]} as const;
}
