import type {Env} from '@site/src/tokens';

/**
 * The real clock and a cryptographic random source, injected into the pure core.
 * Token secrets come from `random()`, so use the CSPRNG where the browser has one.
 */
export const browserEnv: Env = {
  now: () => Date.now(),
  random: () => {
    if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') {
      const buf = new Uint32Array(1);
      crypto.getRandomValues(buf);
      return (buf[0] ?? 0) / 2 ** 32;
    }
    return Math.random();
  },
};
