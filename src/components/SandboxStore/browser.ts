/** The browser behind seams tests stand in for; storage never throws (none: "in memory only"). */
import type {Env} from '@site/src/tokens';

export interface SandboxStorage {
  read(): {ok: true; text: string | null} | {ok: false; reason: string};
  write(text: string): {ok: true} | {ok: false; reason: string};
  clear(): void;
}

const UNAVAILABLE =
  'Your browser is not letting this page save the sandbox, so it works in memory only: a reload starts over.';

function area(kind: 'local' | 'session'): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

/** `localStorage` (shared by the origin's tabs) or `sessionStorage` (this tab, kept on reload). */
export function browserStorage(key: string, kind: 'local' | 'session' = 'local'): SandboxStorage {
  const attempt = <T>(run: (s: Storage) => T, failed: string): T | {ok: false; reason: string} => {
    const s = area(kind);
    if (s === null) return {ok: false, reason: UNAVAILABLE};
    try {
      return run(s);
    } catch {
      return {ok: false, reason: failed};
    }
  };
  return {
    read: () => attempt((s) => ({ok: true, text: s.getItem(key)}), UNAVAILABLE),
    write: (text) =>
      attempt((s) => (s.setItem(key, text), {ok: true}), 'storage is full or blocked'),
    clear: () => void attempt((s) => s.removeItem(key), UNAVAILABLE),
  };
}

/** For tests and for storage-less contexts. */
export function memoryStorage(initial: string | null = null): SandboxStorage {
  let text = initial;
  return {
    read: () => ({ok: true, text}),
    write: (t) => ((text = t), {ok: true}),
    clear: () => void (text = null),
  };
}

export type TabMessage =
  /** The writer's state after an action; `unsavedSince` is null when it was written. */
  | {
      readonly type: 'saved';
      readonly rev: number;
      readonly text: string;
      readonly unsavedSince: number | null;
    }
  /** A tab that just opened asks the writer for its state. */
  | {readonly type: 'hello'}
  /** A tab asks to become the writer ("Use the sandbox here"). */
  | {readonly type: 'take'; readonly from: string}
  /** The writer has stopped taking actions; the tab that asked gets its last state. */
  | {readonly type: 'handover'; readonly to: string; readonly rev: number; readonly text: string};

/** `if-available`: now or never; `wait`: in turn; `steal`: now, from whoever holds it. */
export type LockMode = 'if-available' | 'wait' | 'steal';

export interface LockHandlers {
  granted(): void;
  /** `if-available` only: another tab holds it. */
  busy?(): void;
  /** Another tab stole it. */
  lost?(): void;
}

export interface CrossTab {
  /** Returns a function that releases the lock, or withdraws a request not yet granted. */
  lock(mode: LockMode, handlers: LockHandlers): () => void;
  post(message: TabMessage): void;
  listen(onMessage: (message: TabMessage) => void): () => void;
}

/** The browser's, or null where it has no Web Locks or BroadcastChannel (one tab then). */
export function browserCrossTab(name: string): CrossTab | null {
  if (
    typeof navigator === 'undefined' ||
    navigator.locks === undefined ||
    typeof BroadcastChannel === 'undefined'
  )
    return null;
  const channel = new BroadcastChannel(name);
  return {
    lock(mode, handlers) {
      const withdraw = new AbortController();
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const options: LockOptions = {
        steal: {steal: true},
        'if-available': {ifAvailable: true},
        wait: {signal: withdraw.signal},
      }[mode];
      navigator.locks
        .request(name, options, (lock) => {
          if (lock === null) return handlers.busy?.();
          handlers.granted();
          return held;
        })
        // Rejected when withdrawn (nothing to say) or when another tab stole the lock.
        .catch(() => withdraw.signal.aborted || handlers.lost?.());
      return () => {
        withdraw.abort();
        release();
      };
    },
    post: (message) => channel.postMessage(message),
    listen(onMessage) {
      const listener = (e: MessageEvent<TabMessage>) => onMessage(e.data);
      channel.addEventListener('message', listener);
      return () => channel.removeEventListener('message', listener);
    },
  };
}

/** The real clock, and the CSPRNG where there is one (browser, Node): token secrets use it. */
export const browserEnv: Env = {
  now: () => Date.now(),
  random: () => {
    if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function')
      return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32;
    return Math.random();
  },
};

/** Traffic's ticker (paused while the tab is hidden) and a take-over's timeouts. */
export const browserTimers = {
  setInterval: (fn: () => void, ms: number): unknown => window.setInterval(fn, ms),
  clearInterval: (h: unknown) => window.clearInterval(h as number),
  isHidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
  setTimeout: (fn: () => void, ms: number): unknown => window.setTimeout(fn, ms),
  clearTimeout: (h: unknown) => window.clearTimeout(h as number),
};

export type Timers = typeof browserTimers;
