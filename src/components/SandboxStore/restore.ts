/**
 * What a tab shows when it opens (the saved sandbox, with a notice whenever that is not simply
 * the newest work), and the reader's sandboxes that replacements put aside for Undo, newest last.
 */
import {load, type SandboxState} from '@site/src/tokens';
import {notices} from './notices';
import type {SandboxStorage} from './browser';
import {kindOf, unwrap} from './store';
import type {ReplaceKind, Snapshot} from './types';

/** A sandbox put aside by a replacement, `at` the time it was replaced. */
export interface Backup {
  readonly kind: ReplaceKind;
  readonly at: number;
  readonly save: string;
}

/** How many replaced sandboxes are kept: the oldest goes first. */
export const MAX_BACKUPS = 5;

function backupOf(v: unknown): Backup | null {
  if (typeof v !== 'object' || v === null) return null;
  const b = v as Record<string, unknown>;
  const kind = kindOf(b.kind);
  if (kind === null || typeof b.at !== 'number' || typeof b.save !== 'string') return null;
  return {kind, at: b.at, save: b.save};
}

export function readBackups(storage: SandboxStorage): Backup[] {
  const read = storage.read();
  if (!read.ok || read.text === null) return [];
  try {
    const parsed = JSON.parse(read.text) as {v?: unknown; list?: unknown};
    if (parsed.v !== 2 || !Array.isArray(parsed.list)) return [];
    return parsed.list.map(backupOf).filter((b): b is Backup => b !== null);
  } catch {
    return [];
  }
}

function writeBackups(storage: SandboxStorage, list: readonly Backup[]): boolean {
  if (list.length > 0)
    return storage.write(JSON.stringify({v: 2, list: list.slice(-MAX_BACKUPS)})).ok;
  storage.clear();
  return true;
}

/** Puts the reader's sandbox aside for Undo; false when storage cannot hold it. */
export function putAside(backups: SandboxStorage, kind: ReplaceKind, at: number, save: string) {
  return writeBackups(backups, [...readBackups(backups), {kind, at, save}]);
}

/** Takes the newest sandbox put aside off the list, with what Undo would bring back next. */
export function takeBack(backups: SandboxStorage): {save: string; next: ReplaceKind | null} | null {
  const list = readBackups(backups);
  const last = list.at(-1);
  if (last === undefined) return null;
  writeBackups(backups, list.slice(0, -1));
  return {save: last.save, next: list.at(-2)?.kind ?? null};
}

/** The earliest time any marker says writes failed since (storage full), or null. */
function readMarker(markers: readonly SandboxStorage[]): number | null {
  const times = markers.flatMap((m) => {
    const note = m.read();
    if (!note.ok || note.text === null) return [];
    try {
      const {since} = JSON.parse(note.text) as {since: unknown};
      return typeof since === 'number' ? [since] : [];
    } catch {
      return [];
    }
  });
  return times.length === 0 ? null : Math.min(...times);
}

/** What the tab shows first, and the save read back, if there was one. */
export function restore(
  storage: SandboxStorage,
  backups: SandboxStorage,
  markers: readonly SandboxStorage[],
): {
  show: Partial<Snapshot>;
  saved: {rev: number; replaced: ReplaceKind | null; state: SandboxState} | null;
} {
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
