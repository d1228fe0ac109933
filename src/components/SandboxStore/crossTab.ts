/**
 * What a sandbox's tabs share besides storage: one Web Lock that makes one tab the writer,
 * and a BroadcastChannel on which the writer sends each save to the others. The seam lets
 * tests stand in for both (tests/unit/sandbox-store/fakes.ts).
 */

export type TabMessage =
  /** The writer's state after an action, written or not (storage may be full). */
  | {
      readonly type: 'saved';
      readonly rev: number;
      readonly text: string;
      /** When writes started failing; null when this one was written. */
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
  /** This tab holds the lock until it releases it or another tab steals it. */
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
      let done = false;
      const held = new Promise<void>((resolve) => (release = resolve));
      const options: LockOptions =
        mode === 'steal'
          ? {steal: true}
          : mode === 'if-available'
            ? {ifAvailable: true}
            : {signal: withdraw.signal};
      navigator.locks
        .request(name, options, (lock) => {
          if (lock === null) return handlers.busy?.();
          handlers.granted();
          return held;
        })
        // Rejected when withdrawn (nothing to say) or when another tab stole the lock.
        .catch(() => done || handlers.lost?.());
      return () => {
        done = true;
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
