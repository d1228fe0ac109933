/**
 * What the store tells the reader about their work: where it is saved, what a reload would
 * bring back, what Undo would restore. Each text is built from what actually happened (the
 * write that failed, the backup that was or was not kept), never promised in advance.
 */
import {counters, plural, type SandboxState} from '@site/src/tokens';

export type NoticeTone = 'info' | 'warning';

/**
 * What a notice is about. A notice is replaced or re-announced only when its code changes,
 * never because its text did (the "not saved" text quotes sizes that change every tick).
 */
export type NoticeCode =
  | 'storage-unavailable'
  | 'not-saved'
  | 'restore-failed'
  | 'restored-older'
  | 'replaced'
  | 'share-failed'
  | 'undone';

/** What replaced the reader's sandbox, so Undo can say what it puts back. */
export type ReplaceKind = 'share' | 'reset' | 'preset';

export interface Notice {
  readonly code: NoticeCode;
  readonly tone: NoticeTone;
  readonly text: string;
  /** The notice offers Undo (and Keep): a backup of the replaced sandbox exists. */
  readonly undo?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "14:03:22 UTC", as the sandbox shows every time. */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

/** "12 requests and 40 records": what a state holds, in the reader's terms. */
export function holds(s: SandboxState): string {
  const c = counters(s);
  return `${plural(c.total, 'request')} and ${plural(c.recordsLoaded, 'record')} loaded`;
}

export const notices = {
  unavailable: (reason: string): Notice => ({
    code: 'storage-unavailable',
    tone: 'warning',
    text: reason,
  }),
  /** A write failed: say since when nothing is saved and what a reload would bring back. */
  notSaved: (why: string, lastSaved: {at: number; state: SandboxState} | null): Notice => ({
    code: 'not-saved',
    tone: 'warning',
    text:
      lastSaved === null
        ? `This sandbox is not being saved (${why}): a reload would start over.`
        : `Changes since ${clockTime(lastSaved.at)} are not saved (${why}): a reload would bring back that save, with ${holds(lastSaved.state)}.`,
  }),
  restoreFailed: (reason: string): Notice => ({
    code: 'restore-failed',
    tone: 'warning',
    text: `The saved sandbox could not be restored, so it was reset. ${reason}`,
  }),
  restoredOlder: (since: number): Notice => ({
    code: 'restored-older',
    tone: 'warning',
    text: `This is your last save, from ${clockTime(since)}. What you did after that in this tab could not be saved (storage was full).`,
  }),
  replaced: (kind: ReplaceKind, undo: boolean, saved: boolean): Notice => {
    const what = {
      share: 'Loaded the shared scenario.',
      reset: 'Sandbox reset: no integrations, tokens, requests or data.',
      preset: 'Drill started fresh.',
    }[kind];
    const tail = !undo
      ? ''
      : saved
        ? ' Your previous sandbox is kept: Undo puts it back.'
        : ' Storage is full, so this one is not saved and your previous sandbox stays saved: Undo (or a reload) puts it back.';
    return {code: 'replaced', tone: saved ? 'info' : 'warning', text: what + tail, undo};
  },
  /** After a reload, while a backup is still kept. */
  backupKept: (kind: ReplaceKind, at: number): Notice => ({
    code: 'replaced',
    tone: 'info',
    text: `${{share: 'A shared scenario', reset: 'A reset', preset: 'A drill'}[kind]} replaced your sandbox at ${clockTime(at)}. Your previous sandbox is kept: Undo puts it back.`,
    undo: true,
  }),
  shareFailed: (reason: string): Notice => ({
    code: 'share-failed',
    tone: 'warning',
    text: `The shared link could not be opened, so your own sandbox is shown. ${reason}`,
  }),
  undone: (): Notice => ({code: 'undone', tone: 'info', text: 'Your previous sandbox is back.'}),
  undoFailed: (reason: string): Notice => ({
    code: 'restore-failed',
    tone: 'warning',
    text: `Your previous sandbox could not be restored. ${reason}`,
  }),
};
