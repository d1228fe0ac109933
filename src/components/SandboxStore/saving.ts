/**
 * The writer's saves: each under a header line (the write's number, and whether it is a
 * replacement the reader has not touched yet), and the lasting condition a failed write
 * raises, said once (not again after Dismiss until it clears) and noted where a reload finds it.
 */
import {counters, integrations, save, type SandboxState} from '@site/src/tokens';
import {notices, type Notice, type NoticeCode} from './notices';
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
export const kindOf = (v: unknown): ReplaceKind | null =>
  KINDS.includes(v as ReplaceKind) ? (v as ReplaceKind) : null;

/** A stored value back; earlier pages wrote a bare save, which `load` then explains. */
export function unwrap(raw: string | null): Stored {
  if (raw === null) return {rev: 0, replaced: null, text: null};
  const end = raw.indexOf('\n');
  const head = end < 0 ? '' : raw.slice(0, end).split(' ');
  if (head[0] !== HEADER) return {rev: 0, replaced: null, text: raw};
  const rev = Number(head[1]);
  const valid = Number.isSafeInteger(rev) && rev > 0;
  return {rev: valid ? rev : 0, replaced: kindOf(head[2]), text: raw.slice(end + 1)};
}

/** What storage holds now, or null when it cannot be read. */
export function readStored(storage: SandboxStorage): Stored | null {
  const read = storage.read();
  return read.ok ? unwrap(read.text) : null;
}

/** Nothing the reader did: no integration, no request. */
export const pristine = (s: SandboxState): boolean =>
  integrations(s).length === 0 && counters(s).total === 0;

/** The earliest time any marker says writes failed since (storage full), or null. */
export function readMarker(markers: readonly SandboxStorage[]): number | null {
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

/**
 * `markers` note that writes fail since a time, so a reload says which save it brought back:
 * this tab's session storage, and the origin's local storage when there is room for a line.
 */
export function createSaving(
  storage: SandboxStorage,
  markers: readonly SandboxStorage[],
  condition: {get(): Notice | null; set(c: Notice | null): void},
) {
  let written: {at: number; state: SandboxState} | null = null;
  let since: number | null = null;
  const dismissed = new Set<NoticeCode>();
  const raise = (c: Notice) => {
    if (!dismissed.has(c.code) && condition.get()?.code !== c.code) condition.set(c);
  };
  const clear = (code: NoticeCode) => {
    dismissed.delete(code);
    if (condition.get()?.code === code) condition.set(null);
  };
  // The first note stays: it says since when.
  const failing = (at: number) => {
    for (const m of markers) {
      const note = m.read();
      if (note.ok && note.text === null) m.write(JSON.stringify({since: at}));
    }
    return at;
  };
  return {
    /** Writes `state` as write number `rev`; its save, or null when it cannot even be encoded. */
    write(state: SandboxState, rev: number, replaced: ReplaceKind | null): string | null {
      const saved = save(state);
      const result = saved.ok
        ? storage.write(`${HEADER} ${rev} ${replaced ?? 'own'}\n${saved.text}`)
        : {ok: false as const, reason: 'it holds too much data'};
      if (result.ok) {
        written = {at: state.lastAt, state};
        since = null;
        markers.forEach((m) => m.clear());
        clear('not-saved');
      } else {
        since ??= failing(written?.at ?? state.lastAt);
        const last = written !== null && !pristine(written.state) ? written : null;
        raise(notices.notSaved(result.reason, last));
      }
      return saved.ok ? saved.text : null;
    },
    /** The state that was read from storage at start. */
    restored(state: SandboxState) {
      written = {at: state.lastAt, state};
    },
    /** What the writer said about its saves, shown by a tab that mirrors it. */
    mirrored(unsaved: number | null) {
      if (unsaved === null) return clear('not-saved');
      failing(unsaved);
      raise(notices.notSavedSince(unsaved));
    },
    /** Since when writes fail, or null. */
    unsavedSince: (): number | null => since,
    dismiss() {
      const c = condition.get();
      if (c !== null) dismissed.add(c.code);
      condition.set(null);
    },
  };
}
