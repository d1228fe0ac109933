/**
 * Stand-ins for the browser around stores: timers, storage, and a world of tabs sharing one
 * storage, one Web Lock and one BroadcastChannel, whose deliveries the test runs by hand.
 */
import type {
  CrossTab,
  LockHandlers,
  LockMode,
  SandboxStorage,
  TabMessage,
} from '@site/src/components/SandboxStore/browser';

/** setInterval the test fires by hand, and a visibility it sets; timeouts are `scheduler`'s. */
export const manualTimers = (scheduler = manualScheduler()) => {
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
      ...scheduler.scheduler,
    },
    fire: () => fn?.(),
    running: () => fn !== null,
    hide: (h: boolean) => {
      hidden = h;
    },
  };
};

/** setTimeout the test fires by hand. */
export function manualScheduler() {
  const due = new Map<number, () => void>();
  let next = 1;
  return {
    scheduler: {
      setTimeout: (fn: () => void) => {
        due.set(next, fn);
        return next++;
      },
      clearTimeout: (h: unknown) => void due.delete(h as number),
    },
    /** Runs every timeout set so far. */
    fire: () => {
      const fns = [...due.values()];
      due.clear();
      fns.forEach((f) => f());
    },
    pending: () => due.size > 0,
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
  };
  return {storage, state, text: () => text};
}

interface Request {
  readonly tab: string;
  readonly handlers: LockHandlers;
  done: boolean;
}

/**
 * Tabs of one origin. Each tab has an inbox: messages from other tabs and the lock's answers
 * to its requests, in the order they were sent (the browser routes both through one
 * process). Nothing arrives until the test delivers it, so any interleaving can be tried.
 */
export function tabWorld() {
  const storage = quotaStorage();
  const backup = quotaStorage();
  const local = quotaStorage();
  const inboxes = new Map<string, (() => void)[]>();
  const listeners = new Map<string, Set<(m: TabMessage) => void>>();
  let holder: Request | null = null;
  const waiting: Request[] = [];

  const inbox = (tab: string) => inboxes.get(tab);
  const grantNext = () => {
    if (holder !== null) return;
    const next = waiting.shift();
    if (next === undefined) return;
    holder = next;
    inbox(next.tab)?.push(() => next.handlers.granted());
  };
  const release = (req: Request) => {
    if (req.done) return;
    req.done = true;
    if (holder === req) {
      holder = null;
      grantNext();
    } else {
      const i = waiting.indexOf(req);
      if (i >= 0) waiting.splice(i, 1);
    }
  };

  const crossTab = (tab: string): CrossTab => {
    inboxes.set(tab, []);
    listeners.set(tab, new Set());
    return {
      lock(mode: LockMode, handlers: LockHandlers) {
        const req: Request = {tab, handlers, done: false};
        if (mode === 'steal') {
          const old = holder;
          if (old !== null) {
            old.done = true;
            inbox(old.tab)?.push(() => old.handlers.lost?.());
          }
          holder = req;
          inbox(tab)?.push(() => handlers.granted());
        } else if (mode === 'if-available') {
          if (holder === null && waiting.length === 0) {
            holder = req;
            inbox(tab)?.push(() => handlers.granted());
          } else inbox(tab)?.push(() => handlers.busy?.());
        } else {
          waiting.push(req);
          grantNext();
        }
        return () => release(req);
      },
      post(message) {
        for (const [other, box] of inboxes)
          if (other !== tab) box.push(() => listeners.get(other)?.forEach((l) => l(message)));
      },
      listen(fn) {
        listeners.get(tab)?.add(fn);
        return () => listeners.get(tab)?.delete(fn);
      },
    };
  };

  return {
    storage,
    backup,
    /** The origin's local note that writes failed. */
    local,
    crossTab,
    /** Delivers the oldest thing waiting for this tab; false when there is none. */
    deliver(tab: string): boolean {
      const task = inbox(tab)?.shift();
      task?.();
      return task !== undefined;
    },
    /** Delivers everything, in turn, until nothing is left. */
    settle() {
      for (let moved = true; moved;) {
        moved = false;
        for (const tab of [...inboxes.keys()]) while (this.deliver(tab)) moved = true;
      }
    },
    pending: (tab: string) => (inbox(tab)?.length ?? 0) > 0,
    /** The tab is gone: its lock and requests are released, nothing more reaches it. */
    close(tab: string) {
      inboxes.delete(tab);
      listeners.delete(tab);
      if (holder?.tab === tab) release(holder);
      for (const req of waiting.filter((r) => r.tab === tab)) release(req);
    },
    holder: () => holder?.tab ?? null,
  };
}

export type TabWorld = ReturnType<typeof tabWorld>;
