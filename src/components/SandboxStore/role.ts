/**
 * The tab holding the Web Lock writes; the others mirror it. A take-over has the writer stop and
 * hand its last state over before the lock moves, so nothing it accepted is lost.
 */
import type {CrossTab, LockHandlers, LockMode, TabMessage, Timers} from './browser';

/** `starting` until the lock has answered; `taking` while a take-over is under way. */
export type Role = 'starting' | 'writer' | 'mirror' | 'taking';

/** The writer's save as the other tabs are sent it. */
type Saved = Omit<Extract<TabMessage, {type: 'saved'}>, 'type'>;

interface RoleHost {
  changed(role: Role): void;
  /** The writer's latest save or handed-over state: a mirror shows it, the writer's is the sandbox. */
  received(saved: Saved): void;
  /** What this tab, as the writer, says to others: its current save. */
  current(): Saved | null;
}

/** How long a tab waits for the writer to answer a take-over before asking again. */
const TAKE_RETRY_MS = 1500;

export class TabRole {
  private role: Role = 'starting';
  private release: (() => void) | null = null;
  /** This tab holds the lock (a writer, or a writer that handed over and waits to be stolen from). */
  private holding = false;
  private retry: unknown = null;
  /** The tab this one handed over to, until it takes the lock (or long enough has passed). */
  private handedTo: string | null = null;
  private readonly stopListening: () => void;
  private readonly handlers: LockHandlers = {
    granted: () => {
      this.holding = true;
      this.become('writer');
      // The other tabs show what this one writes from now on, whatever they showed before.
      this.announce();
    },
    busy: () => {
      this.become('mirror');
      this.cross.post({type: 'hello'});
      this.lock('wait');
    },
    lost: () => {
      this.holding = false;
      this.handedTo = null;
      this.stopRetry();
      if (this.role === 'writer') this.become('mirror');
      this.lock('wait');
    },
  };

  constructor(
    private readonly cross: CrossTab,
    private readonly tabId: string,
    private readonly host: RoleHost,
    private readonly timer: Pick<Timers, 'setTimeout' | 'clearTimeout'>,
  ) {
    this.stopListening = cross.listen((m) => this.onMessage(m));
  }

  start(): void {
    this.lock('if-available');
  }

  /** "Use the sandbox here". */
  takeOver(): void {
    if (this.role !== 'mirror') return;
    // Still holding the lock: the tab it was handed to went away before taking it.
    if (this.holding) {
      this.handedTo = null;
      this.stopRetry();
      return this.become('writer');
    }
    this.become('taking');
    this.ask();
  }

  /** The writer says what it saved. */
  announce(): void {
    const c = this.host.current();
    if (c !== null) this.cross.post({type: 'saved', ...c});
  }

  close(): void {
    this.stopRetry();
    this.stopListening();
    this.release?.();
    this.release = null;
    this.holding = false;
  }

  private become(next: Role) {
    this.role = next;
    this.host.changed(next);
  }

  private stopRetry() {
    if (this.retry !== null) this.timer.clearTimeout(this.retry);
    this.retry = null;
  }

  /**
   * Asks for the lock: at start (`if-available`), to take over (`steal`), or as a mirror waiting
   * its turn (`wait`: the writer's tab may close).
   */
  private lock(mode: LockMode) {
    this.release = this.cross.lock(mode, this.handlers);
  }

  private steal() {
    this.stopRetry();
    this.release?.();
    this.lock('steal');
  }

  // A tab that holds the lock answers (Web Locks keep a tab with a lock from being frozen),
  // so a take-over only ever asks: it never takes the lock from a tab still writing.
  private ask() {
    this.cross.post({type: 'take', from: this.tabId});
    this.retry = this.timer.setTimeout(() => {
      this.retry = null;
      if (this.role === 'taking') this.ask();
    }, TAKE_RETRY_MS);
  }

  private onMessage(m: TabMessage) {
    switch (m.type) {
      case 'saved':
        if (this.role !== 'writer') this.host.received(m);
        return;
      case 'hello':
        if (this.role === 'writer') this.announce();
        return;
      case 'take':
        return this.handOver(m.from);
      case 'handover':
        if (this.role === 'writer') return;
        this.host.received({...m, unsavedSince: null});
        if (m.to === this.tabId && this.role === 'taking') this.steal();
        return;
    }
  }

  /** One tab at a time: a tab handed the state takes the lock at once, or it has gone away. */
  private handOver(to: string) {
    if (!this.holding || to === this.tabId || (this.handedTo !== null && this.handedTo !== to))
      return;
    // Stop first, then hand over: nothing is accepted here after the state it is given.
    if (this.role === 'writer') this.become('mirror');
    this.handedTo = to;
    this.stopRetry();
    this.retry = this.timer.setTimeout(() => {
      this.retry = null;
      this.handedTo = null;
    }, 2 * TAKE_RETRY_MS);
    const c = this.host.current();
    if (c !== null) this.cross.post({type: 'handover', to, rev: c.rev, text: c.text});
  }
}
