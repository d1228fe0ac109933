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
  v === 'preset' ? 'drill' : KINDS.includes(v as ReplaceKind) ? (v as ReplaceKind) : null;

export function wrap(s: Stored & {text: string}): string {
  return `${HEADER} ${s.rev} ${s.replaced ?? 'own'}\n${s.text}`;
}

/** A stored value back; earlier pages wrote a bare save, or one under a line of tab heads. */
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
  if (head[0] === 'sandbox-sync') return {rev: 0, replaced: null, text: raw.slice(end + 1)};
  return {rev: 0, replaced: null, text: raw};
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
    // Version 1 kept a single backup; version 2 a list.
    const list = parsed.v === 2 && Array.isArray(parsed.list) ? parsed.list : [parsed];
    return list.map(backupOf).filter((b): b is Backup => b !== null);
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
