/**
 * One sandbox scenario's store: the state the widgets render, saved in web storage by the
 * one tab that writes it (`role.ts`) and mirrored live by the others. Each action is saved
 * before the store returns, so a tab that closes has nothing left to write. A share link,
 * Reset or a drill puts the reader's own sandbox aside first (`saved.ts`), and Undo brings
 * it back; when it cannot be put aside (storage full), the replacement asks first.
 */
import {
  appStatus,
  applyEvent,
  decodeShare,
  encodeShare,
  handleRequest,
  initialState,
  load,
  drillState,
  save,
  type Env,
  type HttpRequest,
  type HttpResponse,
  type Outcome,
  type DrillKey,
  type Refusal,
  type SandboxEvent,
  type SandboxState,
} from '@site/src/tokens';
import type {CrossTab} from './crossTab';
import {notices, type Notice, type NoticeCode} from './notices';
import {createRole, type Role, type Scheduler} from './role';
import {readBackups, unwrap, wrap, writeBackups, type ReplaceKind} from './saved';
import {memoryStorage, type SandboxStorage} from './storage';
import {browserTimers, TICK_MS, type Timers} from './timers';
import {pristine, readMarker, writeMarker} from './unsaved';

export const SHARE_PARAM = 'share';

/** What widgets render from: one immutable snapshot per change. */
export interface Snapshot {
  readonly state: SandboxState;
  /** False until saved state has been read and this tab knows whether it writes. */
  readonly ready: boolean;
  /** A `mirror` shows another tab's sandbox and takes no action until it takes over. */
  readonly role: Role;
  /** What became of the reader's last action (a replacement, a share link, Undo…). */
  readonly notice: Notice | null;
  /** A lasting condition: storage unavailable, or changes not saved. */
  readonly condition: Notice | null;
  /** Counts the reader's own changes: a message about one action expires with the next. */
  readonly revision: number;
  /** What replaced the reader's sandbox, while Undo can bring it back. */
  readonly undo: ReplaceKind | null;
}

export type ReplaceResult = {readonly ok: true} | {readonly ok: false; readonly reason: string};

export interface SandboxStore {
  getSnapshot(): Snapshot;
  subscribe(listener: () => void): () => void;
  /** Reads the saved state once (and opens a share link, if given); later calls do nothing. */
  start(shareFragment: string | null): void;
  /** Opens a share link's scenario, putting the reader's sandbox aside for Undo. */
  openShare(shareFragment: string): void;
  /**
   * Replaces the scenario, putting the reader's own sandbox aside first. Refused when it
   * cannot be put aside (storage full) unless `force`: the page asks the reader first.
   */
  replace(kind: ReplaceKind, next: SandboxState, force?: boolean): ReplaceResult;
  reset(force?: boolean): ReplaceResult;
  startDrill(drill: DrillKey, force?: boolean): ReplaceResult;
  /** Brings back the sandbox the newest replacement put aside. */
  undo(): void;
  dismissNotice(): void;
  dismissCondition(): void;
  dispatch(event: SandboxEvent): Outcome;
  request(req: HttpRequest): HttpResponse;
  setTraffic(on: boolean): void;
  /** A page shows the application: while one does, its traffic runs (in the writing tab). */
  attachTraffic(): () => void;
  /** "Use the sandbox here": this tab becomes the one that writes. */
  takeOver(): void;
  shareFragment(): {ok: true; value: string} | {ok: false; reason: string};
  /** The page is being hidden or closed: changes not saved yet get one more try. */
  saveNow(): void;
  /** The page goes away (tests; the browser releases the lock by itself). */
  close(): void;
}

export interface StoreOptions {
  /** Where replaced sandboxes are kept for Undo (memory only if absent). */
  readonly backup?: SandboxStorage;
  /** Notes that writes failed since a time: this tab's (kept on reload) and the origin's. */
  readonly markers?: readonly SandboxStorage[];
  /** The other tabs; without them this tab writes alone. */
  readonly crossTab?: CrossTab | null;
  readonly tabId?: string;
  readonly scheduler?: Scheduler;
}

const ELSEWHERE: Refusal = {
  ok: false,
  code: 'another-tab',
  reason: 'This sandbox is saved by another tab: choose “Use the sandbox here” to work in it here.',
};

export function createSandboxStore(
  storage: SandboxStorage,
  env: Env,
  timers: Timers = browserTimers,
  options: StoreOptions = {},
): SandboxStore {
  const backups = options.backup ?? memoryStorage();
  const markers = options.markers ?? [];
  let snap: Snapshot = {
    state: initialState(),
    ready: false,
    role: 'starting',
    notice: null,
    condition: null,
    revision: 0,
    undo: null,
  };
  let started = false;
  /** The number of the write `snap.state` is (or comes from). */
  let rev = 0;
  let replaced: ReplaceKind | null = null;
  /** The last state written, and since when writes fail. */
  let written: {at: number; state: SandboxState} | null = null;
  let unsavedSince: number | null = null;
  let ticker: unknown = null;
  let attached = 0;
  /** A share link waiting for this tab to write (a mirror takes over first). */
  let pendingShare: string | null = null;
  const dismissed = new Set<NoticeCode>();
  const listeners = new Set<() => void>();

  const writing = () => snap.role === 'writer';
  const runTicker = () => {
    const due = writing() && attached > 0 && appStatus(snap.state).traffic;
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
  /** A condition is said once: not again after Dismiss until it has cleared. */
  const raise = (condition: Notice) => {
    if (!dismissed.has(condition.code) && snap.condition?.code !== condition.code) set({condition});
  };
  const clear = (code: NoticeCode) => {
    dismissed.delete(code);
    if (snap.condition?.code === code) set({condition: null});
  };

  /** Saves the state now (the writer only), and sends it to the other tabs. */
  const persist = () => {
    const saved = save(snap.state);
    rev += 1;
    const result = saved.ok
      ? storage.write(wrap({rev, replaced, text: saved.text}))
      : {ok: false as const, reason: 'it holds too much data'};
    if (result.ok) {
      written = {at: snap.state.lastAt, state: snap.state};
      unsavedSince = null;
      markers.forEach((m) => m.clear());
      clear('not-saved');
    } else {
      unsavedSince ??= written?.at ?? snap.state.lastAt;
      markers.forEach((m) => writeMarker(m, unsavedSince!));
      raise(
        notices.notSaved(
          result.reason,
          written !== null && !pristine(written.state) ? written : null,
        ),
      );
    }
    if (saved.ok) role?.announce();
  };

  /** The state after the writer applied something: saved, and a reader's act makes it theirs. */
  const applied = (state: SandboxState, byReader: boolean) => {
    if (state === snap.state) return;
    if (byReader) replaced = null;
    set(
      byReader
        ? {
            state,
            revision: snap.revision + 1,
            notice: null,
          }
        : {state},
    );
    persist();
  };

  function tick() {
    // Like a real app's background job, the simulated one pauses with its tab.
    if (timers.isHidden() || !writing()) return;
    applied(applyEvent(snap.state, {type: 'tick'}, env).state, false);
  }

  const role =
    options.crossTab == null
      ? null
      : createRole(
          options.crossTab,
          options.tabId ?? Math.floor(env.random() * 36 ** 8).toString(36),
          {
            changed(r) {
              const behind = r === 'writer' && adoptStored();
              set({role: r, ready: true});
              if (behind) persist();
              settleShare();
            },
            received(nextRev, text, since) {
              adopt(nextRev, text);
              if (since === null) return clear('not-saved');
              markers.forEach((m) => writeMarker(m, since));
              raise(notices.notSavedSince(since));
            },
            current: () => {
              const saved = save(snap.state);
              return saved.ok ? {rev, text: saved.text, unsavedSince} : null;
            },
          },
          options.scheduler ?? {
            setTimeout: (fn, ms) => window.setTimeout(fn, ms),
            clearTimeout: (h) => window.clearTimeout(h as number),
          },
        );

  /** Another tab's save, if it is newer than what this tab shows. */
  const adopt = (nextRev: number, text: string, kind: ReplaceKind | null = replaced) => {
    const loaded = load(text);
    if (!loaded.ok) return;
    rev = nextRev;
    replaced = kind;
    set({state: loaded.state});
  };
  /**
   * On becoming the writer: storage may hold a write whose message has not arrived yet, or
   * this tab may hold a newer state than storage (the last writer could not save it).
   */
  const adoptStored = () => {
    const read = storage.read();
    const stored = read.ok ? unwrap(read.text) : null;
    if (stored?.text != null && stored.rev > rev) adopt(stored.rev, stored.text, stored.replaced);
    return stored !== null && stored.rev < rev;
  };

  const fromStorage = (): Partial<Snapshot> => {
    const read = storage.read();
    if (!read.ok) return {condition: notices.unavailable(read.reason)};
    const stored = unwrap(read.text);
    if (stored.text === null) return {};
    const loaded = load(stored.text);
    if (!loaded.ok) {
      storage.clear();
      return {notice: notices.restoreFailed(loaded.reason)};
    }
    rev = stored.rev;
    replaced = stored.replaced;
    written = {at: loaded.state.lastAt, state: loaded.state};
    const kept = readBackups(backups).at(-1);
    const since = readMarker(markers);
    const notice =
      since !== null
        ? notices.restoredOlder(since)
        : kept !== undefined
          ? notices.backupKept(kept.kind, kept.at)
          : null;
    return {state: loaded.state, notice, undo: kept?.kind ?? null};
  };

  const replace = (kind: ReplaceKind, next: SandboxState, force = false): ReplaceResult => {
    if (!writing()) return ELSEWHERE;
    const list = readBackups(backups);
    // The reader's own work is put aside; an untouched replacement can be made again.
    const own = replaced === null && !pristine(snap.state);
    const saved = own ? save(snap.state) : null;
    const kept =
      saved?.ok === true &&
      writeBackups(backups, [...list, {kind, at: env.now(), save: saved.text}]);
    if (own && !kept && !force)
      return {
        ok: false,
        reason:
          'Storage is full, so your sandbox cannot be kept for Undo: replacing it would lose it.',
      };
    replaced = kind;
    const undo = own && kept ? kind : (list.at(-1)?.kind ?? null);
    set({
      state: next,
      revision: snap.revision + 1,
      notice: notices.replaced(kind, undo !== null),
      undo,
    });
    persist();
    return {ok: true};
  };

  /** A share link is opened by the writing tab: a mirror takes over first. */
  function settleShare() {
    if (pendingShare === null) return;
    if (snap.role === 'mirror') return role?.takeOver();
    if (!writing()) return;
    const shared = decodeShare(pendingShare);
    pendingShare = null;
    const opened = shared.ok ? replace('share', shared.state) : shared;
    if (!opened.ok) set({notice: notices.shareFailed(opened.reason)});
  }

  const store: SandboxStore = {
    getSnapshot: () => snap,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(shareFragment) {
      if (started) return;
      started = true;
      set(fromStorage());
      if (role === null) set({role: 'writer', ready: true});
      else role.start();
      if (shareFragment !== null) store.openShare(shareFragment);
    },
    openShare(fragment) {
      if (!started) return store.start(fragment);
      pendingShare = fragment;
      settleShare();
    },
    replace,
    reset: (force) => replace('reset', drillState('planned', snap.state, env), force),
    startDrill: (drill, force) => replace('drill', drillState(drill, snap.state, env), force),
    undo() {
      if (!writing()) return;
      const list = readBackups(backups);
      const last = list.at(-1);
      if (last === undefined) return;
      const loaded = load(last.save);
      writeBackups(backups, list.slice(0, -1));
      if (!loaded.ok) return set({notice: notices.undoFailed(loaded.reason), undo: null});
      replaced = null;
      set({
        state: loaded.state,
        revision: snap.revision + 1,
        notice: notices.undone(),
        undo: list.at(-2)?.kind ?? null,
      });
      persist();
    },
    dismissNotice: () => set({notice: null}),
    dismissCondition() {
      if (snap.condition !== null) dismissed.add(snap.condition.code);
      set({condition: null});
    },
    dispatch(event) {
      if (!writing()) return ELSEWHERE;
      const step = applyEvent(snap.state, event, env);
      applied(step.state, true);
      return step.result;
    },
    request(request) {
      if (!writing()) return {status: 409, body: {status: 'ERROR', error: ELSEWHERE.reason}};
      const step = handleRequest(snap.state, request, env);
      applied(step.state, true);
      return step.result;
    },
    setTraffic: (on) => void store.dispatch({type: 'setTraffic', on}),
    attachTraffic() {
      attached += 1;
      runTicker();
      return () => {
        attached -= 1;
        runTicker();
      };
    },
    takeOver: () => role?.takeOver(),
    shareFragment: () => {
      const encoded = encodeShare(snap.state);
      return encoded.ok ? {ok: true, value: `${SHARE_PARAM}=${encoded.value}`} : encoded;
    },
    saveNow() {
      if (writing() && unsavedSince !== null) persist();
    },
    close() {
      role?.close();
      if (ticker !== null) timers.clearInterval(ticker);
      ticker = null;
    },
  };
  return store;
}
