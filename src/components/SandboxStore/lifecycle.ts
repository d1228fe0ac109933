/** One scenario's store: opening the save, which tab writes, and replacements Undo can revert. */
import {
  decodeShare,
  drillState,
  load,
  save,
  type DrillKey,
  type SandboxState,
} from '@site/src/tokens';
import {notices} from './notices';
import {memoryStorage} from './browser';
import {readBackups, writeBackups} from './backups';
import {TabRole, type Role} from './role';
import {ELSEWHERE, pristine, StoreCore, unwrap} from './store';
import type {ReplaceKind, ReplaceResult} from './types';

export class SandboxStore extends StoreCore {
  private started = false;
  private readonly backups = this.options.backup ?? memoryStorage();
  /** A share link waiting for this tab to write (a mirror takes over first). */
  private pendingShare: string | null = null;
  // Drawn with or without other tabs, so a seeded env's sequence does not depend on them.
  private readonly tabId =
    this.options.tabId ?? Math.floor(this.env.random() * 36 ** 8).toString(36);
  private readonly role = this.options.crossTab
    ? new TabRole(
        this.options.crossTab,
        this.tabId,
        {
          changed: (role) => this.roleChanged(role),
          received: ({rev, text, unsavedSince}) => {
            this.adopt(rev, text);
            this.mirrored(unsavedSince);
          },
          current: () => this.message(),
        },
        this.timers,
      )
    : null;

  /** Reads the saved state once (and opens a share link, if given); later calls do nothing. */
  start = (shareFragment: string | null): void => {
    if (this.started) return;
    this.started = true;
    const read = this.storage.read();
    if (read.ok) this.restore(unwrap(read.text));
    else this.set({condition: notices.unavailable(read.reason)});
    if (this.role === null) this.roleChanged('writer');
    else this.role.start();
    if (shareFragment !== null) this.openShare(shareFragment);
  };

  /** Opens a share link's scenario, putting the reader's sandbox aside for Undo. */
  openShare = (fragment: string): void => {
    if (!this.started) return this.start(fragment);
    this.pendingShare = fragment;
    this.settleShare();
  };

  /** Puts the reader's sandbox aside first; refused when it cannot (storage full) unless `force`. */
  reset = (force = false): ReplaceResult =>
    this.replace('reset', drillState('planned', this.snap.state, this.env), force);

  startDrill = (drill: DrillKey, force = false): ReplaceResult =>
    this.replace('drill', drillState(drill, this.snap.state, this.env), force);

  /** Brings back the sandbox the newest replacement put aside. */
  undo = (): void => {
    const list = this.writing() ? readBackups(this.backups) : [];
    const back = list.pop();
    if (back === undefined) return;
    writeBackups(this.backups, list);
    const next = list.at(-1)?.kind ?? null;
    const loaded = load(back.save);
    if (!loaded.ok) return this.set({notice: notices.undoFailed(loaded.reason), undo: next});
    this.acted(loaded.state, {notice: notices.undone(), undo: next});
    this.updateTraffic();
  };

  /** "Use the sandbox here": this tab becomes the one that writes. */
  takeOver = (): void => this.role?.takeOver();

  /** The page goes away (tests; the browser releases the lock by itself). */
  close = (): void => {
    this.role?.close();
    this.attached = 0;
    this.updateTraffic();
  };

  /** The save read at start, with a notice whenever that is not simply the newest work. */
  private restore({rev, replaced, text}: ReturnType<typeof unwrap>) {
    if (text === null) return;
    const loaded = this.adopt(rev, text, replaced);
    if (!loaded.ok) {
      this.storage.clear();
      return this.set({notice: notices.restoreFailed(loaded.reason)});
    }
    this.written = loaded.state;
    const kept = readBackups(this.backups).at(-1);
    const since = this.markedSince();
    const notice =
      since !== null ? notices.restoredOlder(since) : kept ? notices.backupKept(kept) : null;
    this.set({notice, undo: kept?.kind ?? null});
  }

  private roleChanged(role: Role) {
    const behind = role === 'writer' && this.adoptStored();
    this.set({role, ready: true});
    this.updateTraffic();
    if (behind) this.persist();
    this.settleShare();
  }

  /** Shows the writer's save (the writer's state is the sandbox). */
  private adopt(rev: number, text: string, kind: ReplaceKind | null = this.replaced) {
    const loaded = load(text);
    if (!loaded.ok) return loaded;
    this.rev = rev;
    this.replaced = kind;
    this.set({state: loaded.state});
    return loaded;
  }

  /** On becoming the writer: storage may hold a newer write than this tab, or an older one. */
  private adoptStored() {
    const read = this.storage.read();
    if (!read.ok) return false;
    const stored = unwrap(read.text);
    if (stored.text !== null && stored.rev > this.rev)
      this.adopt(stored.rev, stored.text, stored.replaced);
    return stored.rev < this.rev;
  }

  private replace(kind: ReplaceKind, next: SandboxState, force: boolean): ReplaceResult {
    if (!this.writing()) return ELSEWHERE;
    const list = readBackups(this.backups);
    // The reader's own work is put aside; an untouched replacement can be made again.
    const own = this.replaced === null && !pristine(this.snap.state);
    const saved = own ? save(this.snap.state) : null;
    const kept =
      saved?.ok === true &&
      writeBackups(this.backups, [...list, {kind, at: this.env.now(), save: saved.text}]);
    if (own && !kept && !force) return {ok: false, reason: notices.cannotKeep};
    const undo = own && kept ? kind : (list.at(-1)?.kind ?? null);
    this.acted(next, {notice: notices.replaced(kind, undo !== null), undo}, kind);
    this.updateTraffic();
    return {ok: true};
  }

  /** A share link is opened by the writing tab: a mirror takes over first. */
  private settleShare() {
    if (this.pendingShare === null) return;
    if (this.snap.role === 'mirror') return this.role?.takeOver();
    if (!this.writing()) return;
    const shared = decodeShare(this.pendingShare);
    this.pendingShare = null;
    const opened = shared.ok ? this.replace('share', shared.state, false) : shared;
    if (!opened.ok) this.set({notice: notices.shareFailed(opened.reason)});
  }
}
