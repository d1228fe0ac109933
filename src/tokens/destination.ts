import {RECENT_ROWS} from './limits';
import type {Destination, JsonObject, QueuedRow, Table} from './model';

/** Own properties only: user names like `__proto__` must never read Object.prototype. */
export function own<T>(o: {readonly [key: string]: T}, key: string): T | undefined {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** The newest records of a request that carry data, by their place in it. */
export function newestRows(data: readonly JsonObject[] | null): QueuedRow[] {
  if (data === null) return [];
  const from = Math.max(0, data.length - RECENT_ROWS);
  return data.slice(from).map((d, i) => ({at: from + i, data: d}));
}

/** `rows` followed by `more`, whose places count on from `offset`; the newest kept. */
export function joinRows(
  rows: readonly QueuedRow[],
  offset: number,
  more: readonly QueuedRow[],
): readonly QueuedRow[] {
  if (more.length === 0) return rows;
  return [...rows, ...more.map((r) => ({at: offset + r.at, data: r.data}))].slice(-RECENT_ROWS);
}

/** Records to load into one table, in order: how many, and the newest ones' data. */
export interface Batch {
  readonly table: string;
  readonly count: number;
  readonly rows: readonly QueuedRow[];
}

/** Loads a batch into one table, numbered after its last record (new: `nextRecordId`). */
export function appendRows(
  dest: Destination,
  schema: string,
  b: Batch,
  nextRecordId: number,
): {destination: Destination; first: number} {
  const tables = own(dest, schema) ?? {};
  const prev = own(tables, b.table);
  const start = prev === undefined ? nextRecordId : prev.first + prev.total;
  const rows = b.rows.map((r) => ({id: start + r.at, data: r.data}));
  const next: Table = {
    first: prev?.first ?? nextRecordId,
    total: (prev?.total ?? 0) + b.count,
    recent: [...(prev?.recent ?? []), ...rows].slice(-RECENT_ROWS),
  };
  // Computed keys define own properties, even for a table or schema named `__proto__`.
  return {destination: {...dest, [schema]: {...tables, [b.table]: next}}, first: start};
}

/** Rows loaded into a schema, all tables together. */
export function schemaRows(dest: Destination, schema: string): number {
  return Object.values(own(dest, schema) ?? {}).reduce((n, t) => n + t.total, 0);
}
