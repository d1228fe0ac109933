/** The writing tab saves each action before it returns, so a closing tab has nothing to write. */
import {
  appStatus,
  applyEvent,
  counters,
  encodeShare,
  handleRequest,
  integrations,
  save,
  type Env,
  type HttpRequest,
  type HttpResponse,
  type Outcome,
  type Refusal,
  type SandboxEvent,
  type SandboxState,
} from '@site/src/tokens';
import * as v from 'valibot';
import {browserTimers, type SandboxStorage, type Timers} from './browser';
import {notices, type Notice} from './notices';
import {
  firstSnapshot,
  REPLACE_KIND,
  SHARE_PARAM,
  type ReplaceKind,
  type Snapshot,
  type StoreOptions,
} from './types';

/** The timer behind "Continuous traffic": one tick a second while the tab is visible. */
export const TICK_MS = 1000;

/** What a tab that does not write says to an action. */
export const ELSEWHERE: Refusal = {
  ok: false,
  code: 'another-tab',
  reason: 'This sandbox is saved by another tab: choose “Use the sandbox here” to work in it here.',
};

// Each save goes under a header line: the write's number (the higher of two is the newer),
// and the replacement it is while the reader has not acted in it (`own`: the reader's sandbox).
const HEADER = 'stitch-sandbox';

/** A stored value back (`text` null: nothing stored); earlier pages wrote a bare save. */
export function unwrap(raw: string | null) {
  if (raw === null) return {rev: 0, replaced: null, text: null};
  const end = raw.indexOf('\n');
  const head = end < 0 ? '' : raw.slice(0, end).split(' ');
  if (head[0] !== HEADER) return {rev: 0, replaced: null, text: raw};
  const rev = Number(head[1]);
  const valid = Number.isSafeInteger(rev) && rev > 0;
  return {
    rev: valid ? rev : 0,
    replaced: v.is(REPLACE_KIND, head[2]) ? head[2] : null,
    text: raw.slice(end + 1),
  };
}

/** A marker's note: writes fail since this time. */
const MARKER = v.pipe(v.string(), v.parseJson(), v.object({since: v.number()}));

/** Nothing the reader did: no integration, no request. */
export const pristine = (s: SandboxState): boolean =>
  integrations(s).length === 0 && counters(s).total === 0;

// Methods are arrow-function fields: React and widgets pass them around unbound.
export class StoreCore {
  protected snap = firstSnapshot();
  private readonly listeners = new Set<() => void>();
  /** The number of the write `snap.state` is (or comes from). */
  protected rev = 0;
  protected replaced: ReplaceKind | null = null;
  /** The state last written (or read back at start): what a reload would bring back. */
  protected written: SandboxState | null = null;
  /** Since when writes fail, or null. */
  protected unsavedSince: number | null = null;
  private notSavedDismissed = false;
  /** Pages showing the application; while one does, traffic ticks (in the writing tab). */
  protected attached = 0;
  private ticking: unknown = null;

  constructor(
    protected readonly storage: SandboxStorage,
    protected readonly env: Env,
    protected readonly timers: Timers = browserTimers,
    protected readonly options: StoreOptions = {},
  ) {}

  getSnapshot = (): Snapshot => this.snap;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch = (event: SandboxEvent): Outcome => {
    if (!this.writing()) return ELSEWHERE;
    const step = applyEvent(this.snap.state, event, this.env);
    this.acted(step.state);
    // The only actions that change "Continuous traffic": the others skip reading the state.
    if (event.type === 'setTraffic' || event.type === 'reset') this.updateTraffic();
    return step.result;
  };

  request = (request: HttpRequest): HttpResponse => {
    if (!this.writing()) return {status: 409, body: {status: 'ERROR', error: ELSEWHERE.reason}};
    const step = handleRequest(this.snap.state, request, this.env);
    this.acted(step.state);
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
  dismissCondition = (): void => {
    if (this.snap.condition?.code === 'not-saved') this.notSavedDismissed = true;
    this.set({condition: null});
  };

  shareFragment = (): {ok: true; value: string} | {ok: false; reason: string} => {
    const encoded = encodeShare(this.snap.state);
    return encoded.ok ? {ok: true, value: `${SHARE_PARAM}=${encoded.value}`} : encoded;
  };

  /** The page is being hidden or closed: changes not saved yet get one more try. */
  saveNow = (): void => {
    if (this.writing() && this.unsavedSince !== null) this.persist();
  };

  protected writing = () => this.snap.role === 'writer';

  protected set(next: Partial<Snapshot>) {
    this.snap = {...this.snap, ...next};
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
    const {state} = applyEvent(this.snap.state, {type: 'tick'}, this.env);
    if (state === this.snap.state) return;
    this.set({state});
    this.persist();
  }

  /**
   * The reader changed the sandbox (an action, a replacement, Undo): shown, counted, saved. It
   * leaves the ticker alone, so a click never reads the app's state: callers that may change
   * traffic call `updateTraffic`.
   */
  protected acted(
    state: SandboxState,
    shown: Partial<Snapshot> = {notice: null},
    replaced: ReplaceKind | null = null,
  ) {
    if (state === this.snap.state) return;
    this.replaced = replaced;
    this.set({...shown, state, revision: this.snap.revision + 1});
    this.persist();
  }

  /** Saves the state now (the writer only), and sends it to the other tabs. */
  protected persist() {
    this.rev += 1;
    const state = this.snap.state;
    const saved = save(state);
    const wrote = saved.ok
      ? this.storage.write(`${HEADER} ${this.rev} ${this.replaced ?? 'own'}\n${saved.text}`)
      : {ok: false as const, reason: 'it holds too much data'};
    if (wrote.ok) {
      this.written = state;
      this.unsavedSince = null;
      this.options.markers?.forEach((m) => m.clear());
      this.notSaved(null);
    } else {
      this.unsavedSince ??= this.noteUnsaved(this.written?.lastAt ?? state.lastAt);
      const last = this.written !== null && !pristine(this.written) ? this.written : null;
      this.notSaved(notices.notSaved(wrote.reason, last));
    }
    const message = this.message(saved);
    if (message !== null) this.options.crossTab?.post({type: 'saved', ...message});
  }

  /** What this tab, as the writer, tells the others: its save (null: too big to save). */
  protected message(saved = save(this.snap.state)) {
    return saved.ok ? {rev: this.rev, text: saved.text, unsavedSince: this.unsavedSince} : null;
  }

  /** What the writer said about its saves, shown by a tab that mirrors it. */
  protected mirrored(since: number | null) {
    if (since !== null) this.noteUnsaved(since);
    this.notSaved(since === null ? null : notices.notSavedSince(since));
  }

  /** Raises "not saved" unless it is up or was dismissed; null: saved again, so it clears. */
  private notSaved(notice: Notice | null) {
    const up = this.snap.condition?.code === 'not-saved';
    if (notice === null) {
      this.notSavedDismissed = false;
      if (up) this.set({condition: null});
    } else if (!up && !this.notSavedDismissed) this.set({condition: notice});
  }

  /** This tab's note (kept on reload) and the origin's, when there is room; the first stays. */
  private noteUnsaved(since: number) {
    for (const m of this.options.markers ?? []) {
      const note = m.read();
      if (note.ok && note.text === null) m.write(JSON.stringify({since}));
    }
    return since;
  }

  /** The earliest time any marker says writes failed since (storage full), or null. */
  protected markedSince(): number | null {
    const times = (this.options.markers ?? []).flatMap((m) => {
      const note = m.read();
      const read = v.safeParse(MARKER, note.ok ? note.text : null);
      return read.success ? [read.output.since] : [];
    });
    return times.length === 0 ? null : Math.min(...times);
  }
}
