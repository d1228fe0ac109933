import type {Destination, JsonObject, QueueBatch, RowBatch} from './types';

/** One loaded record as selectors return it. Synthetic rows read back as `{ id }`. */
export interface Row {
  readonly id: number;
  readonly data: JsonObject;
}

/**
 * A property of `o` only if it is its own: schema and table names are user strings, and
 * words like `constructor`, `toString` or `__proto__` must never read Object.prototype.
 */
export function own<T>(o: {readonly [key: string]: T}, key: string): T | undefined {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** The newest batch of one table, or null. */
export function tableOf(dest: Destination, schema: string, table: string): RowBatch | null {
  const tables = own(dest, schema);
  return (tables === undefined ? undefined : own(tables, table)) ?? null;
}

/**
 * Sets `o[key]` as an own data property on a copy. Computed keys in a literal always define
 * own properties (even `__proto__`), unlike assignment, which would set the prototype.
 */
function withKey<T>(o: {readonly [key: string]: T}, key: string, value: T): {[key: string]: T} {
  return {...o, [key]: value};
}

export function appendRows(
  dest: Destination,
  schema: string,
  table: string,
  ids: readonly number[],
  data: readonly JsonObject[] | null,
): Destination {
  const tables = own(dest, schema) ?? {};
  const prev = own(tables, table) ?? null;
  const batch: RowBatch = {ids, data, prev, total: (prev?.total ?? 0) + ids.length};
  // Only the touched schema's table map is copied; other schemas are shared.
  return withKey(dest, schema, withKey(tables, table, batch));
}

/** Batches oldest first. */
export function batchesOf<B extends {readonly prev: B | null}>(newest: B | null): B[] {
  const out: B[] = [];
  for (let b = newest; b !== null; b = b.prev) out.push(b);
  return out.reverse();
}

export function rowsOf(newest: RowBatch | null): Row[] {
  const rows: Row[] = [];
  for (const b of batchesOf(newest)) {
    b.ids.forEach((id, i) => rows.push({id, data: b.data?.[i] ?? {id}}));
  }
  return rows;
}

/** What a queued batch remembers of the request it belongs to. */
export interface QueueOrigin {
  readonly integrationId: number | null;
  readonly clientIds: readonly number[];
}

export function enqueue(
  queue: QueueBatch | null,
  table: string,
  ids: readonly number[],
  data: readonly JsonObject[] | null,
  newRequest: boolean,
  origin: QueueOrigin,
): QueueBatch {
  return {
    table,
    ids,
    data,
    integrationId: origin.integrationId,
    clientIds: origin.clientIds,
    prev: queue,
    total: (queue?.total ?? 0) + ids.length,
    requests: (queue?.requests ?? 0) + (newRequest ? 1 : 0),
  };
}

/** Whether this batch opens a request (a request of mixed tables spans several batches). */
export function opensRequest(b: QueueBatch): boolean {
  return b.requests - (b.prev?.requests ?? 0) === 1;
}
