import type {IdRun} from './model';

/** Appends ids `[first, first+count)`, merging with the last run when they continue it. */
export function appendRun(runs: readonly IdRun[], first: number, count: number): IdRun[] {
  if (count === 0) return [...runs];
  const last = runs[runs.length - 1];
  if (last !== undefined && last[0] + last[1] === first) {
    return [...runs.slice(0, -1), [last[0], last[1] + count]];
  }
  return [...runs, [first, count]];
}

export function appendRuns(runs: readonly IdRun[], more: readonly IdRun[]): IdRun[] {
  let out: IdRun[] = [...runs];
  for (const [first, count] of more) out = appendRun(out, first, count);
  return out;
}

export function runsTotal(runs: readonly IdRun[]): number {
  let n = 0;
  for (const r of runs) n += r[1];
  return n;
}

/** Every id, in order. Only for small runs (tests, outcomes of one request). */
export function idsOf(runs: readonly IdRun[]): number[] {
  const ids: number[] = [];
  for (const [first, count] of runs) for (let i = 0; i < count; i++) ids.push(first + i);
  return ids;
}

/** Runs of consecutive ids, as `[first, count]` pairs. */
export function runsOf(ids: readonly number[]): IdRun[] {
  let runs: IdRun[] = [];
  for (const id of ids) runs = appendRun(runs, id, 1);
  return runs;
}
