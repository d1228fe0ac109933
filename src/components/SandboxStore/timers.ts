/** The timer behind "Continuous traffic": one tick a second while the tab is visible. */
export const TICK_MS = 1000;

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  isHidden(): boolean;
}

export const browserTimers: Timers = {
  setInterval: (fn, ms) => window.setInterval(fn, ms),
  clearInterval: (h) => window.clearInterval(h as number),
  isHidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
};

/**
 * "Continuous traffic": a tick a second while a page shows the application and `due()` holds.
 * Like a real app's background job, the simulated one pauses with its tab.
 */
export function createTraffic(timers: Timers, due: () => boolean, tick: () => void) {
  let handle: unknown = null;
  let attached = 0;
  const update = () => {
    const on = attached > 0 && due();
    if (on && handle === null)
      handle = timers.setInterval(() => timers.isHidden() || tick(), TICK_MS);
    if (!on && handle !== null) {
      timers.clearInterval(handle);
      handle = null;
    }
  };
  return {
    update,
    attach() {
      attached += 1;
      update();
      return () => {
        attached -= 1;
        update();
      };
    },
    stop() {
      attached = 0;
      update();
    },
  };
}
