/**
 * What the store tells the reader about their work: where it is saved, what a reload would
 * bring back, what Undo would restore. Each text is built from what actually happened (the
 * write that failed, the backup that was or was not kept), never promised in advance.
 */
import {counters, plural, type Refusal, type SandboxState} from '@site/src/tokens';
import {formatTime} from '@site/src/components/SandboxShell/format';
import type {ReplaceKind} from './saved';

/** What a tab that does not write says to an action. */
export const ELSEWHERE: Refusal = {
  ok: false,
  code: 'another-tab',
  reason: 'This sandbox is saved by another tab: choose “Use the sandbox here” to work in it here.',
};

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

export type {ReplaceKind} from './saved';

export interface Notice {
  readonly code: NoticeCode;
  readonly tone: NoticeTone;
  readonly text: string;
  /** The notice offers Undo (and Keep): a backup of the replaced sandbox exists. */
  readonly undo?: boolean;
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
        : `Changes since ${formatTime(lastSaved.at)} are not saved (${why}): a reload would bring back that save, with ${holds(lastSaved.state)}.`,
  }),
  /** What a tab that mirrors the writer says while the writer cannot save. */
  notSavedSince: (since: number): Notice => ({
    code: 'not-saved',
    tone: 'warning',
    text: `Changes since ${formatTime(since)} are not saved (storage is full or blocked): a reload would bring back the save from then.`,
  }),
  restoreFailed: (reason: string): Notice => ({
    code: 'restore-failed',
    tone: 'warning',
    text: `The saved sandbox could not be restored, so it was reset. ${reason}`,
  }),
  restoredOlder: (since: number): Notice => ({
    code: 'restored-older',
    tone: 'warning',
    text: `This is your last save, from ${formatTime(since)}. What was done after that could not be saved (storage was full).`,
  }),
  replaced: (kind: ReplaceKind, undo: boolean): Notice => {
    const what = {
      share: 'Loaded the shared scenario.',
      reset: 'Sandbox reset: no integrations, tokens, requests or data.',
      drill: 'Drill started fresh.',
    }[kind];
    return {
      code: 'replaced',
      tone: 'info',
      text: undo ? `${what} Your previous sandbox is kept: Undo puts it back.` : what,
      undo,
    };
  },
  /** After a reload, while the reader's previous sandbox is kept. */
  backupKept: (kind: ReplaceKind, at: number): Notice => ({
    code: 'replaced',
    tone: 'info',
    text: `${{share: 'A shared scenario', reset: 'A reset', drill: 'A drill'}[kind]} replaced your sandbox at ${formatTime(at)}. Your previous sandbox is kept: Undo puts it back.`,
    undo: true,
  }),
  shareFailed: (reason: string): Notice => ({
    code: 'share-failed',
    tone: 'warning',
    text: `The shared link could not be opened, so your own sandbox is shown. ${reason}`,
  }),
  /** Why a replacement asks first. */
  cannotKeep:
    'Storage is full, so your sandbox cannot be kept for Undo: replacing it would lose it.',
  undone: (): Notice => ({code: 'undone', tone: 'info', text: 'Your previous sandbox is back.'}),
  undoFailed: (reason: string): Notice => ({
    code: 'restore-failed',
    tone: 'warning',
    text: `Your previous sandbox could not be restored. ${reason}`,
  }),
};
