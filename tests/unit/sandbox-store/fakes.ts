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
    /** Grants the oldest request, if any. */
    grant: () => waiting.shift()?.(),
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

/**
 * Storage as Chrome keeps it for tabs in different processes: each tab reads its own copy,
 * which another tab's write reaches only when `deliver` runs (with the storage event). A tab
 * can therefore read a value that was already replaced, and write on top of it. Copies
 * still converge: a write that reaches a tab after the tab's own later write fires its event
 * but leaves the copy alone (Chrome ignores remote changes to a key it has a newer write to).
 */
export function processStorage() {
  let text: string | null = null;
  interface Entry {
    readonly value: string | null;
    applies: boolean;
  }
  interface Tab {
    copy: string | null;
    readonly listeners: Set<(t: string | null) => void>;
    readonly inbox: Entry[];
  }
  const tabs: Tab[] = [];
  const tab = (): SandboxStorage => {
    const me: Tab = {copy: text, listeners: new Set(), inbox: []};
    tabs.push(me);
    const set = (value: string | null) => {
      text = value;
      me.copy = value;
      me.inbox.forEach((e) => (e.applies = false));
      tabs.filter((h) => h !== me).forEach((h) => h.inbox.push({value, applies: true}));
    };
    return {
      read: () => ({ok: true, text: me.copy}),
      write: (t) => (set(t), {ok: true}),
      clear: () => set(null),
      onExternalChange: (l) => (me.listeners.add(l), () => me.listeners.delete(l)),
    };
  };
  return {
    tab,
    /** Brings one tab's copy up to date, one storage event per write it missed. */
    deliver: (index: number) => {
      const h = tabs[index]!;
      for (const e of h.inbox.splice(0)) {
        if (e.applies) h.copy = e.value;
        h.listeners.forEach((l) => l(e.value));
      }
    },
    pending: () => tabs.some((h) => h.inbox.length > 0),
    text: () => text,
  };
}
