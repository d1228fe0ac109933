import {joinRows, type Batch} from './destination';
import type {QueueEntry} from './model';

/** What a queued request remembers of where it was headed. */
type QueueOrigin = Pick<QueueEntry, 'integrationId' | 'clientIds'>;

function sameOrigin(a: QueueOrigin, b: QueueOrigin): boolean {
  return (
    a.integrationId === b.integrationId &&
    a.clientIds.length === b.clientIds.length &&
    a.clientIds.every((c, i) => c === b.clientIds[i])
  );
}

/**
 * Into the entry of its table and origin (`requests`: 1 if the batch starts its request): a
 * re-send keeps the records' order, and the queue is bounded by its tables and origins instead
 * of growing with every failed push.
 */
export function enqueue(
  queue: readonly QueueEntry[],
  b: Batch,
  requests: number,
  origin: QueueOrigin,
): QueueEntry[] {
  const e = queue.find((x) => x.table === b.table && sameOrigin(x, origin));
  if (e !== undefined) {
    const merged: QueueEntry = {
      ...e,
      total: e.total + b.count,
      recent: joinRows(e.recent, e.total, b.rows),
      requests: e.requests + requests,
    };
    return queue.map((x) => (x === e ? merged : x));
  }
  const entry: QueueEntry = {
    table: b.table,
    total: b.count,
    recent: b.rows,
    integrationId: origin.integrationId,
    clientIds: origin.clientIds,
    requests,
  };
  return [...queue, entry];
}

/** Requests waiting in the queue: all of them, or one integration's. */
export function queuedRequests(queue: readonly QueueEntry[], integrationId?: number): number {
  const counted = (e: QueueEntry) =>
    integrationId === undefined || e.integrationId === integrationId;
  return queue.reduce((n, e) => (counted(e) ? n + e.requests : n), 0);
}

export function queuedRecords(queue: readonly QueueEntry[]): number {
  return queue.reduce((n, e) => n + e.total, 0);
}
