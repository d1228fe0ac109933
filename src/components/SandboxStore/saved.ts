/**
 * What a sandbox keeps in web storage: its save under a header line (the write's number, and
 * whether the sandbox is a replacement the reader has not touched yet), and, under its own
 * key, the reader's sandboxes that replacements put aside, newest last, for Undo.
 */
import type {SandboxStorage} from './storage';

/** What replaced the reader's sandbox: a share link, Reset sandbox, or Start drill. */
export type ReplaceKind = 'share' | 'reset' | 'drill';

export interface Stored {
  /** Counts writes: the higher of two values is the newer. */
  readonly rev: number;
  /** A replacement the reader has not acted in since; null: the reader's own sandbox. */
  readonly replaced: ReplaceKind | null;
  /** The save (`load` reads it); null when storage holds nothing. */
  readonly text: string | null;
}

const HEADER = 'stitch-sandbox';
const KINDS: readonly ReplaceKind[] = ['share', 'reset', 'drill'];
const kindOf = (v: unknown): ReplaceKind | null =>
  KINDS.includes(v as ReplaceKind) ? (v as ReplaceKind) : null;

export function wrap(s: Stored & {text: string}): string {
  return `${HEADER} ${s.rev} ${s.replaced ?? 'own'}\n${s.text}`;
}

/** A stored value back; earlier pages wrote a bare save, which `load` then explains. */
export function unwrap(raw: string | null): Stored {
  if (raw === null) return {rev: 0, replaced: null, text: null};
  const end = raw.indexOf('\n');
  const head = end < 0 ? '' : raw.slice(0, end).split(' ');
  if (head[0] === HEADER) {
    const rev = Number(head[1]);
    return {
      rev: Number.isSafeInteger(rev) && rev > 0 ? rev : 0,
      replaced: kindOf(head[2]),
      text: raw.slice(end + 1),
    };
  }
  return {rev: 0, replaced: null, text: raw};
}

/** What storage holds now, or null when it cannot be read. */
export function readStored(storage: SandboxStorage): Stored | null {
  const read = storage.read();
  return read.ok ? unwrap(read.text) : null;
}

/** A sandbox put aside by a replacement. */
export interface Backup {
  readonly kind: ReplaceKind;
  /** When it was replaced. */
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

export function writeBackups(storage: SandboxStorage, list: readonly Backup[]): boolean {
  if (list.length === 0) {
    storage.clear();
    return true;
  }
  return storage.write(JSON.stringify({v: 2, list: list.slice(-MAX_BACKUPS)})).ok;
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

export const newestKept = (backups: SandboxStorage): ReplaceKind | null =>
  readBackups(backups).at(-1)?.kind ?? null;
