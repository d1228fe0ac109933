/**
 * Which writes a saved value holds. Web storage gives no compare-and-swap, and a tab can
 * read a value another process has already replaced (Chrome keeps a per-process copy that
 * another tab's write reaches a moment later), so a write can land on a stale base and drop
 * another tab's accepted records.
 *
 * Each tab numbers its writes, and a value carries, for every tab whose writes it holds,
 * the number of the newest one (its "heads"). A tab's write always holds all of that tab's
 * earlier actions (any the base lacks are replayed into it), so a value holds an action
 * exactly when it holds the write that first carried it, or a later one. A tab that reads a
 * value whose head for it is older than an action's first write knows the action was
 * dropped and replays it: nothing is lost, and nothing is applied twice.
 */

/** How many tabs' heads a value keeps (the most recent writers; far more than are ever open). */
export const HEADS = 64;

const PREFIX = 'sandbox-sync ';

/** A tab and the number of its newest write a value holds. */
export type Head = readonly [tab: string, write: number];

export interface Stored {
  /** The save (`load` reads it); null when storage holds nothing. */
  readonly text: string | null;
  /** The newest write of each tab the value holds, the most recent writer last. */
  readonly heads: readonly Head[];
}

/** The stored value: a line of heads, then the save. */
export function wrap(text: string, heads: readonly Head[]): string {
  return `${PREFIX}${JSON.stringify(heads)}\n${text}`;
}

const isHead = (h: unknown): h is Head =>
  Array.isArray(h) &&
  h.length === 2 &&
  typeof h[0] === 'string' &&
  Number.isSafeInteger(h[1]) &&
  (h[1] as number) > 0;

/** A stored value back as its save and heads; a bare save (written before heads) has none. */
export function unwrap(raw: string | null): Stored {
  if (raw === null || !raw.startsWith(PREFIX)) return {text: raw, heads: []};
  const end = raw.indexOf('\n');
  if (end < 0) return {text: null, heads: []};
  const text = raw.slice(end + 1);
  try {
    const heads: unknown = JSON.parse(raw.slice(PREFIX.length, end));
    return {text, heads: Array.isArray(heads) ? heads.filter(isHead) : []};
  } catch {
    return {text, heads: []};
  }
}

/** The heads of a value this tab writes as its `write`th on a base with `heads`. */
export function advance(heads: readonly Head[], tab: string, write: number): Head[] {
  return [...heads.filter(([t]) => t !== tab), [tab, write] as const].slice(-HEADS);
}

/**
 * The newest of this tab's writes a value holds: 0 when none. A tab missing from a full list
 * was pushed out by HEADS more recent writers, long after its writes were read back, so
 * its writes count as held rather than being replayed a second time.
 */
export function heldUpTo(stored: Stored, tab: string): number {
  const head = stored.heads.find(([t]) => t === tab);
  if (head) return head[1];
  return stored.heads.length >= HEADS ? Number.POSITIVE_INFINITY : 0;
}
