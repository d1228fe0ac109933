import {appendRuns, runsTotal} from './runs';
import type {JsonObject, QueueEntry, RunList} from './model';

/** What a queued request remembers of where it was headed. */
export interface QueueOrigin {
  readonly integrationId: number | null;
  readonly clientIds: readonly number[];
}

export interface QueueGroup {
  readonly table: string;
  readonly runs: RunList;
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
 * Appends one group. Synthetic rows join the entry of the same table and origin wherever it
 * is: a re-send delivers a whole entry into its table in id order, which is the order the
 * records were sent in, so nothing observable changes, and the queue's size is bounded by
 * its tables and origins instead of growing with every failed push.
 */
export function enqueue(
  queue: readonly QueueEntry[],
  g: QueueGroup,
  origin: QueueOrigin,
): QueueEntry[] {
  const total = runsTotal(g.runs);
  const i =
    g.data === null
      ? queue.findIndex((e) => e.table === g.table && e.data === null && sameOrigin(e, origin))
      : -1;
  if (i >= 0) {
    const e = queue[i]!;
    const merged: QueueEntry = {
      ...e,
      runs: appendRuns(e.runs, g.runs)!,
      total: e.total + total,
      requests: e.requests + g.requests,
    };
    return queue.map((x, k) => (k === i ? merged : x));
  }
  const entry: QueueEntry = {
    table: g.table,
    runs: g.runs,
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
