/** Stand-ins for the browser around a store: timers, tabs sharing storage, a cross-tab lock. */
import type {CrossTabLock, SandboxStorage} from '@site/src/components/SandboxStore';

/** setInterval the test fires by hand, and a visibility it sets. */
export const manualTimers = () => {
  let fn: (() => void) | null = null;
  let hidden = false;
  return {
    timers: {
      setInterval: (f: () => void) => {
        fn = f;
        return 1;
      },
      clearInterval: () => {
        fn = null;
      },
      isHidden: () => hidden,
    },
    fire: () => fn?.(),
    running: () => fn !== null,
    hide: (h: boolean) => {
      hidden = h;
    },
  };
};

/** One storage shared by several stores, as localStorage is by tabs; events wait for `flush`. */
export function sharedStorage(initial: string | null = null) {
  let text = initial;
  const handles: {listeners: Set<(t: string | null) => void>; pending: (string | null)[]}[] = [];
  const tab = (): SandboxStorage => {
    const me = {listeners: new Set<(t: string | null) => void>(), pending: [] as (string | null)[]};
    handles.push(me);
    const others = () => handles.filter((h) => h !== me);
    return {
      read: () => ({ok: true, text}),
      write: (t) => {
        text = t;
        others().forEach((h) => h.pending.push(t));
        return {ok: true};
      },
      clear: () => {
        text = null;
        others().forEach((h) => h.pending.push(null));
      },
      onExternalChange: (l) => (me.listeners.add(l), () => me.listeners.delete(l)),
    };
  };
  return {
    tab,
    /** Something outside the stores (another tab's devtools, "clear site data"). */
    clearFromOutside: () => {
      text = null;
      handles.forEach((h) => h.pending.push(null));
    },
    /** Delivers the storage events the other tabs have not seen yet. */
    flush: () =>
      handles.forEach((h) => {
        const queued = h.pending.splice(0);
        queued.forEach((t) => h.listeners.forEach((l) => l(t)));
      }),
    text: () => text,
  };
}

/**
 * The Web Locks API as the browser runs it: a request is granted later (when the test
 * drains the queue), in order, one holder at a time.
 */
export function queuedLock() {
  const waiting: (() => void)[] = [];
  const lock: CrossTabLock = (_name, fn) => {
    waiting.push(fn);
  };
  return {
    lock,
    /** Grants every request, including those made while holding the lock. */
    drain: () => {
      while (waiting.length > 0) waiting.shift()!();
    },
  };
}

/** Storage that refuses writes while `full` is set, as a quota does. */
export function quotaStorage(initial: string | null = null) {
  let text = initial;
  const state = {full: false};
  const storage: SandboxStorage = {
    read: () => ({ok: true, text}),
    write: (t) => {
      if (state.full) return {ok: false, reason: 'storage is full or blocked'};
      text = t;
      return {ok: true};
    },
    clear: () => {
      text = null;
    },
    onExternalChange: () => () => {},
  };
  return {storage, state, text: () => text};
}
