/**
 * The store's dispatch → save path: the snapshot the widgets render, each action applied by
 * the writing tab and saved before it returns (so a closing tab has nothing left to write),
 * then sent to the other tabs. Opening, tabs and replacements are in `lifecycle.ts`.
 */
import {
  appStatus,
  applyEvent,
  encodeShare,
  handleRequest,
  type Env,
  type HttpRequest,
  type HttpResponse,
  type Outcome,
  type Refusal,
  type SandboxEvent,
  type SandboxState,
} from '@site/src/tokens';
import {createSaving, type ReplaceKind} from './saving';
import {memoryStorage, type SandboxStorage} from './storage';
import {browserTimers, TICK_MS, type Timers} from './timers';
import {firstSnapshot, SHARE_PARAM, type Snapshot, type StoreOptions} from './types';

/** What a tab that does not write says to an action. */
export const ELSEWHERE: Refusal = {
  ok: false,
  code: 'another-tab',
  reason: 'This sandbox is saved by another tab: choose “Use the sandbox here” to work in it here.',
};

// Methods are arrow-function fields: React and widgets pass them around unbound.
export class StoreCore {
  protected snap = firstSnapshot();
  private readonly listeners = new Set<() => void>();
  /** The number of the write `snap.state` is (or comes from). */
  protected rev = 0;
  protected replaced: ReplaceKind | null = null;
  /** Pages showing the application; while one does, traffic ticks (in the writing tab). */
  protected attached = 0;
  private ticking: unknown = null;
  protected readonly backups: SandboxStorage;
  protected readonly markers: readonly SandboxStorage[];
  protected readonly saving;

  constructor(
    protected readonly storage: SandboxStorage,
    protected readonly env: Env,
    private readonly timers: Timers = browserTimers,
    protected readonly options: StoreOptions = {},
  ) {
    this.backups = options.backup ?? memoryStorage();
    this.markers = options.markers ?? [];
    this.saving = createSaving(storage, this.markers, {
      get: () => this.snap.condition,
      set: (condition) => this.set({condition}),
    });
  }

  getSnapshot = (): Snapshot => this.snap;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

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
  attachTraffic = (): (() => void) => {
    this.attached += 1;
    this.updateTraffic();
    return () => {
      this.attached -= 1;
      this.updateTraffic();
    };
  };

  dismissNotice = (): void => this.set({notice: null});
  dismissCondition = (): void => this.saving.dismiss();

  shareFragment = (): {ok: true; value: string} | {ok: false; reason: string} => {
    const encoded = encodeShare(this.snap.state);
    return encoded.ok ? {ok: true, value: `${SHARE_PARAM}=${encoded.value}`} : encoded;
  };

  /** The page is being hidden or closed: changes not saved yet get one more try. */
  saveNow = (): void => {
    if (this.writing() && this.saving.unsavedSince() !== null) this.persist();
  };

  protected writing = () => this.snap.role === 'writer';

  protected set(next: Partial<Snapshot>) {
    this.snap = {...this.snap, ...next};
    this.updateTraffic();
    this.listeners.forEach((l) => l());
  }

  /** Like a real app's background job, the simulated one ticks only while its tab is visible. */
  protected updateTraffic() {
    const on = this.attached > 0 && this.writing() && appStatus(this.snap.state).traffic;
    if (on && this.ticking === null)
      this.ticking = this.timers.setInterval(() => this.timers.isHidden() || this.tick(), TICK_MS);
    if (!on && this.ticking !== null) {
      this.timers.clearInterval(this.ticking);
      this.ticking = null;
    }
  }

  private tick() {
    this.applied(applyEvent(this.snap.state, {type: 'tick'}, this.env).state, false);
  }

  /** Saves the state now (the writer only), and sends it to the other tabs. */
  protected persist() {
    this.rev += 1;
    const text = this.saving.write(this.snap.state, this.rev, this.replaced);
    const unsavedSince = this.saving.unsavedSince();
    if (text !== null)
      this.options.crossTab?.post({type: 'saved', rev: this.rev, text, unsavedSince});
  }

  /** The state after the writer applied something: saved, and a reader's act makes it theirs. */
  private applied(state: SandboxState, byReader: boolean) {
    if (state === this.snap.state) return;
    if (byReader) this.replaced = null;
    this.set(byReader ? {state, revision: this.snap.revision + 1, notice: null} : {state});
    this.persist();
  }
}
