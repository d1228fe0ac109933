import type {Env} from './model';

/** mulberry32: tiny, fast, seedable; good enough for simulated traffic, not for crypto. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic Env for tests, the bench and replays: each event gets a later time. */
export function seededEnv(
  seed: number,
  start = Date.UTC(2021, 7, 12, 15, 22, 12),
  stepMs = 1000,
): Env {
  const random = mulberry32(seed);
  let t = start - stepMs;
  return {
    now: () => (t += stepMs),
    random,
  };
}
