/** The request log, the counters, the timeline and the failed-request queue. */
import {isUnavailable} from '../ops/outage';
import {resendPlan} from '../ops/resend';
import {queuedRecords, queuedRequests} from '../queue';
import type {Counters, LogEntry, SandboxState} from '../model';

/** Newest first, at most LOG_CAPACITY entries. */
export function requestLog(s: SandboxState): LogEntry[] {
  return [...s.log].reverse();
}

export interface CountersView extends Omit<Counters, 'byStatus'> {
  /** status code (as a string key) -> count */
  readonly byStatus: {readonly [status: string]: number};
}

export function counters(s: SandboxState): CountersView {
  return {
    ...s.counters,
    byStatus: Object.fromEntries(s.counters.byStatus.map((x) => [String(x.status), x.count])),
  };
}

export interface TimelinePoint extends Pick<
  LogEntry,
  'seq' | 'at' | 'via' | 'tokenId' | 'status' | 'records'
> {
  readonly ok: boolean;
  /** Failed with 503/504: the application sends it again by itself (a 401 waits for a re-send). */
  readonly retried: boolean;
}

/** Oldest first, for a chart of requests over time by token. */
export function timeline(s: SandboxState): TimelinePoint[] {
  return s.log.map((e) => ({
    seq: e.seq,
    at: e.at,
    via: e.via,
    tokenId: e.tokenId,
    status: e.status,
    ok: e.status < 300,
    retried: isUnavailable(e.status),
    records: e.records,
  }));
}

export interface FailedQueueView {
  readonly requests: number;
  readonly records: number;
  /**
   * Oldest first. `integrationId`: the integration the requests were refused for (null: the
   * application had none); a re-send delivers them only with a token of that integration.
   */
  readonly entries: readonly {
    readonly table: string;
    readonly records: number;
    readonly requests: number;
    readonly integrationId: number | null;
    readonly clientIds: readonly number[];
  }[];
}

export function failedQueue(s: SandboxState): FailedQueueView {
  return {
    requests: queuedRequests(s.failed),
    records: queuedRecords(s.failed),
    entries: s.failed.map((e) => ({
      table: e.table,
      records: e.total,
      requests: e.requests,
      integrationId: e.integrationId,
      clientIds: e.clientIds,
    })),
  };
}

/** What "Re-send failed requests" would do now, for the button and the line beside it. */
export type ResendReadiness =
  | {readonly kind: 'nothing'}
  | {readonly kind: 'blocked'; readonly reason: string}
  | {
      readonly kind: 'ready';
      readonly requests: number;
      readonly records: number;
      readonly tokenId: number;
      readonly schema: string;
    };

export function resendReadiness(s: SandboxState): ResendReadiness {
  const plan = resendPlan(s);
  if (!plan.ok)
    return plan.code === 'nothing-to-resend'
      ? {kind: 'nothing'}
      : {kind: 'blocked', reason: plan.reason};
  return {
    kind: 'ready',
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
