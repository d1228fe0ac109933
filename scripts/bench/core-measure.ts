/**
 * The core's speed and heap: a seeded mix of sandbox events, resolved against the current
 * state, replayed through the token core (`src/tokens/`) several times. Pure measurement:
 * printing is `core-cli.ts`'s job; the saved size per traffic mix is `core-saves.ts`'s.
 */
import {applyEvent, counters, initialState, save} from '../../src/tokens';
import type {SandboxEvent, SandboxState} from '../../src/tokens';
import {seededEnv} from '../../src/tokens/random';

export const CORE_EVENTS = 100_000;
const CHECKPOINTS = [25_000, 50_000, 75_000, 100_000];
const NAMES = ['Customer Records', 'Orders', 'Billing Events', 'Web Sessions', 'Inventory (EU)'];

/** The user: a seeded mix of actions, resolved against the current state. */
function nextEvent(s: SandboxState, pick: () => number): SandboxEvent {
  const r = pick();
  const integ = s.integrations[Math.floor(pick() * s.integrations.length)];
  if (r < 0.4)
    return {
      type: 'pushRecords',
      count: 1 + Math.floor(pick() * 5),
      table: pick() < 0.5 ? 'orders' : 'customers',
    };
  if (r < 0.65) return {type: 'tick'};
  if (r < 0.72 || integ === undefined) {
    return integ === undefined || r < 0.66
      ? {type: 'createIntegration', displayName: NAMES[Math.floor(pick() * NAMES.length)]!}
      : {type: 'generateToken', integrationId: integ.id};
  }
  if (r < 0.79) {
    const mine = s.tokens.filter((t) => t.integrationId === integ.id);
    const t = mine[Math.floor(pick() * mine.length)];
    return {type: 'revokeToken', integrationId: integ.id, tokenId: t?.id ?? 1};
  }
  if (r < 0.83) return {type: 'copySecret'};
  if (r < 0.87) return {type: 'pasteCopiedToken'};
  if (r < 0.9) return {type: 'acknowledgeReveal'};
  if (r < 0.96) return {type: 'resendFailed'};
  if (r < 0.98)
    return {type: 'setAppToken', value: pick() < 0.5 ? 'sandbox_not_a_real_token_typo' : ''};
  if (r < 0.99995) return {type: 'generateToken', integrationId: integ.id};
  return {type: 'reset'};
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const heapMB = () => mb(process.memoryUsage().heapUsed);

/** One replay of the event mix; with `gc`, the heap after a collection at each checkpoint. */
function replay(gc?: () => void) {
  const env = seededEnv(20210812);
  const pick = seededEnv(4242).random;
  let state = initialState();
  let refused = 0;
  const heapAtMB: Record<string, number> = {};
  const t0 = performance.now();
  for (let i = 1; i <= CORE_EVENTS; i++) {
    const step = applyEvent(state, nextEvent(state, pick), env);
    if (!step.result.ok) refused++;
    state = step.state;
    if (gc && CHECKPOINTS.includes(i)) {
      gc();
      heapAtMB[i] = heapMB();
    }
  }
  return {state, ms: performance.now() - t0, refused, heapAtMB};
}

export type CoreTiming = ReturnType<typeof measureCore>;

/**
 * Times `runs` replays (the machine may be shared: the median and the best, plus CPU time),
 * then replays once more with a GC at each checkpoint for the heap figures (GC pauses would
 * distort the timing).
 */
export function measureCore(runs: number, gc: () => void) {
  gc();
  const heapBeforeMB = heapMB();
  const cpu0 = process.cpuUsage();
  let last = replay();
  const heapAfterMB = heapMB();
  const times = [last.ms];
  while (times.length < runs) {
    last = replay();
    times.push(last.ms);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  gc();
  const heapAfterGcMB = heapMB();
  const {state, refused} = last;
  const c = counters(state);
  const saved = save(state);
  return {
    events: CORE_EVENTS,
    runs,
    ms: Math.round(median),
    bestMs: Math.round(times[0]!),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000 / runs),
    eventsPerSec: Math.round(CORE_EVENTS / (median / 1000)),
    refused,
    requests: c.total,
    recordsLoaded: c.recordsLoaded,
    failedQueued: state.failed.reduce((n, e) => n + e.total, 0),
    tokens: state.tokens.length + state.revokedTokens.length,
    heapBeforeMB,
    heapAfterMB,
    heapAfterGcMB,
    heapAtMB: replay(gc).heapAtMB,
    /** The last replay's final state saved: its size, or why `save` refused it. */
    save: saved.ok ? `${Buffer.byteLength(saved.text).toLocaleString('en')} bytes` : saved.reason,
  };
}
