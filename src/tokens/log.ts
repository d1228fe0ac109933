import {LOG_CAPACITY, MAX_ACTION, MAX_ID, MAX_OUTCOME, MAX_PENDING, MAX_TIME} from './limits';
import type {Counters, Env, LogEntry, SandboxState} from './model';

function count(c: Counters, status: number, recordsLoaded: number): Counters {
  const ok = status >= 200 && status < 300;
  return {
    total: c.total + 1,
    ok: c.ok + (ok ? 1 : 0),
    failed: c.failed + (ok ? 0 : 1),
    byStatus: c.byStatus.some((x) => x.status === status)
      ? c.byStatus.map((x) => (x.status === status ? {status, count: x.count + 1} : x))
      : [...c.byStatus, {status, count: 1}],
    recordsLoaded: c.recordsLoaded + recordsLoaded,
    retried: c.retried,
  };
}

/** Cuts `text` to `max` characters, ending in "…" when cut. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** An entry as an action writes it; the writer numbers and times it. */
export type LogInput = Omit<LogEntry, 'seq' | 'at'>;

/** Who generated or revoked a token: the web app's button, or a Connect API request. */
export type TokenDoor = {readonly via: 'web'} | {readonly via: 'connect'; readonly request: string};

const BUTTONS = {generate: 'Generate token', revoke: 'Revoke token'};

/** A token generated or revoked, labelled as the button or Connect API request that did it. */
export function tokenLog(
  door: TokenDoor,
  kind: 'generate' | 'revoke',
  integrationId: number,
  tokenId: number,
): LogInput {
  return {
    via: door.via,
    kind,
    action: door.via === 'connect' ? door.request : BUTTONS[kind],
    tokenId,
    integrationId,
    status: 200,
    outcome: `Token ${tokenId} ${kind === 'generate' ? 'generated' : 'revoked'}`,
    records: 0,
  };
}

/** The one log writer: every change goes through it, so counters, log and clock agree. */
export function withLog(s: SandboxState, at: number, e: LogInput): SandboxState {
  const entry: LogEntry = {
    ...e,
    seq: s.nextLogSeq,
    at,
    action: clip(e.action, MAX_ACTION),
    outcome: clip(e.outcome, MAX_OUTCOME),
  };
  const log =
    s.log.length < LOG_CAPACITY ? [...s.log, entry] : [...s.log.slice(1 - LOG_CAPACITY), entry];
  return {
    ...s,
    log,
    counters: count(s.counters, e.status, e.status === 201 ? e.records : 0),
    nextLogSeq: s.nextLogSeq + 1,
    lastAt: Math.max(s.lastAt, at),
  };
}

/** The injected clock, never before the state's latest time (a clock set back), a valid `Date`. */
export function clock(s: SandboxState, env: Env): number {
  const t = env.now();
  const now = Number.isFinite(t) ? Math.min(Math.floor(t), MAX_TIME) : s.lastAt;
  return Math.max(now, s.lastAt);
}

/** Log entries one action may write: a tick's retries of every held batch, then its push. */
const MAX_LOG_PER_ACTION = MAX_PENDING + 1;

/** Whether the log sequence (and so every counter) has room for one more action. */
export function roomToLog(s: SandboxState): boolean {
  return s.nextLogSeq + MAX_LOG_PER_ACTION <= MAX_ID;
}
