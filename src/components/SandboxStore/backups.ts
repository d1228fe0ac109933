/* The reader's sandboxes that replacements put aside for Undo, newest last. */
import type {SandboxStorage} from './browser';
import {kindOf, type ReplaceKind} from './types';

/** A sandbox put aside by a replacement, `at` the time it was replaced. */
interface Backup {
  readonly kind: ReplaceKind;
  readonly at: number;
  readonly save: string;
}

/** How many replaced sandboxes are kept: the oldest goes first. */
const MAX_BACKUPS = 5;

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

/** Keeps the newest `MAX_BACKUPS` of the list; false when storage cannot hold them. */
export function writeBackups(storage: SandboxStorage, list: readonly Backup[]): boolean {
  if (list.length > 0)
    return storage.write(JSON.stringify({v: 2, list: list.slice(-MAX_BACKUPS)})).ok;
  storage.clear();
  return true;
}
