/**
 * Bench for the token core: 100,000 mixed events from a seeded mix, timed, with heap figures.
 * Run: `npm run bench:core` (re-spawns node with --expose-gc to report heap after GC).
 * Prints a last line `BENCH_CORE {json}` for `npm run bench` to parse.
 */
import {spawnSync} from 'node:child_process';
import {applyEvent} from '../src/tokens/reducer';
import {counters} from '../src/tokens/selectors/traffic';
import {initialState} from '../src/tokens/state';
import {mulberry32, seededEnv} from '../src/tokens/random';
import {serialize} from '../src/tokens/persistence';
import type {SandboxEvent} from '../src/tokens/events';
import type {SandboxState} from '../src/tokens/model';

const gc = (globalThis as {gc?: () => void}).gc;
if (gc === undefined && process.env.BENCH_CORE_CHILD !== '1') {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: {...process.env, BENCH_CORE_CHILD: '1'},
    },
  );
  process.exit(r.status ?? 1);
}

const EVENTS = 100_000;
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

function run(withGc: boolean) {
  const env = seededEnv(20210812);
  const pick = mulberry32(4242);
  let s = initialState();
  let refused = 0;
  const heap: {events: number; heapMB: number}[] = [];
  const t0 = performance.now();
  let ms = 0;
  for (let i = 1; i <= EVENTS; i++) {
    const step = applyEvent(s, nextEvent(s, pick), env);
    if (!step.outcome.ok) refused++;
    s = step.state;
    if (CHECKPOINTS.includes(i)) {
      if (withGc) {
        gc?.();
        heap.push({events: i, heapMB: mb(process.memoryUsage().heapUsed)});
      }
    }
  }
  ms = performance.now() - t0;
  return {s, ms, refused, heap};
}

// The machine may be shared: time several runs and report the median and the best, plus CPU time.
const RUNS = Number(process.env.BENCH_CORE_RUNS ?? 5);
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const cpu0 = process.cpuUsage();
let timed = run(false);
const heapAfter = process.memoryUsage().heapUsed;
const times = [timed.ms];
for (let k = 1; k < RUNS; k++) {
  timed = run(false);
  times.push(timed.ms);
}
const cpu = process.cpuUsage(cpu0);
const cpuMsPerRun = (cpu.user + cpu.system) / 1000 / RUNS;
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
gc?.();
const heapAfterGc = process.memoryUsage().heapUsed;
// Second run only for heap-after-GC at checkpoints (GC pauses would distort the timing).
const measured = run(true);

const c = counters(timed.s);
const summary = {
  events: EVENTS,
  ms: Math.round(median),
  bestMs: Math.round(times[0]!),
  cpuMs: Math.round(cpuMsPerRun),
  runs: RUNS,
  eventsPerSec: Math.round(EVENTS / (median / 1000)),
  refused: timed.refused,
  requests: c.total,
  recordsLoaded: c.recordsLoaded,
  failedQueued: timed.s.failed.reduce((n, e) => n + e.total, 0),
  tokens: timed.s.tokens.length + timed.s.revokedTokens.length,
  heapBeforeMB: mb(heapBefore),
  /** After the first run, before any GC. */
  heapAfterMB: mb(heapAfter),
  heapAfterGcMB: mb(heapAfterGc),
  heapMB: measured.heap[measured.heap.length - 1]?.heapMB ?? null,
  heapAtMB: Object.fromEntries(measured.heap.map((h) => [String(h.events), h.heapMB])),
  saveKB: Math.round(serialize(timed.s).length / 1024),
  gc: gc !== undefined,
};

console.log(
  `token core: ${EVENTS.toLocaleString('en')} events in ${summary.ms} ms median of ${RUNS} runs (best ${summary.bestMs} ms, CPU ${summary.cpuMs} ms/run; ${summary.eventsPerSec.toLocaleString('en')} events/s)`,
);
console.log(
  `  refused ${summary.refused}, requests logged ${summary.requests}, records loaded ${summary.recordsLoaded}, queued ${summary.failedQueued}, tokens ${summary.tokens}`,
);
console.log(
  `  heap before ${summary.heapBeforeMB} MB, after ${summary.heapAfterMB} MB, after gc ${gc ? summary.heapAfterGcMB + ' MB' : 'n/a (run node --expose-gc)'}`,
);
console.log(
  `  heap after gc at ${measured.heap.map((h) => `${h.events / 1000}k: ${h.heapMB} MB`).join(', ')}`,
);
console.log(`  serialized state ${summary.saveKB} KB`);
console.log(`BENCH_CORE ${JSON.stringify(summary)}`);
