/**
 * What the core bench measures: a seeded mix of sandbox events replayed through the token
 * core (`src/tokens/`), timed over several runs, with heap figures and the size of the saved
 * state. Pure measurement: printing is `core-cli.ts`'s job. To measure something new, add a
 * field to `CoreSummary` and fill it in `measureCore`; `npm run bench` shows every field.
 */
import {applyEvent} from '../../src/tokens/reducer';
import {counters} from '../../src/tokens/selectors/traffic';
import {initialState} from '../../src/tokens/state';
import {mulberry32, seededEnv} from '../../src/tokens/random';
import {serialize} from '../../src/tokens/persistence';
import type {SandboxEvent} from '../../src/tokens/events';
import type {SandboxState} from '../../src/tokens/model';
import {measureSaves, type SavePoint} from './core-saves';

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

interface HeapPoint {
  events: number;
  heapMB: number;
}

interface Replay {
  state: SandboxState;
  ms: number;
  refused: number;
  heap: HeapPoint[];
}

/** One replay of the event mix; with `gc`, the heap after a collection at each checkpoint. */
function replay(gc?: () => void): Replay {
  const env = seededEnv(20210812);
  const pick = mulberry32(4242);
  let state = initialState();
  let refused = 0;
  const heap: HeapPoint[] = [];
  const t0 = performance.now();
  for (let i = 1; i <= CORE_EVENTS; i++) {
    const step = applyEvent(state, nextEvent(state, pick), env);
    if (!step.outcome.ok) refused++;
    state = step.state;
    if (CHECKPOINTS.includes(i) && gc) {
      gc();
      heap.push({events: i, heapMB: mb(process.memoryUsage().heapUsed)});
    }
  }
  return {state, ms: performance.now() - t0, refused, heap};
}

export interface CoreSummary {
  events: number;
  /** Median wall time of one replay. */
  ms: number;
  bestMs: number;
  cpuMs: number;
  runs: number;
  eventsPerSec: number;
  refused: number;
  requests: number;
  recordsLoaded: number;
  failedQueued: number;
  tokens: number;
  heapBeforeMB: number;
  /** After the first run, before any GC. */
  heapAfterMB: number;
  heapAfterGcMB: number;
  heapMB: number | null;
  heapAtMB: Record<string, number>;
  saveKB: number;
  /** Saved bytes and save/load time after 10k, 100k and 1M pushes of continuous traffic. */
  saves: SavePoint[];
  gc: boolean;
}

/**
 * Times `runs` replays (the machine may be shared: the median and the best, plus CPU time),
 * then replays once more with a GC at each checkpoint for the heap figures (GC pauses would
 * distort the timing).
 */
export function measureCore(opts: {runs: number; gc?: () => void}): CoreSummary {
  const {runs, gc} = opts;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  let timed = replay();
  const heapAfter = process.memoryUsage().heapUsed;
  const times = [timed.ms];
  for (let k = 1; k < runs; k++) {
    timed = replay();
    times.push(timed.ms);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  gc?.();
  const heapAfterGc = process.memoryUsage().heapUsed;
  const heap = gc ? replay(gc).heap : [];

  const c = counters(timed.state);
  return {
    events: CORE_EVENTS,
    ms: Math.round(median),
    bestMs: Math.round(times[0]!),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000 / runs),
    runs,
    eventsPerSec: Math.round(CORE_EVENTS / (median / 1000)),
    refused: timed.refused,
    requests: c.total,
    recordsLoaded: c.recordsLoaded,
    failedQueued: timed.state.failed.reduce((n, e) => n + e.total, 0),
    tokens: timed.state.tokens.length + timed.state.revokedTokens.length,
    heapBeforeMB: mb(heapBefore),
    heapAfterMB: mb(heapAfter),
    heapAfterGcMB: mb(heapAfterGc),
    heapMB: heap.at(-1)?.heapMB ?? null,
    heapAtMB: Object.fromEntries(heap.map((h) => [String(h.events), h.heapMB])),
    saveKB: Math.round(serialize(timed.state).length / 1024),
    saves: measureSaves(),
    gc: gc !== undefined,
  };
}
