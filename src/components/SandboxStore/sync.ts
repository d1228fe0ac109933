/**
 * Writing one scenario's state to web storage, shared with the origin's other tabs.
 *
 * Actions apply at once (the UI never waits) and are written under a lock all tabs share.
 * If another tab wrote since this one last read, the actions not written yet are replayed on
 * top of its save (`journal.ts`): nothing either tab did is lost or given a used id. Because
 * a tab can read a value already replaced in another process, the newest written actions
 * are kept with the number of the write that first carried them, and any that a value in
 * storage is found not to hold is replayed on it (`lineage.ts`). A write that fails is said so, with what a reload would bring back, and noted in
 * this tab's session storage so that the reload says which save it got.
 */
import {
  adoptExternalState,
  applyEvent,
  counters,
  integrations,
  load,
  save,
  type Env,
  type SandboxState,
} from '@site/src/tokens';
import {applyRecorded, replay, type Action, type Applied, type Pending} from './journal';
import {advance, heldUpTo, unwrap, wrap, type Head, type Stored} from './lineage';
import {notices, type Notice, type NoticeCode} from './notices';
import type {SandboxStorage} from './storage';
import type {CrossTabLock} from './traffic';

/** What the sync needs from its store. */
export interface SyncHost {
  state(): SandboxState;
  setState(s: SandboxState): void;
  raise(notice: Notice): void;
  cleared(code: NoticeCode): void;
}

/**
 * How many written actions a tab keeps to replay should another tab drop them: minutes of
 * traffic, where a copy of storage lags by the time an event takes to reach another process.
 */
const KEPT = 256;

/** An action written, and the number of the first of this tab's writes that carried it. */
interface Written {
  readonly pending: Pending;
  readonly first: number;
}

/** Nothing the reader did: no integration, no request. */
export const pristine = (s: SandboxState): boolean =>
  integrations(s).length === 0 && counters(s).total === 0;

export function createSync(
  storage: SandboxStorage,
  marker: SandboxStorage,
  env: Env,
  lock: CrossTabLock,
  lockName: string,
  host: SyncHost,
) {
  /** The value this tab last read or wrote: anything else in storage is another tab's. */
  let base: string | null = null;
  /** The heads `base` holds, carried into the next value this tab writes on it. */
  let baseHeads: readonly Head[] = [];
  /** The newest actions written, replayed if a value in storage turns out not to hold them. */
  let written: Written[] = [];
  const tabId = Math.floor(env.random() * 36 ** 6).toString(36);
  let writes = 0;
  /** The last state written (or read at start): what a reload would bring back. */
  let lastSaved: SandboxState | null = null;
  let journal: Pending[] = [];
  /** A write is owed: actions in the journal, or a replacement that must win. */
  let dirty = false;
  /** The next write replaces whatever storage holds (a replacement, Undo, Keep). */
  let overwrite = false;
  let queued = false;
  let holding = false;
  /** Not writing: a replacement whose backup could not be written (storage full). */
  let paused = false;

  const failed = (why: string) => {
    const note = marker.read();
    if (note.ok && note.text === null)
      marker.write(JSON.stringify({since: lastSaved?.lastAt ?? null}));
    const kept = lastSaved === null || pristine(lastSaved) ? null : lastSaved;
    host.raise(notices.notSaved(why, kept === null ? null : {at: kept.lastAt, state: kept}));
  };

  const write = (state: SandboxState, on: readonly Head[]): void => {
    const saved = save(state);
    if (!saved.ok) {
      journal = [];
      return failed('it holds too much data');
    }
    const heads = advance(on, tabId, writes + 1);
    const raw = wrap(saved.text, heads);
    const result = storage.write(raw);
    // Nothing can be written now: this tab's state is the truth, and its journal is not
    // kept growing for hours of traffic while storage stays full.
    if (!result.ok) {
      journal = [];
      return failed(result.reason);
    }
    writes += 1;
    base = raw;
    baseHeads = heads;
    written = [...written, ...journal.map((pending) => ({pending, first: writes}))].slice(-KEPT);
    journal = [];
    lastSaved = state;
    marker.clear();
    host.cleared('not-saved');
    host.cleared('storage-unavailable');
  };

  /** Another tab's save (or a cleared storage) under this tab's dropped and unwritten actions. */
  const rebase = (text: string | null, lost: readonly Pending[]): SandboxState => {
    const mine = host.state();
    if (text === null) return replay(applyEvent(mine, {type: 'reset'}, env).state, journal, env);
    const loaded = load(text);
    // A half-written or foreign value: this tab's state stays valid and is written over it.
    if (!loaded.ok) return mine;
    return replay(adoptExternalState(mine, loaded.state), [...lost, ...journal], env);
  };

  /** Written actions a value does not hold: another tab wrote over them. */
  const dropped = (stored: Stored): Pending[] => {
    const held = heldUpTo(stored, tabId);
    return written.filter((w) => w.first > held).map((w) => w.pending);
  };

  /** Adopts another tab's save when this tab has nothing unwritten. */
  const adopt = (raw: string | null): void => {
    if (raw === base) return;
    const stored = unwrap(raw);
    // A cleared storage is a deliberate act elsewhere (no tab writes null over a stale read),
    // so it supersedes this tab's written actions rather than having them replayed.
    if (stored.text !== null && dropped(stored).length > 0) return requestWrite();
    base = raw;
    baseHeads = stored.heads;
    const text = stored.text;
    if (text === null) {
      written = [];
      // Cleared elsewhere: the core's reset keeps the id sequences (and turns traffic off).
      return host.setState(applyEvent(host.state(), {type: 'reset'}, env).state);
    }
    const loaded = load(text);
    if (loaded.ok) {
      lastSaved = loaded.state;
      host.setState(adoptExternalState(host.state(), loaded.state));
    }
  };

  const readText = (): string | null => {
    const read = storage.read();
    return read.ok ? read.text : base;
  };

  /** Writes what is owed, or adopts another tab's newer save when nothing is. */
  const flush = (): void => {
    queued = false;
    const read = storage.read();
    if (!read.ok) {
      journal = [];
      dirty = false;
      return host.raise(notices.unavailable(read.reason));
    }
    if (!dirty) return adopt(read.text);
    const changed = !overwrite && read.text !== base;
    const stored = unwrap(read.text);
    // Dropped actions are replayed on the value read, before the unwritten ones; they keep
    // their first write's number, since that write and every later one hold them.
    if (changed && stored.text === null) written = [];
    const state = changed ? rebase(stored.text, dropped(stored)) : host.state();
    dirty = false;
    overwrite = false;
    if (state !== host.state()) host.setState(state);
    if (paused) journal = [];
    else write(state, changed ? stored.heads : baseHeads);
  };

  /** Runs `fn` under the cross-tab lock (at once when this tab already holds it). */
  const locked = (fn: () => void) => {
    if (holding) return fn();
    lock(lockName, () => {
      holding = true;
      try {
        fn();
      } finally {
        holding = false;
      }
    });
  };

  const requestWrite = (replaces = false): void => {
    dirty = true;
    overwrite ||= replaces;
    if (holding) return flush();
    if (queued) return;
    queued = true;
    locked(() => queued && flush());
  };

  return {
    /** Applies an action now and owes its write. */
    act(action: Action): Applied {
      const {applied, pending} = applyRecorded(host.state(), action, env);
      if (applied.state === host.state()) return applied;
      journal.push(pending);
      host.setState(applied.state);
      requestWrite();
      return applied;
    },
    /** The state now on screen replaces whatever is saved (this tab's unwritten actions too). */
    replaceSaved() {
      journal = [];
      written = [];
      requestWrite(true);
    },
    /** Brings in another tab's latest save, or writes what is owed first. */
    sync: () => locked(() => (dirty ? flush() : adopt(readText()))),
    locked,
    flushNow: () => dirty && flush(),
    pause(on: boolean) {
      paused = on;
    },
    isPaused: () => paused,
    /** The value read at start. */
    started(raw: string, state: SandboxState) {
      base = raw;
      baseHeads = unwrap(raw).heads;
      lastSaved = state;
    },
  };
}

export type Sync = ReturnType<typeof createSync>;
