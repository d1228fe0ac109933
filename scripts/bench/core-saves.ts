/**
 * Saved bytes and save/load time after long continuous traffic: the sandbox's save must grow
 * with what it keeps (a ring of log lines, runs of ids), never with every push.
 */
import {applyEvent} from '../../src/tokens/reducer';
import {initialState} from '../../src/tokens/state';
import {load, save} from '../../src/tokens/persistence';
import {seededEnv} from '../../src/tokens/random';
import type {SandboxEvent} from '../../src/tokens/events';
import type {SandboxState} from '../../src/tokens/model';

export const SAVE_CHECKPOINTS = [10_000, 100_000, 1_000_000];

export interface SavePoint {
  pushes: number;
  bytes: number;
  /** Median of 21 `save` calls, ms. */
  saveMs: number;
  /** Median of 21 `load` calls, ms. */
  loadMs: number;
}

function median(f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return Math.round(times.sort((a, b) => a - b)[10]! * 1000) / 1000;
}

/** The app on a valid token, then one tick (1–3 records) a second; a few revokes and re-sends. */
export function measureSaves(): SavePoint[] {
  const env = seededEnv(7, Date.UTC(2026, 10, 29), 1000);
  let s: SandboxState = initialState();
  const setup: SandboxEvent[] = [
    {type: 'createIntegration', displayName: 'Customer Records'},
    {type: 'copySecret'},
    {type: 'acknowledgeReveal'},
    {type: 'pasteCopiedToken'},
  ];
  for (const e of setup) s = applyEvent(s, e, env).state;
  const points: SavePoint[] = [];
  for (let i = 1; i <= SAVE_CHECKPOINTS.at(-1)!; i++) {
    s = applyEvent(s, {type: 'tick'}, env).state;
    if (!SAVE_CHECKPOINTS.includes(i)) continue;
    const saved = save(s);
    if (!saved.ok) throw new Error(`after ${i} pushes: ${saved.reason}`);
    if (!load(saved.text).ok) throw new Error(`after ${i} pushes the save does not load`);
    points.push({
      pushes: i,
      bytes: saved.text.length,
      saveMs: median(() => save(s)),
      loadMs: median(() => load(saved.text)),
    });
  }
  return points;
}
