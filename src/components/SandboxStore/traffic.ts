/** The timer behind "Continuous traffic", and the cross-tab lock each tick runs under. */
export const TICK_MS = 1000;

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  isHidden(): boolean;
}

/** Runs `fn` while holding a lock shared by every tab of the origin (or just runs it). */
export type CrossTabLock = (name: string, fn: () => void) => void;

export const browserTimers: Timers = {
  setInterval: (fn, ms) => window.setInterval(fn, ms),
  clearInterval: (h) => window.clearInterval(h as number),
  isHidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
};

/** The Web Locks API where the browser has it; otherwise actions run unlocked. */
export const browserLock: CrossTabLock = (name, fn) => {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks === undefined || typeof locks.request !== 'function') return fn();
  locks.request(name, () => fn()).catch(() => fn());
};

export const immediateLock: CrossTabLock = (_name, fn) => fn();
