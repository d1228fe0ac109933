import type {Destination, JsonObject, QueueBatch, RowBatch} from './types';

/** One loaded record as selectors return it. Synthetic rows read back as `{ id }`. */
export interface Row {
  readonly id: number;
  readonly data: JsonObject;
}

export function appendRows(
  dest: Destination,
  schema: string,
  table: string,
  ids: readonly number[],
  data: readonly JsonObject[] | null,
): Destination {
  const tables = dest[schema] ?? {};
  const prev = tables[table] ?? null;
  const batch: RowBatch = {ids, data, prev, total: (prev?.total ?? 0) + ids.length};
  // Only the touched schema's table map is copied; other schemas are shared.
  return {...dest, [schema]: {...tables, [table]: batch}};
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

export function enqueue(
  queue: QueueBatch | null,
  table: string,
  ids: readonly number[],
  data: readonly JsonObject[] | null,
  newRequest: boolean,
): QueueBatch {
  return {
    table,
    ids,
    data,
    prev: queue,
    total: (queue?.total ?? 0) + ids.length,
    requests: (queue?.requests ?? 0) + (newRequest ? 1 : 0),
  };
}
