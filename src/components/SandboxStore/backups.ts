/* The reader's sandboxes that replacements put aside for Undo, newest last. */
import * as v from 'valibot';
import type {SandboxStorage} from './browser';
import {REPLACE_KIND} from './types';

/** A sandbox put aside by a replacement, `at` the time it was replaced. */
const BACKUP = v.object({kind: REPLACE_KIND, at: v.number(), save: v.string()});
type Backup = v.InferOutput<typeof BACKUP>;

/** The stored list; an entry that is not a backup is left out, not the whole list. */
const LIST = v.pipe(
  v.string(),
  v.parseJson(),
  v.object({v: v.literal(2), list: v.array(v.unknown())}),
);

/** How many replaced sandboxes are kept: the oldest goes first. */
const MAX_BACKUPS = 5;

export function readBackups(storage: SandboxStorage): Backup[] {
  const read = storage.read();
  const stored = v.safeParse(LIST, read.ok ? read.text : null);
  if (!stored.success) return [];
  return stored.output.list.flatMap((b) => {
    const backup = v.safeParse(BACKUP, b);
    return backup.success ? [backup.output] : [];
  });
}

/** Keeps the newest `MAX_BACKUPS` of the list; false when storage cannot hold them. */
export function writeBackups(storage: SandboxStorage, list: readonly Backup[]): boolean {
  if (list.length > 0)
    return storage.write(JSON.stringify({v: 2, list: list.slice(-MAX_BACKUPS)})).ok;
  storage.clear();
  return true;
}
