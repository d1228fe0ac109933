import {RECENT_ROWS} from './state';
import {appendRuns, idsOf, runsTotal} from './runs';
import type {Destination, JsonObject, Row, RunList, Table} from './model';

/**
 * A property of `o` only if it is its own: schema and table names are user strings, and
 * words like `constructor`, `toString` or `__proto__` must never read Object.prototype.
 */
export function own<T>(o: {readonly [key: string]: T}, key: string): T | undefined {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

export function tableOf(dest: Destination, schema: string, table: string): Table | null {
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

/** The newest rows that carry data, at most RECENT_ROWS, oldest first. */
function keepRecent(
  recent: readonly Row[],
  runs: RunList | null,
  data: readonly JsonObject[] | null,
): readonly Row[] {
  if (data === null) return recent;
  // `data` is aligned with the ids of `runs`, in order.
  const rows = idsOf(runs)
    .slice(-RECENT_ROWS)
    .map((id, i, kept) => ({id, data: data[data.length - kept.length + i]!}));
  return [...recent, ...rows].slice(-RECENT_ROWS);
}

/** Loads records into one table of one schema; other schemas and tables are shared. */
export function appendRows(
  dest: Destination,
  schema: string,
  table: string,
  runs: RunList | null,
  data: readonly JsonObject[] | null,
): Destination {
  const tables = own(dest, schema) ?? {};
  const prev = own(tables, table);
  const next: Table = {
    runs: appendRuns(prev?.runs ?? null, runs),
    total: (prev?.total ?? 0) + runsTotal(runs),
    recent: keepRecent(prev?.recent ?? [], runs, data),
  };
  return withKey(dest, schema, withKey(tables, table, next));
}

/** Every row of a table, oldest first; rows whose data is no longer kept read as `{ id }`. */
export function rowsOf(t: Table | null): Row[] {
  if (t === null) return [];
  const data = new Map(t.recent.map((r) => [r.id, r.data]));
  return idsOf(t.runs).map((id) => ({id, data: data.get(id) ?? {id}}));
}

/** Rows loaded into a schema, all tables together. */
export function schemaRows(dest: Destination, schema: string): number {
  const tables = own(dest, schema);
  let n = 0;
  if (tables !== undefined) for (const t of Object.values(tables)) n += t.total;
  return n;
}
