import type {Counters, LogEntry, LogRing} from './types';

/** The log shows at most this many entries; counters stay exact. */
export const LOG_CAPACITY = 200;

export const emptyLog: LogRing = {cur: [], prev: []};

/**
 * Two chunks of LOG_CAPACITY: an append copies only the current chunk, and when it is full
 * it becomes `prev` and the oldest chunk is dropped. Cheap per event, bounded in memory.
 */
export function appendLog(log: LogRing, entry: LogEntry): LogRing {
  if (log.cur.length < LOG_CAPACITY) return {cur: [...log.cur, entry], prev: log.prev};
  return {cur: [entry], prev: log.cur};
}

/** Newest first, at most LOG_CAPACITY. */
export function logEntries(log: LogRing): LogEntry[] {
  const all = [...log.prev, ...log.cur];
  return all.slice(Math.max(0, all.length - LOG_CAPACITY)).reverse();
}

export const emptyCounters: Counters = {total: 0, ok: 0, failed: 0, byStatus: [], recordsLoaded: 0};

export function count(c: Counters, status: number, recordsLoaded: number): Counters {
  const ok = status >= 200 && status < 300;
  return {
    total: c.total + 1,
    ok: c.ok + (ok ? 1 : 0),
    failed: c.failed + (ok ? 0 : 1),
    byStatus: c.byStatus.some((x) => x.status === status)
      ? c.byStatus.map((x) => (x.status === status ? {status, count: x.count + 1} : x))
      : [...c.byStatus, {status, count: 1}],
    recordsLoaded: c.recordsLoaded + recordsLoaded,
  };
}
