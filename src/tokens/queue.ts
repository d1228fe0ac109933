import {appendRuns, runsTotal} from './runs';
import type {IdRun, JsonObject, QueueEntry} from './model';

/** What a queued request remembers of where it was headed. */
export interface QueueOrigin {
  readonly integrationId: number | null;
  readonly clientIds: readonly number[];
}

export interface QueueGroup {
  readonly table: string;
  readonly runs: readonly IdRun[];
  readonly data: readonly JsonObject[] | null;
  /** Requests this group starts (1, or 0 when it continues the previous group's request). */
  readonly requests: number;
}

function sameOrigin(a: QueueOrigin, b: QueueOrigin): boolean {
  return (
    a.integrationId === b.integrationId &&
    a.clientIds.length === b.clientIds.length &&
    a.clientIds.every((c, i) => c === b.clientIds[i])
  );
}

/**
 * Appends one group. A group of synthetic rows for the same table and origin as the last
 * entry joins it (its ids extend the entry's runs): continuous traffic that keeps failing
 * stays one entry, however long it runs.
 */
export function enqueue(
  queue: readonly QueueEntry[],
  g: QueueGroup,
  origin: QueueOrigin,
): QueueEntry[] {
  const last = queue[queue.length - 1];
  const total = runsTotal(g.runs);
  if (
    last !== undefined &&
    last.table === g.table &&
    last.data === null &&
    g.data === null &&
    sameOrigin(last, origin)
  ) {
    const merged: QueueEntry = {
      ...last,
      runs: appendRuns(last.runs, g.runs),
      total: last.total + total,
      requests: last.requests + g.requests,
    };
    return [...queue.slice(0, -1), merged];
  }
  const entry: QueueEntry = {
    table: g.table,
    runs: [...g.runs],
    total,
    data: g.data,
    integrationId: origin.integrationId,
    clientIds: origin.clientIds,
    requests: g.requests,
  };
  return [...queue, entry];
}

export function queuedRequests(queue: readonly QueueEntry[]): number {
  let n = 0;
  for (const e of queue) n += e.requests;
  return n;
}

export function queuedRecords(queue: readonly QueueEntry[]): number {
  let n = 0;
  for (const e of queue) n += e.total;
  return n;
}
