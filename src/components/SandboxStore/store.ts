/**
 * One sandbox scenario's store: the state the widgets render, saved in web storage and
 * shared with the origin's other tabs (`sync.ts`), with notices that say what happened to
 * the reader's work. A share link, Reset or a drill replaces the sandbox only after a backup
 * of it is written; Undo (which survives a reload) puts it back. If the backup cannot be
 * written, the new scenario is not written either, so the reader's save stays.
 */
import {
  decodeShare,
  encodeShare,
  initialState,
  load,
  presetState,
  save,
  trafficOn,
  type Env,
  type HttpRequest,
  type HttpResponse,
  type Outcome,
  type PresetKey,
  type SandboxEvent,
  type SandboxState,
} from '@site/src/tokens';
import {readBackup, writeBackup} from './backup';
import {unwrap} from './lineage';
import {notices, type Notice, type NoticeCode, type ReplaceKind} from './notices';
import {memoryStorage, type SandboxStorage} from './storage';
import {createSync, pristine} from './sync';
import {browserTimers, immediateLock, TICK_MS, type CrossTabLock, type Timers} from './traffic';

export const SHARE_PARAM = 'share';

/** What widgets render from: one immutable snapshot per change. */
export interface Snapshot {
  readonly state: SandboxState;
  /** False until saved state has been read (in an effect, so SSR and hydration agree). */
  readonly ready: boolean;
  readonly notice: Notice | null;
  /** Counts the reader's own changes: a message about one action expires with the next. */
  readonly revision: number;
  /** What replaced the reader's sandbox, while Undo can still put it back. */
  readonly undo: ReplaceKind | null;
}

export interface SandboxStore {
  getSnapshot(): Snapshot;
  subscribe(listener: () => void): () => void;
  /** Reads the saved state once (and opens a share link, if given); later calls do nothing. */
  start(shareFragment: string | null): void;
  /** Opens a share link's scenario, keeping the reader's sandbox for Undo. */
  openShare(shareFragment: string): void;
  /** Replaces the scenario, keeping the reader's sandbox for Undo (tests, and the two below). */
  replace(kind: ReplaceKind, next: SandboxState): void;
  /** Reset sandbox: an empty one (ids go on), with Undo. */
  reset(): void;
  /** Starts a drill fresh, with Undo. */
  startDrill(preset: PresetKey): void;
  /** Puts back the sandbox the last replacement replaced. */
  undo(): void;
  /** Keeps the replacement: the backup is dropped. */
  keep(): void;
  dispatch(event: SandboxEvent): Outcome;
  request(req: HttpRequest): HttpResponse;
  setTraffic(on: boolean): void;
  /**
   * A page that shows the application is open: while one is (and the tab is visible), the
   * application pushes every second if its traffic is on. Returns the detach function.
   */
  attachTraffic(): () => void;
  dismissNotice(): void;
  shareFragment(): {ok: true; value: string} | {ok: false; reason: string};
  /** Writes what is not written yet, now (the page is being hidden or closed). */
  flushNow(): void;
}

export interface StoreOptions {
  /** Where a replaced sandbox is kept until Undo or Keep (memory only if absent). */
  readonly backup?: SandboxStorage;
  /** This tab's note that writes failed since a time (sessionStorage: kept on reload). */
  readonly marker?: SandboxStorage;
  readonly lock?: CrossTabLock;
  /** The lock's name: one per saved scenario. */
  readonly lockName?: string;
}

/** Conditions that last: once dismissed, not raised again until they clear. */
const CONDITIONS: ReadonlySet<NoticeCode> = new Set(['storage-unavailable', 'not-saved']);

/** The state after the reader's own action: what a notice about an earlier action said is old. */
const afterAction = (s: Snapshot, state: SandboxState): Partial<Snapshot> => ({
  state,
  revision: s.revision + 1,
  notice: s.notice !== null && CONDITIONS.has(s.notice.code) ? s.notice : null,
});

export function createSandboxStore(
  storage: SandboxStorage,
  env: Env,
  timers: Timers = browserTimers,
  options: StoreOptions = {},
): SandboxStore {
  const backups = options.backup ?? memoryStorage();
  const marker = options.marker ?? memoryStorage();
  let snap: Snapshot = {state: initialState(), ready: false, notice: null, revision: 0, undo: null};
  let started = false;
  let ticker: unknown = null;
  let attached = 0;
  /** What Undo puts back in this page's lifetime (the backup key is for after a reload). */
  let undoTarget: SandboxState | null = null;
  const dismissed = new Set<NoticeCode>();
  const listeners = new Set<() => void>();

  const tick = () => {
    // Like a real app's background job, the simulated one pauses with its tab.
    if (timers.isHidden()) return;
    // Each tick runs under the lock on the latest save, so two tabs with traffic on take
    // turns instead of replaying each other's ticks.
    sync.locked(() => {
      if (ticker === null || timers.isHidden()) return;
      sync.sync();
      if (trafficOn(snap.state)) sync.act({kind: 'event', event: {type: 'tick'}});
    });
  };
  /** The timer runs exactly while the state says traffic is on and a page shows it. */
  const runTicker = () => {
    const due = started && attached > 0 && trafficOn(snap.state);
    if (due && ticker === null) ticker = timers.setInterval(tick, TICK_MS);
    if (!due && ticker !== null) {
      timers.clearInterval(ticker);
      ticker = null;
    }
  };
  const set = (next: Partial<Snapshot>) => {
    snap = {...snap, ...next};
    runTicker();
    listeners.forEach((l) => l());
  };
  const sync = createSync(
    storage,
    marker,
    env,
    options.lock ?? immediateLock,
    options.lockName ?? 'stitch-token-sandbox',
    {
      state: () => snap.state,
      setState: (state) => set({state}),
      raise(notice) {
        if (dismissed.has(notice.code) || snap.notice?.code === notice.code) return;
        set({notice});
      },
      cleared(code) {
        dismissed.delete(code);
        if (snap.notice?.code === code) set({notice: null});
      },
    },
  );

  const replace = (kind: ReplaceKind, next: SandboxState) => {
    const previous = snap.state;
    const keep = !pristine(previous);
    undoTarget = keep ? previous : null;
    const prevSave = keep ? save(previous) : null;
    // The backup first: without it, writing the new scenario would lose the reader's.
    const backedUp = prevSave?.ok
      ? writeBackup(backups, {kind, at: env.now(), save: prevSave.text})
      : !keep;
    if (!keep) backups.clear();
    sync.pause(!backedUp);
    set({
      ...afterAction(snap, next),
      notice: notices.replaced(kind, keep, backedUp),
      undo: keep ? kind : null,
    });
    sync.replaceSaved();
  };

  const fromStorage = (): Partial<Snapshot> => {
    const read = storage.read();
    if (!read.ok) return {notice: notices.unavailable(read.reason)};
    const stored = unwrap(read.text);
    if (read.text === null || stored.text === null) return {};
    const loaded = load(stored.text);
    if (!loaded.ok) {
      storage.clear();
      return {notice: notices.restoreFailed(loaded.reason)};
    }
    sync.started(read.text, loaded.state);
    const kept = readBackup(backups);
    if (kept !== null)
      return {state: loaded.state, notice: notices.backupKept(kept.kind, kept.at), undo: kept.kind};
    return {state: loaded.state, ...restoredOlder()};
  };

  /** A reload after failed writes in this tab: say which save it brought back. */
  const restoredOlder = (): Partial<Snapshot> => {
    const note = marker.read();
    if (!note.ok || note.text === null) return {};
    try {
      const {since} = JSON.parse(note.text) as {since: unknown};
      return typeof since === 'number' ? {notice: notices.restoredOlder(since)} : {};
    } catch {
      return {};
    }
  };

  const openShare = (fragment: string) => {
    const shared = decodeShare(fragment);
    if (!shared.ok) return set({notice: notices.shareFailed(shared.reason)});
    replace('share', shared.state);
  };

  const store: SandboxStore = {
    getSnapshot: () => snap,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(shareFragment) {
      if (started) return;
      started = true;
      set({...fromStorage(), ready: true});
      if (shareFragment !== null) openShare(shareFragment);
      // The event only says "changed": read the current value under the lock.
      storage.onExternalChange(() => sync.sync());
    },
    openShare(fragment) {
      if (!started) return store.start(fragment);
      openShare(fragment);
    },
    replace,
    reset: () => replace('reset', presetState('planned', snap.state, env)),
    startDrill: (preset) => replace('preset', presetState(preset, snap.state, env)),
    undo() {
      const kept = readBackup(backups);
      const loaded = kept === null ? null : load(kept.save);
      const target = undoTarget ?? (loaded?.ok ? loaded.state : null);
      if (target === null) {
        if (loaded !== null && !loaded.ok) set({notice: notices.undoFailed(loaded.reason)});
        return;
      }
      undoTarget = null;
      backups.clear();
      sync.pause(false);
      set({...afterAction(snap, target), notice: notices.undone(), undo: null});
      sync.replaceSaved();
    },
    keep() {
      undoTarget = null;
      backups.clear();
      set({notice: null, undo: null});
      if (!sync.isPaused()) return;
      // The kept scenario was not written (no backup could be): write it now, over the save.
      sync.pause(false);
      sync.replaceSaved();
    },
    dispatch(event) {
      const before = snap.state;
      const applied = sync.act({kind: 'event', event});
      if (applied.kind !== 'event') throw new Error('an event gives an outcome');
      if (snap.state !== before) set(afterAction(snap, snap.state));
      return applied.outcome;
    },
    request(request) {
      const before = snap.state;
      const applied = sync.act({kind: 'request', request});
      if (applied.kind !== 'request') throw new Error('a request gives a response');
      if (snap.state !== before) set(afterAction(snap, snap.state));
      return applied.response;
    },
    setTraffic(on) {
      store.dispatch({type: 'setTraffic', on});
    },
    attachTraffic() {
      attached += 1;
      runTicker();
      return () => {
        attached -= 1;
        runTicker();
      };
    },
    dismissNotice() {
      const code = snap.notice?.code;
      if (code === 'replaced' && snap.notice?.undo === true) return store.keep();
      if (code !== undefined && CONDITIONS.has(code)) dismissed.add(code);
      set({notice: null});
    },
    shareFragment: () => {
      const encoded = encodeShare(snap.state);
      return encoded.ok ? {ok: true, value: `${SHARE_PARAM}=${encoded.value}`} : encoded;
    },
    flushNow: () => void sync.flushNow(),
  };
  return store;
}
