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
  drillState,
  load,
  save,
  type Env,
  type HttpRequest,
  type HttpResponse,
  type Outcome,
  type DrillKey,
  type SandboxEvent,
  type SandboxState,
} from '@site/src/tokens';
import {ELSEWHERE, notices} from './notices';
import {restore} from './restore';
import {Snapshots} from './snapshots';
import {TabRole} from './role';
import {newestKept, putAside, readStored, takeBack, type ReplaceKind} from './saved';
import {createSaving} from './saving';
import {memoryStorage, type SandboxStorage} from './storage';
import {browserTimers, createTraffic, type Timers} from './timers';
import {
  firstSnapshot,
  SHARE_PARAM,
  type ReplaceResult,
  type Snapshot,
  type StoreOptions,
} from './types';
import {pristine} from './unsaved';

// Methods are arrow-function fields: widgets pass them around unbound.
export class SandboxStore extends Snapshots<Snapshot> {
  private started = false;
  /** The number of the write `snap.state` is (or comes from). */
  private rev = 0;
  private replaced: ReplaceKind | null = null;
  /** A share link waiting for this tab to write (a mirror takes over first). */
  private pendingShare: string | null = null;
  private readonly backups: SandboxStorage;
  private readonly markers: readonly SandboxStorage[];
  private readonly saving;
  private readonly traffic;
  private readonly role: TabRole | null;
  private readonly storage: SandboxStorage;
  private readonly env: Env;

  constructor(
    storage: SandboxStorage,
    env: Env,
    timers: Timers = browserTimers,
    options: StoreOptions = {},
  ) {
    super(firstSnapshot());
    this.storage = storage;
    this.env = env;
    this.backups = options.backup ?? memoryStorage();
    this.markers = options.markers ?? [];
    this.saving = createSaving(storage, this.markers, {
      get: () => this.snap.condition,
      set: (condition) => this.set({condition}),
    });
    this.traffic = createTraffic(
      timers,
      () => this.writing() && appStatus(this.snap.state).traffic,
      // Runs only while due: a tab that stops writing stops it first.
      () => this.applied(applyEvent(this.snap.state, {type: 'tick'}, this.env).state, false),
    );
    const {crossTab, tabId = Math.floor(env.random() * 36 ** 8).toString(36)} = options;
    this.role = crossTab ? new TabRole(crossTab, tabId, this.roleHost, options.scheduler) : null;
  }

  /** Reads the saved state once (and opens a share link, if given); later calls do nothing. */
  start = (shareFragment: string | null): void => {
    if (this.started) return;
    this.started = true;
    const {show, saved} = restore(this.storage, this.backups, this.markers);
    this.set(show);
    if (saved !== null) {
      ({rev: this.rev, replaced: this.replaced} = saved);
      this.saving.restored(saved.state);
    }
    if (this.role === null) this.set({role: 'writer', ready: true});
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
    const back = this.writing() ? takeBack(this.backups) : null;
    if (back === null) return;
    const loaded = load(back.save);
    if (!loaded.ok) return this.set({notice: notices.undoFailed(loaded.reason), undo: back.next});
    this.replaced = null;
    const revision = this.snap.revision + 1;
    this.set({state: loaded.state, revision, notice: notices.undone(), undo: back.next});
    this.persist();
  };

  dismissNotice = (): void => this.set({notice: null});
  dismissCondition = (): void => this.saving.dismiss();

  dispatch = (event: SandboxEvent): Outcome => {
    if (!this.writing()) return ELSEWHERE;
    const step = applyEvent(this.snap.state, event, this.env);
    this.applied(step.state, true);
    return step.result;
  };

  request = (request: HttpRequest): HttpResponse => {
    if (!this.writing()) return {status: 409, body: {status: 'ERROR', error: ELSEWHERE.reason}};
    const step = handleRequest(this.snap.state, request, this.env);
    this.applied(step.state, true);
    return step.result;
  };

  setTraffic = (on: boolean): void => void this.dispatch({type: 'setTraffic', on});
  /** A page shows the application: while one does, its traffic runs (in the writing tab). */
  attachTraffic = (): (() => void) => this.traffic.attach();

  /** "Use the sandbox here": this tab becomes the one that writes. */
  takeOver = (): void => this.role?.takeOver();
  shareFragment = (): {ok: true; value: string} | {ok: false; reason: string} => {
    const encoded = encodeShare(this.snap.state);
    return encoded.ok ? {ok: true, value: `${SHARE_PARAM}=${encoded.value}`} : encoded;
  };

  /** The page is being hidden or closed: changes not saved yet get one more try. */
  saveNow = (): void => {
    if (this.writing() && this.saving.unsavedSince() !== null) this.persist();
  };

  /** The page goes away (tests; the browser releases the lock by itself). */
  close = (): void => {
    this.role?.close();
    this.traffic.stop();
  };

  private writing = () => this.snap.role === 'writer';

  protected override changed() {
    this.traffic.update();
  }

  /** Saves the state now (the writer only), and sends it to the other tabs. */
  private persist() {
    this.rev += 1;
    if (this.saving.write(this.snap.state, this.rev, this.replaced)) this.role?.announce();
  }

  /** The state after the writer applied something: saved, and a reader's act makes it theirs. */
  private applied(state: SandboxState, byReader: boolean) {
    if (state === this.snap.state) return;
    if (byReader) this.replaced = null;
    this.set(byReader ? {state, revision: this.snap.revision + 1, notice: null} : {state});
    this.persist();
  }

  private readonly roleHost = {
    changed: (role: Snapshot['role']) => {
      const behind = role === 'writer' && this.adoptStored();
      this.set({role, ready: true});
      if (behind) this.persist();
      this.settleShare();
    },
    received: (rev: number, text: string, since: number | null) => {
      this.adopt(rev, text);
      this.saving.mirrored(since);
    },
    current: () => {
      const saved = save(this.snap.state);
      return saved.ok
        ? {rev: this.rev, text: saved.text, unsavedSince: this.saving.unsavedSince()}
        : null;
    },
  };

  /** Shows the writer's save (the writer's state is the sandbox). */
  private adopt(rev: number, text: string, kind: ReplaceKind | null = this.replaced) {
    const loaded = load(text);
    if (!loaded.ok) return;
    this.rev = rev;
    this.replaced = kind;
    this.set({state: loaded.state});
  }

  /**
   * On becoming the writer: storage may hold a write whose message has not arrived yet, or
   * this tab may hold a newer state than storage (the last writer could not save it).
   */
  private adoptStored() {
    const stored = readStored(this.storage);
    if (stored?.text != null && stored.rev > this.rev)
      this.adopt(stored.rev, stored.text, stored.replaced);
    return stored !== null && stored.rev < this.rev;
  }

  private replace(kind: ReplaceKind, next: SandboxState, force: boolean): ReplaceResult {
    if (!this.writing()) return ELSEWHERE;
    const before = newestKept(this.backups);
    // The reader's own work is put aside; an untouched replacement can be made again.
    const own = this.replaced === null && !pristine(this.snap.state);
    const saved = own ? save(this.snap.state) : null;
    const kept = saved?.ok === true && putAside(this.backups, kind, this.env.now(), saved.text);
    if (own && !kept && !force) return {ok: false, reason: notices.cannotKeep};
    this.replaced = kind;
    const undo = own && kept ? kind : before;
    const notice = notices.replaced(kind, undo !== null);
    this.set({state: next, revision: this.snap.revision + 1, notice, undo});
    this.persist();
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
