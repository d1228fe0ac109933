/** What the store tells the reader: each text says what happened, never promises ahead. */
import {counters, plural, type SandboxState} from '@site/src/tokens';
import {formatTime} from '@site/src/components/SandboxShell/format';
import type {ReplaceKind} from './types';

/** A notice is re-announced when its code changes, not its text (which may change each tick). */
type NoticeCode =
  | 'storage-unavailable'
  | 'not-saved'
  | 'restore-failed'
  | 'restored-older'
  | 'replaced'
  | 'share-failed'
  | 'undone';

export interface Notice {
  readonly code: NoticeCode;
  readonly tone: 'info' | 'warning';
  readonly text: string;
  /** The notice offers Undo (and Keep): a backup of the replaced sandbox exists. */
  readonly undo?: boolean;
}

const warning = (code: NoticeCode, text: string): Notice => ({code, tone: 'warning', text});

/** "12 requests and 40 records loaded": what a state holds, in the reader's terms. */
function holds(s: SandboxState): string {
  const c = counters(s);
  return `${plural(c.total, 'request')} and ${plural(c.recordsLoaded, 'record')} loaded`;
}

export const notices = {
  unavailable: (reason: string) => warning('storage-unavailable', reason),
  /** A write failed: since when nothing is saved, and what a reload would bring back. */
  notSaved: (why: string, last: SandboxState | null) =>
    warning(
      'not-saved',
      last === null
        ? `This sandbox is not being saved (${why}): a reload would start over.`
        : `Changes since ${formatTime(last.lastAt)} are not saved (${why}): a reload would bring back that save, with ${holds(last)}.`,
    ),
  /** What a mirror says while the writer cannot save. */
  notSavedSince: (since: number) =>
    warning(
      'not-saved',
      `Changes since ${formatTime(since)} are not saved (storage is full or blocked): a reload would bring back the save from then.`,
    ),
  restoreFailed: (reason: string) =>
    warning(
      'restore-failed',
      `The saved sandbox could not be restored, so it was reset. ${reason}`,
    ),
  restoredOlder: (since: number) =>
    warning(
      'restored-older',
      `This is your last save, from ${formatTime(since)}. What was done after that could not be saved (storage was full).`,
    ),
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
  backupKept: ({kind, at}: {kind: ReplaceKind; at: number}): Notice => ({
    code: 'replaced',
    tone: 'info',
    text: `${{share: 'A shared scenario', reset: 'A reset', drill: 'A drill'}[kind]} replaced your sandbox at ${formatTime(at)}. Your previous sandbox is kept: Undo puts it back.`,
    undo: true,
  }),
  shareFailed: (reason: string) =>
    warning(
      'share-failed',
      `The shared link could not be opened, so your own sandbox is shown. ${reason}`,
    ),
  /** Why a replacement asks first. */
  cannotKeep:
    'Storage is full, so your sandbox cannot be kept for Undo: replacing it would lose it.',
  undone: (): Notice => ({code: 'undone', tone: 'info', text: 'Your previous sandbox is back.'}),
  undoFailed: (reason: string) =>
    warning('restore-failed', `Your previous sandbox could not be restored. ${reason}`),
};
