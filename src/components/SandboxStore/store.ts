import {
  adoptExternalState,
  applyEvent,
  decodeShare,
  encodeShare,
  handleRequest,
  initialState,
  load,
  save,
  type Env,
  type HttpRequest,
  type HttpResponse,
  type Outcome,
  type SandboxEvent,
  type SandboxState,
} from '@site/src/tokens';
import type {SandboxStorage} from './storage';

export type NoticeTone = 'info' | 'warning';

/**
 * What a notice is about. A notice is replaced or re-announced only when its code changes,
 * never because its text did (the "too large" text quotes a size that grows every tick).
 */
export type NoticeCode =
  | 'storage-unavailable'
  | 'too-large'
  | 'restore-failed'
  | 'share-loaded'
  | 'share-failed'
  | 'share-undone';

export interface Notice {
  readonly code: NoticeCode;
  readonly tone: NoticeTone;
  readonly text: string;
  /** The notice offers **Undo** (`store.undoShare()`): the link replaced the reader's save. */
  readonly undo?: boolean;
}

/** What widgets render from: one immutable snapshot per change. */
export interface Snapshot {
  readonly state: SandboxState;
  /** False until saved state has been read (in an effect, so SSR and hydration agree). */
  readonly ready: boolean;
  readonly traffic: boolean;
  readonly notice: Notice | null;
}

export interface SandboxStore {
  getSnapshot(): Snapshot;
  subscribe(listener: () => void): () => void;
  /** Reads saved or shared state once; later calls do nothing (use `openShare`). */
  start(shareFragment: string | null): void;
  /** Opens a share link's scenario (reached after `start`), keeping the reader's save for Undo. */
  openShare(shareFragment: string): void;
  /** Puts back the sandbox a share link replaced. */
  undoShare(): void;
  dispatch(event: SandboxEvent): Outcome;
  request(req: HttpRequest): HttpResponse;
  setTraffic(on: boolean): void;
  dismissNotice(): void;
  shareFragment(): {ok: true; value: string} | {ok: false; reason: string};
}

export const TICK_MS = 1000;
export const SHARE_PARAM = 'share';

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  isHidden(): boolean;
}

/** Runs `fn` while holding a lock shared by every tab of the origin (or just runs it). */
export type CrossTabLock = (name: string, fn: () => void) => void;

export interface StoreOptions {
  /** Where the save a share link replaced is kept until Undo (memory only if absent). */
  readonly backup?: SandboxStorage;
  readonly lock?: CrossTabLock;
  /** The lock's name: one per saved scenario. */
  readonly lockName?: string;
}

const browserTimers: Timers = {
  setInterval: (fn, ms) => window.setInterval(fn, ms),
  clearInterval: (h) => window.clearInterval(h as number),
  isHidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
};

/** The Web Locks API where the browser has it; otherwise the tick runs unlocked. */
export const browserLock: CrossTabLock = (name, fn) => {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks === undefined || typeof locks.request !== 'function') return fn();
  locks.request(name, () => fn()).catch(() => fn());
};

/** Conditions that last: once dismissed, not raised again until they clear. */
const CONDITIONS: ReadonlySet<NoticeCode> = new Set(['storage-unavailable', 'too-large']);

export function createSandboxStore(
  storage: SandboxStorage,
  env: Env,
  timers: Timers = browserTimers,
  options: StoreOptions = {},
): SandboxStore {
  const lock = options.lock ?? ((_name: string, fn: () => void) => fn());
  const lockName = options.lockName ?? 'stitch-token-sandbox';
  let snap: Snapshot = {state: initialState(), ready: false, traffic: false, notice: null};
  let started = false;
  let ticker: unknown = null;
  /** The saved text this store last wrote or adopted: anything else in storage is newer. */
  let lastText: string | null = null;
  /** The reader's own save that the last share link replaced (for Undo). */
  let backupText: string | null = null;
  const dismissed = new Set<NoticeCode>();
  const listeners = new Set<() => void>();

  const set = (next: Partial<Snapshot>) => {
    snap = {...snap, ...next};
    listeners.forEach((l) => l());
  };

  const raise = (notice: Notice) => {
    if (dismissed.has(notice.code) || snap.notice?.code === notice.code) return;
    set({notice});
  };

  const conditionCleared = (code: NoticeCode) => {
    dismissed.delete(code);
    if (snap.notice?.code === code) set({notice: null});
  };

  const persist = (state: SandboxState) => {
    // A state too large to load back is never written: the last loadable save stays, and
    // the user is told why now instead of finding a reset after the next reload.
    const encoded = save(state);
    if (!encoded.ok) return raise({code: 'too-large', tone: 'warning', text: encoded.reason});
    const written = storage.write(encoded.text);
    if (!written.ok) {
      return raise({code: 'storage-unavailable', tone: 'warning', text: written.reason});
    }
    lastText = encoded.text;
    conditionCleared('too-large');
    conditionCleared('storage-unavailable');
  };

  const commit = (state: SandboxState) => {
    if (state === snap.state) return;
    set({state});
    persist(state);
  };

  const stopTicker = () => {
    if (ticker !== null) timers.clearInterval(ticker);
    ticker = null;
  };

  /**
   * Storage was cleared elsewhere (another tab, the browser's site-data button). Take the
   * core's reset path, which keeps the id sequences (ids are never reused), and stop the
   * traffic: the token it sent is gone. Nothing is written: storage stays cleared.
   */
  const adoptClear = () => {
    lastText = null;
    stopTicker();
    set({state: applyEvent(snap.state, {type: 'reset'}, env).state, traffic: false});
  };

  const adoptText = (text: string | null) => {
    if (text === lastText) return;
    if (text === null) return adoptClear();
    // Seen once: a half-written or foreign value is not parsed again on every action.
    lastText = text;
    const loaded = load(text);
    // A half-written or foreign value from another tab is ignored: ours stays valid.
    if (loaded.ok) set({state: adoptExternalState(snap.state, loaded.state)});
  };

  /**
   * Read-modify-write: before applying anything, adopt what another tab saved since our
   * last write. Storage events arrive asynchronously, so without this re-read a tab could
   * act on an older state and overwrite the other tab's accepted records.
   */
  const syncFromStorage = () => {
    if (!started) return;
    const read = storage.read();
    if (read.ok) adoptText(read.text);
  };

  const fromStorage = (): Partial<Snapshot> => {
    const read = storage.read();
    if (!read.ok) {
      return {notice: {code: 'storage-unavailable', tone: 'warning', text: read.reason}};
    }
    if (read.text === null) return {};
    const loaded = load(read.text);
    if (loaded.ok) {
      lastText = read.text;
      return {state: loaded.state};
    }
    storage.clear();
    return {
      notice: {
        code: 'restore-failed',
        tone: 'warning',
        text: `The saved sandbox could not be restored, so it was reset. ${loaded.reason}`,
      },
    };
  };

  const dispatch = (event: SandboxEvent): Outcome => {
    syncFromStorage();
    const step = applyEvent(snap.state, event, env);
    if (event.type === 'reset') {
      stopTicker();
      set({traffic: false, notice: null});
    }
    commit(step.state);
    return step.outcome;
  };

  const openShare = (fragment: string) => {
    const shared = decodeShare(fragment);
    if (!shared.ok) {
      return set({
        notice: {
          code: 'share-failed',
          tone: 'warning',
          text: `The shared link could not be opened, so your own sandbox is shown. ${shared.reason}`,
        },
      });
    }
    // The link replaces the reader's own sandbox: keep that save (under a backup key too,
    // so a reload before Undo does not lose it) and offer Undo in the notice.
    const read = storage.read();
    let previous: string | null = null;
    if (read.ok) previous = read.text;
    else {
      const own = save(snap.state); // in memory only: keep what is on screen
      if (own.ok) previous = own.text;
    }
    backupText = previous;
    if (previous !== null) options.backup?.write(previous);
    set({
      state: shared.state,
      notice: {
        code: 'share-loaded',
        tone: 'info',
        text:
          previous === null
            ? 'Loaded the shared scenario.'
            : 'Loaded the shared scenario. It replaced your own sandbox, which is kept: Undo puts it back.',
        undo: previous !== null,
      },
    });
    persist(shared.state);
  };

  const start = (shareFragment: string | null) => {
    if (started) return;
    started = true;
    set({...fromStorage(), ready: true});
    if (shareFragment !== null) openShare(shareFragment);
    // The event only says "changed": read the current value, as an event can arrive after
    // this tab has already read (and built on) a newer save.
    storage.onExternalChange(syncFromStorage);
  };

  return {
    getSnapshot: () => snap,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start,
    openShare(fragment) {
      if (!started) return start(fragment);
      syncFromStorage();
      openShare(fragment);
    },
    undoShare() {
      let text = backupText;
      if (text === null && options.backup !== undefined) {
        const read = options.backup.read();
        text = read.ok ? read.text : null;
      }
      if (text === null) return;
      const loaded = load(text);
      backupText = null;
      options.backup?.clear();
      if (!loaded.ok) {
        return set({
          notice: {
            code: 'restore-failed',
            tone: 'warning',
            text: `Your own sandbox could not be restored. ${loaded.reason}`,
          },
        });
      }
      stopTicker();
      set({
        state: loaded.state,
        traffic: false,
        notice: {code: 'share-undone', tone: 'info', text: 'Your own sandbox is back.'},
      });
      persist(loaded.state);
    },
    dispatch,
    request(req) {
      syncFromStorage();
      const step = handleRequest(snap.state, req, env);
      commit(step.state);
      return step.response;
    },
    setTraffic(on) {
      if (on === snap.traffic) return;
      stopTicker();
      if (on) {
        ticker = timers.setInterval(() => {
          // Like a real app's background job, the simulated one pauses with its tab.
          if (timers.isHidden()) return;
          // Two tabs with traffic on would each tick their own copy and the last writer
          // would drop the other's accepted records. Under one lock for all tabs, each tick
          // re-reads storage (dispatch adopts the latest save), applies, and writes before
          // the other tab's tick starts. Simpler than electing a leader tab, and it keeps
          // each tab's switch meaning what it says.
          lock(lockName, () => {
            if (snap.traffic && !timers.isHidden()) dispatch({type: 'tick'});
          });
        }, TICK_MS);
      }
      set({traffic: on});
    },
    dismissNotice() {
      const code = snap.notice?.code;
      if (code !== undefined && CONDITIONS.has(code)) dismissed.add(code);
      set({notice: null});
    },
    shareFragment: () => {
      const encoded = encodeShare(snap.state);
      return encoded.ok ? {ok: true, value: `${SHARE_PARAM}=${encoded.value}`} : encoded;
    },
  };
}
