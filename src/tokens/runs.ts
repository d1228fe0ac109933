import type {IdRun, RunList} from './model';

/*
 * Record ids as runs of consecutive ids, kept as a persistent list (newest run first) so an
 * append is O(1) however many runs a table holds: a push never copies a table.
 */

/** Appends ids `[first, first+count)`, joining the newest run when they continue it. */
export function appendRun(list: RunList | null, first: number, count: number): RunList {
  if (list !== null && list.first + list.count === first)
    return {first: list.first, count: list.count + count, prev: list.prev};
  return {first, count, prev: list};
}

/** Runs oldest first. */
export function runsOf(list: RunList | null): IdRun[] {
  const out: IdRun[] = [];
  for (let r = list; r !== null; r = r.prev) out.push([r.first, r.count]);
  return out.reverse();
}

export function listOf(runs: readonly IdRun[]): RunList | null {
  let list: RunList | null = null;
  for (const [first, count] of runs) list = appendRun(list, first, count);
  return list;
}

export function appendRuns(list: RunList | null, more: RunList | null): RunList | null {
  let out = list;
  for (const [first, count] of runsOf(more)) out = appendRun(out, first, count);
  return out;
}

export function runsTotal(list: RunList | null): number {
  let n = 0;
  for (let r = list; r !== null; r = r.prev) n += r.count;
  return n;
}

/** Every id, oldest first. Only for small lists (tests, outcomes of one request). */
export function idsOf(list: RunList | null): number[] {
  const ids: number[] = [];
  for (const [first, count] of runsOf(list)) for (let i = 0; i < count; i++) ids.push(first + i);
  return ids;
}

/** Whether `id` is in one of the runs. */
export function holds(list: RunList | null, id: number): boolean {
  for (let r = list; r !== null; r = r.prev)
    if (id >= r.first && id < r.first + r.count) return true;
  return false;
}
