/**
 * What a tab shows when it opens: the saved sandbox, and a notice whenever that is not simply
 * the newest work (an older save after writes failed, a replacement with Undo, a reset).
 */
import {load, type SandboxState} from '@site/src/tokens';
import {notices} from './notices';
import {readBackups, unwrap, type ReplaceKind} from './saved';
import type {SandboxStorage} from './storage';
import type {Snapshot} from './types';
import {readMarker} from './unsaved';

export interface Restored {
  /** What the tab shows first. */
  readonly show: Partial<Snapshot>;
  /** The save read back, if there was one. */
  readonly saved: {rev: number; replaced: ReplaceKind | null; state: SandboxState} | null;
}

export function restore(
  storage: SandboxStorage,
  backups: SandboxStorage,
  markers: readonly SandboxStorage[],
): Restored {
  const read = storage.read();
  if (!read.ok) return {show: {condition: notices.unavailable(read.reason)}, saved: null};
  const stored = unwrap(read.text);
  if (stored.text === null) return {show: {}, saved: null};
  const loaded = load(stored.text);
  if (!loaded.ok) {
    storage.clear();
    return {show: {notice: notices.restoreFailed(loaded.reason)}, saved: null};
  }
  const kept = readBackups(backups).at(-1);
  const since = readMarker(markers);
  const notice =
    since !== null
      ? notices.restoredOlder(since)
      : kept !== undefined
        ? notices.backupKept(kept.kind, kept.at)
        : null;
  return {
    show: {state: loaded.state, notice, undo: kept?.kind ?? null},
    saved: {rev: stored.rev, replaced: stored.replaced, state: loaded.state},
  };
}
