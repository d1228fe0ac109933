/**
 * Which tab writes a sandbox. The tab that holds the Web Lock is the writer: it alone
 * applies actions, saves, and runs traffic, and it sends each save to the other tabs, which
 * mirror it. A mirror becomes the writer when the writer's tab goes (its lock passes on, in
 * turn) or when its reader chooses "Use the sandbox here": the writer stops taking actions,
 * hands its last state to that tab, which then takes the lock. So one tab writes at a time,
 * always from the newest state, and nothing any tab accepted is lost.
 */
import type {CrossTab, TabMessage} from './crossTab';

/** `starting` until the lock has answered; `taking` while a take-over is under way. */
export type Role = 'starting' | 'writer' | 'mirror' | 'taking';

export interface RoleHost {
  /** The role changed. */
  changed(role: Role): void;
  /**
   * The writer's state (its latest save, or its last state handed over). A mirror shows it
   * whatever it held before: the writer's state is the sandbox.
   */
  received(rev: number, text: string, unsavedSince: number | null): void;
  /** What this tab, as the writer, says to others: its current save. */
  current(): {rev: number; text: string; unsavedSince: number | null} | null;
}

/** How long a tab waits for the writer to answer a take-over before asking again. */
export const TAKE_RETRY_MS = 1500;

export interface Scheduler {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export function createRole(cross: CrossTab, tabId: string, host: RoleHost, timer: Scheduler) {
  let role: Role = 'starting';
  let release: (() => void) | null = null;
  /** This tab holds the lock (a writer, or a writer that handed over and waits to be stolen from). */
  let holding = false;
  let retry: unknown = null;
  /** The tab this one handed over to, until it takes the lock (or long enough has passed). */
  let handedTo: string | null = null;

  const become = (next: Role) => {
    role = next;
    host.changed(next);
  };
  const stopRetry = () => {
    if (retry !== null) timer.clearTimeout(retry);
    retry = null;
  };
  const send = (m: TabMessage) => cross.post(m);
  const announce = () => {
    const c = host.current();
    if (c !== null) send({type: 'saved', ...c});
  };

  const granted = () => {
    holding = true;
    become('writer');
    // The other tabs show what this one writes from now on, whatever they showed before.
    announce();
  };
  /** Waits its turn for the lock: the writer's tab may close. */
  const queue = () => {
    release = cross.lock('wait', {granted, lost: lostLock});
  };
  function lostLock() {
    holding = false;
    handedTo = null;
    stopRetry();
    if (role === 'writer') become('mirror');
    queue();
  }
  const steal = () => {
    stopRetry();
    release?.();
    release = cross.lock('steal', {granted, lost: lostLock});
  };
  // A tab that holds the lock answers (Web Locks keep a tab with a lock from being frozen),
  // so a take-over only ever asks: it never takes the lock from a tab still writing.
  const ask = () => {
    send({type: 'take', from: tabId});
    retry = timer.setTimeout(() => {
      retry = null;
      if (role === 'taking') ask();
    }, TAKE_RETRY_MS);
  };

  const onMessage = (m: TabMessage) => {
    switch (m.type) {
      case 'saved':
        if (role !== 'writer') host.received(m.rev, m.text, m.unsavedSince);
        return;
      case 'hello':
        if (role === 'writer') announce();
        return;
      case 'take': {
        // The lock's holder answers, one tab at a time: a tab handed the state takes the lock
        // in the same moment, so one that has not after a while has gone away.
        if (!holding || m.from === tabId || (handedTo !== null && handedTo !== m.from)) return;
        // Stop first, then hand over: nothing is accepted here after the state it is given.
        if (role === 'writer') become('mirror');
        handedTo = m.from;
        stopRetry();
        retry = timer.setTimeout(() => {
          retry = null;
          handedTo = null;
        }, 2 * TAKE_RETRY_MS);
        const c = host.current();
        if (c !== null) send({type: 'handover', to: m.from, rev: c.rev, text: c.text});
        return;
      }
      case 'handover':
        if (role === 'writer') return;
        host.received(m.rev, m.text, null);
        if (m.to === tabId && role === 'taking') steal();
        return;
    }
  };

  const stopListening = cross.listen(onMessage);

  return {
    role: () => role,
    start() {
      release = cross.lock('if-available', {
        granted,
        busy: () => {
          become('mirror');
          send({type: 'hello'});
          queue();
        },
        lost: lostLock,
      });
    },
    /** "Use the sandbox here". */
    takeOver() {
      if (role !== 'mirror') return;
      // Still holding the lock: the tab it was handed to went away before taking it.
      if (holding) {
        handedTo = null;
        stopRetry();
        return become('writer');
      }
      become('taking');
      ask();
    },
    /** The writer says what it saved. */
    announce,
    close() {
      stopRetry();
      stopListening();
      release?.();
      release = null;
      holding = false;
    },
  };
}

export type TabRole = ReturnType<typeof createRole>;
