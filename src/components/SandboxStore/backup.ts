/**
 * The sandbox a share link, a reset or a drill replaced, kept under its own key until the
 * reader chooses Undo or Keep. It survives a reload, so Undo does too.
 */
import type {SandboxStorage} from './storage';
import type {ReplaceKind} from './notices';

export interface Backup {
  readonly kind: ReplaceKind;
  /** When the sandbox was replaced. */
  readonly at: number;
  /** The replaced sandbox's save. */
  readonly save: string;
}

const KINDS: readonly ReplaceKind[] = ['share', 'reset', 'preset'];

export function writeBackup(storage: SandboxStorage, b: Backup): boolean {
  return storage.write(JSON.stringify({v: 1, ...b})).ok;
}

export function readBackup(storage: SandboxStorage): Backup | null {
  const read = storage.read();
  if (!read.ok || read.text === null) return null;
  try {
    const b = JSON.parse(read.text) as Record<string, unknown>;
    if (
      b.v === 1 &&
      KINDS.includes(b.kind as ReplaceKind) &&
      typeof b.at === 'number' &&
      typeof b.save === 'string'
    )
      return {kind: b.kind as ReplaceKind, at: b.at, save: b.save};
  } catch {
    // Not ours: treated as no backup.
  }
  return null;
}
