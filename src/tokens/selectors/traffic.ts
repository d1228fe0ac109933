/** The request log, the counters, the timeline and the failed-request queue. */
import {isUnavailable} from '../ops/outage';
import {resendPlan} from '../ops/resend';
import {queuedRecords, queuedRequests} from '../queue';
import type {LogEntry, SandboxState} from '../model';

/** Newest first, at most LOG_CAPACITY entries. */
export function requestLog(s: SandboxState): LogEntry[] {
  return [...s.log].reverse();
}

export function counters(s: SandboxState) {
  return {
    ...s.counters,
    /** status code (as a string key) -> count */
    byStatus: Object.fromEntries(s.counters.byStatus.map((x) => [String(x.status), x.count])),
  };
}

export type TimelinePoint = ReturnType<typeof timeline>[number];

/** Oldest first, for a chart of requests over time by token. */
export function timeline(s: SandboxState) {
  return s.log.map((e) => ({
    seq: e.seq,
    at: e.at,
    via: e.via,
    tokenId: e.tokenId,
    status: e.status,
    ok: e.status < 300,
    /** Failed with 503/504: the application retries it by itself (a 401 waits for a re-send). */
    retried: isUnavailable(e.status),
    records: e.records,
  }));
}

export function failedQueue(s: SandboxState) {
  return {
    requests: queuedRequests(s.failed),
    records: queuedRecords(s.failed),
    /** Oldest first; a re-send delivers them only with a token of `integrationId` (null: none). */
    entries: s.failed.map(({total, recent: _recent, ...e}) => ({...e, records: total})),
  };
}

/** What "Re-send failed requests" would do now, for the button and the line beside it. */
export function resendReadiness(s: SandboxState) {
  const plan = resendPlan(s);
  if (!plan.ok)
    return plan.code === 'nothing-to-resend'
      ? {kind: 'nothing' as const}
      : {kind: 'blocked' as const, reason: plan.reason};
  return {
    kind: 'ready' as const,
    requests: queuedRequests(plan.send),
    records: queuedRecords(plan.send),
    tokenId: plan.token.id,
    schema: plan.integration.schema,
  };
}

/** The newest re-send still in the log: its time and what it said. */
export function lastResend(s: SandboxState): LogEntry | null {
  return [...s.log].reverse().find((e) => e.kind === 'resend') ?? null;
}
