/**
 * The saved size under long traffic, mix by mix: it must grow with what the sandbox keeps,
 * never with every push. Each mix starts from the app on a valid token and runs to the last
 * checkpoint, unless a save is refused or does not load back, or the core throws.
 */
import {applyEvent, initialState, load, save} from '../../src/tokens';
import type {SandboxEvent, SandboxState} from '../../src/tokens';
import {seededEnv} from '../../src/tokens/random';

/** The most a save may weigh after any mix, far below the core's own refusal (256 KB). */
export const SAVE_CAP_BYTES = 64 * 1024;
export const SAVE_CHECKPOINTS = [10_000, 100_000, 1_000_000];
const LAST_CHECKPOINT = SAVE_CHECKPOINTS.at(-1) ?? 0;
/** Between checkpoints the save is tried every so many events, to find where it is refused. */
const PROBE_EVERY = 1_000;

const push: SandboxEvent = {type: 'pushRecords', count: 3};
const tick: SandboxEvent = {type: 'tick'};
const ROTATE_EVERY = 5_000;
const firstIntegration = (s: SandboxState) => s.integrations[0]?.id ?? 0;
/** A rotation gone wrong and mended: the app's token revoked, 100 s of refused traffic, then a new token pasted into the app and the failed requests re-sent. */
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

/** The event number `i` (from 1) of each mix, given the state. */
export const MIXES: Record<string, (i: number, s: SandboxState) => SandboxEvent> = {
  /** The reader's "Send push", over and over. */
  'push-only': () => push,
  /** The app's continuous traffic: one tick (1–3 records) a second. */
  'traffic-only': () => tick,
  alternating: (i) => (i % 2 ? push : tick),
  /** 600 s of Import API outage in every 2,000 events: the app holds batches and retries. */
  outage: (i) =>
    i % 2_000 === 1
      ? {type: 'setOutage', on: true}
      : i % 2_000 === 601
        ? {type: 'setOutage', on: false}
        : tick,
  /** Traffic, and every 5,000 events a revoke of the app's token, a new one and a re-send. */
  'revoke/re-send': (i, s) => ROTATION[(i % ROTATE_EVERY) - ROTATE_EVERY / 2]?.(s) ?? tick,
};

export interface SavePoint {
  events: number;
  bytes: number;
  /** `load` takes the save back, and the state it gives saves to the very same text. */
  loadsBack: boolean;
}

export interface MixResult {
  mix: string;
  points: SavePoint[];
  /** Events the core refused (a mix that means well should have none). */
  refused: number;
  /** Where and why the mix stopped before its last checkpoint. */
  stopped: {events: number; reason: string} | null;
  /** How long the mix took, saves and loads included. */
  ms: number;
}

const APP_ON_VALID_TOKEN: SandboxEvent[] = [
  {type: 'createIntegration', displayName: 'Customer Records'},
  {type: 'copySecret'},
  {type: 'acknowledgeReveal'},
  {type: 'pasteCopiedToken'},
];

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
  let s = APP_ON_VALID_TOKEN.reduce((st, e) => applyEvent(st, e, env).state, initialState());
  const r: MixResult = {mix, points: [], refused: 0, stopped: null, ms: 0};
  const t0 = performance.now();
  for (let i = 1; i <= LAST_CHECKPOINT; i++) {
    try {
      const step = applyEvent(s, next(i, s), env);
      if (!step.result.ok) r.refused++;
      s = step.state;
    } catch (err) {
      r.stopped = {events: i, reason: `the core threw: ${String(err)}`};
      break;
    }
    const failed = i % PROBE_EVERY === 0 ? probe(r, i, s) : null;
    if (failed !== null) {
      r.stopped = {events: i, reason: failed};
      break;
    }
  }
  r.ms = Math.round(performance.now() - t0);
  return r;
}

export const measureSaves = (): MixResult[] =>
  Object.entries(MIXES).map(([mix, next]) => runMix(mix, next));
