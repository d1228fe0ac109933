/**
 * `npm run bench:core [-- --check]`: the saved size under long traffic, mix by mix (it grows
 * with what the sandbox keeps, not with every push); --check: exit 1 on a failed check.
 */
import {parseArgs} from 'node:util';
import {applyEvent, initialState, load, save} from '../../src/tokens';
import type {SandboxEvent, SandboxState} from '../../src/tokens';
import {appOnFirst} from '../../src/tokens/drills';
import {seededEnv} from '../../src/tokens/random';
import {applyEvents} from '../../src/tokens/reducer';
import {runAsCli} from '../run-cli';
import {renderChecks, type Check} from './checks';
import {count, renderTable} from './format';

/** The most a save may weigh after any mix, far below the core's own refusal (256 KB). */
export const SAVE_CAP_BYTES = 64 * 1024;
const SAVE_CHECKPOINTS = [10_000, 100_000, 1_000_000];
const LAST_CHECKPOINT = SAVE_CHECKPOINTS.at(-1) ?? 0;
/** Between checkpoints the save is tried every so many events, to find where it is refused. */
const PROBE_EVERY = 1_000;

const push: SandboxEvent = {type: 'pushRecords', count: 3};
const tick: SandboxEvent = {type: 'tick'};
const ROTATE_EVERY = 5_000;
const firstIntegration = (s: SandboxState) => s.integrations[0]?.id ?? 0;
/** The app's token revoked, 100 s of refused traffic, a new token pasted, failures re-sent. */
const ROTATION: ((s: SandboxState) => SandboxEvent)[] = [
  (s) => ({
    type: 'revokeToken',
    integrationId: firstIntegration(s),
    tokenId: s.app.token?.tokenId ?? 0,
  }),
  ...Array<() => SandboxEvent>(100).fill(() => tick),
  (s) => ({type: 'generateToken', integrationId: firstIntegration(s)}),
  () => ({type: 'copySecret'}),
  () => ({type: 'acknowledgeReveal'}),
  () => ({type: 'pasteCopiedToken'}),
  () => ({type: 'resendFailed'}),
];

const MIXES: Record<string, (i: number, s: SandboxState) => SandboxEvent> = {
  'push-only': () => push,
  'traffic-only': () => tick,
  alternating: (i) => (i % 2 ? push : tick),
  /** 600 s of Import API outage in every 2,000 events: the app holds batches and retries. */
  outage: (i) =>
    i % 2_000 === 1
      ? {type: 'setOutage', on: true}
      : i % 2_000 === 601
        ? {type: 'setOutage', on: false}
        : tick,
  'revoke/re-send': (i, s) => ROTATION[(i % ROTATE_EVERY) - ROTATE_EVERY / 2]?.(s) ?? tick,
};

export type MixResult = {
  mix: string;
  /** `loadsBack`: the save loads, and what it gives saves to the very same text. */
  points: {events: number; bytes: number; loadsBack: boolean}[];
  refused: number;
  stopped: {events: number; reason: string} | null;
  ms: number;
};

/** Where the save of `s` fails, or null; at a checkpoint, records its size and reload. */
function probe(r: MixResult, events: number, s: SandboxState): string | null {
  const saved = save(s);
  if (!saved.ok) return `save refused: ${saved.reason}`;
  if (!SAVE_CHECKPOINTS.includes(events)) return null;
  const loaded = load(saved.text);
  if (!loaded.ok) return `the save does not load back: ${loaded.reason}`;
  const again = save(loaded.state);
  const loadsBack = again.ok && again.text === saved.text;
  r.points.push({events, bytes: Buffer.byteLength(saved.text), loadsBack});
  return null;
}

export function runMix(mix: string, next: (i: number, s: SandboxState) => SandboxEvent): MixResult {
  const env = seededEnv(7, Date.UTC(2026, 10, 29), 1000);
  let s = applyEvents(initialState(), appOnFirst, env);
  const r: MixResult = {mix, points: [], refused: 0, stopped: null, ms: 0};
  const t0 = performance.now();
  for (let i = 1; i <= LAST_CHECKPOINT && !r.stopped; i++) {
    try {
      const step = applyEvent(s, next(i, s), env);
      if (!step.result.ok) r.refused++;
      s = step.state;
    } catch (err) {
      r.stopped = {events: i, reason: `the core threw: ${String(err)}`};
      break;
    }
    const failed = i % PROBE_EVERY === 0 ? probe(r, i, s) : null;
    if (failed !== null) r.stopped = {events: i, reason: failed};
  }
  r.ms = Math.round(performance.now() - t0);
  return r;
}

export const measureSaves = (): MixResult[] =>
  Object.entries(MIXES).map(([mix, next]) => runMix(mix, next));

export function saveChecks(mixes: MixResult[]): Check[] {
  return mixes.map(({mix, stopped, points}) => {
    const most = Math.max(0, ...points.map((p) => p.bytes));
    const loadsBack = points.every((p) => p.loadsBack);
    return {
      name: `core save, ${mix}`,
      value: stopped
        ? `stopped at ${count(stopped.events)} events: ${stopped.reason}`
        : `${count(most)} bytes at most${loadsBack ? '' : ', does NOT load back'}`,
      limit: `≤ ${count(SAVE_CAP_BYTES)} bytes, loads back`,
      ok: !stopped && most <= SAVE_CAP_BYTES && loadsBack,
      measured: true,
    };
  });
}

/** Each mix's saved bytes at each checkpoint and its speed (also in `npm run bench`'s report). */
export function renderCore(mixes: MixResult[]): string {
  const rows = mixes.map((m) => [
    m.mix,
    ...SAVE_CHECKPOINTS.map((n) => {
      const bytes = m.points.find((p) => p.events === n)?.bytes;
      return bytes === undefined ? '–' : count(bytes);
    }),
    m.points.every((p) => p.loadsBack) ? 'yes' : 'NO',
    count(Math.round((m.stopped?.events ?? LAST_CHECKPOINT) / (m.ms / 1000))),
    count(m.refused),
  ]);
  // Where a mix stopped, and why, the checks say.
  const head = ['mix', ...SAVE_CHECKPOINTS.map(count), 'loads back', 'events/s', 'refused'];
  return `Saved bytes by traffic mix after so many events; events per second, saves and loads included\n${renderTable(head, rows)}`;
}

function main(args: string[]): number {
  const {values} = parseArgs({args, options: {check: {type: 'boolean', default: false}}});
  const mixes = measureSaves();
  const checks = saveChecks(mixes);
  console.log(`${renderCore(mixes)}\n${renderChecks(checks, values.check)}`);
  return values.check && checks.some((c) => !c.ok) ? 1 : 0;
}

runAsCli(__filename, main);
