/**
 * The saved size under long traffic, mix by mix: the save must grow with what the sandbox
 * keeps (a ring of log lines, runs of ids, capped tokens), never with every push. Each mix
 * starts from the app on a valid token and runs to the last checkpoint, unless a save is
 * refused, does not load back, or the core throws: then it stops there and says why.
 */
import {applyEvent, initialState, load, save} from '../../src/tokens';
import type {Env, SandboxEvent, SandboxState} from '../../src/tokens';
import {seededEnv} from '../../src/tokens/random';

/** The most a save may weigh after any mix, far below the core's own refusal (256 KB). */
export const SAVE_CAP_BYTES = 64 * 1024;
export const SAVE_CHECKPOINTS = [10_000, 100_000, 1_000_000];
/** Between checkpoints the save is tried every so many events, to find where it is refused. */
const PROBE_EVERY = 1_000;
/** `save` and `load` are timed as the median of this many calls. */
export const TIMED_CALLS = 21;

const push: SandboxEvent = {type: 'pushRecords', count: 3};
const tick: SandboxEvent = {type: 'tick'};
const ROTATE_EVERY = 5_000;
/** A rotation gone wrong and mended: the app's token revoked, 100 s of refused traffic, then a new token pasted into the app and the failed requests re-sent. */
const ROTATION: ((s: SandboxState) => SandboxEvent)[] = [
  (s) => ({
    type: 'revokeToken',
    integrationId: s.integrations[0]!.id,
    tokenId: s.app.token?.tokenId ?? 0,
  }),
  ...Array<() => SandboxEvent>(100).fill(() => tick),
  (s) => ({type: 'generateToken', integrationId: s.integrations[0]!.id}),
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
  saveMs: number;
  loadMs: number;
  /** `load` takes the save back, and the state it gives saves to the very same text. */
  loadsBack: boolean;
}

export interface MixResult {
  mix: string;
  points: SavePoint[];
  /** Events the core refused (a mix that means well should have none). */
  refused: number;
  /** The last save accepted, from the probes: how far the mix got. */
  lastSaved: {events: number; bytes: number};
  /** Where and why the mix stopped before its last checkpoint. */
  stopped: {events: number; reason: string} | null;
  ms: number;
}

function medianMs(f: () => void): number {
  const times = Array.from({length: TIMED_CALLS}, () => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  });
  return Math.round(times.sort((a, b) => a - b)[TIMED_CALLS >> 1]! * 1000) / 1000;
}

function appOnValidToken(env: Env): SandboxState {
  const setup: SandboxEvent[] = [
    {type: 'createIntegration', displayName: 'Customer Records'},
    {type: 'copySecret'},
    {type: 'acknowledgeReveal'},
    {type: 'pasteCopiedToken'},
  ];
  return setup.reduce((s, e) => applyEvent(s, e, env).state, initialState());
}

/** A checkpoint's save, timed; `reloaded` is what `load` gave back for `text`. */
function savePoint(events: number, s: SandboxState, text: string, reloaded: SandboxState) {
  const again = save(reloaded);
  return {
    events,
    bytes: Buffer.byteLength(text),
    saveMs: medianMs(() => save(s)),
    loadMs: medianMs(() => load(text)),
    loadsBack: again.ok && again.text === text,
  };
}

export function runMix(mix: string, next: (i: number, s: SandboxState) => SandboxEvent): MixResult {
  const env = seededEnv(7, Date.UTC(2026, 10, 29), 1000);
  let s = appOnValidToken(env);
  const r: MixResult = {
    mix,
    points: [],
    refused: 0,
    lastSaved: {events: 0, bytes: 0},
    stopped: null,
    ms: 0,
  };
  const stop = (events: number, reason: string) => (r.stopped = {events, reason});
  const t0 = performance.now();
  for (let i = 1; i <= SAVE_CHECKPOINTS.at(-1)! && !r.stopped; i++) {
    try {
      const step = applyEvent(s, next(i, s), env);
      if (!step.result.ok) r.refused++;
      s = step.state;
    } catch (err) {
      stop(i, `the core threw: ${err instanceof Error ? err.message : String(err)}`);
      break;
    }
    if (i % PROBE_EVERY !== 0) continue;
    const saved = save(s);
    if (!saved.ok) stop(i, `save refused: ${saved.reason}`);
    else {
      r.lastSaved = {events: i, bytes: Buffer.byteLength(saved.text)};
      if (!SAVE_CHECKPOINTS.includes(i)) continue;
      const loaded = load(saved.text);
      if (!loaded.ok) stop(i, `the save does not load back: ${loaded.reason}`);
      else r.points.push(savePoint(i, s, saved.text, loaded.state));
    }
  }
  r.ms = Math.round(performance.now() - t0);
  return r;
}

export const measureSaves = (): MixResult[] =>
  Object.entries(MIXES).map(([mix, next]) => runMix(mix, next));
