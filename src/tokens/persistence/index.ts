/**
 * Saving and loading the sandbox, all or nothing, with one promise: whatever an action
 * produces, `save` then `load` gives it back (minus the reveal and the clipboard, which are
 * never saved). `save` refuses only a state over the size budget, and says so; `load`
 * refuses whole anything that is not such a save, with a reason, never a partial state.
 *
 * Secrets: none is ever written. The simulated Stitch side keeps only a SHA-256 fingerprint
 * of each token (as a real server stores a hash), and the application keeps the fingerprint
 * of the value pasted into it plus a 4-character hint.
 */
import type {SandboxState} from '../model';
import {encode} from './encode';
import {decode, Invalid, STORAGE_VERSION} from './schema';
import {validate} from './validate';

export {STORAGE_VERSION} from './schema';

/**
 * The most a save may hold (characters of JSON). Every state the sandbox's own actions make
 * stays far below it (the log is a ring, tables keep runs of ids and their newest rows, and
 * integrations and tokens are capped); it is checked before a payload is parsed.
 */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

export type LoadResult =
  | {readonly ok: true; readonly state: SandboxState}
  | {readonly ok: false; readonly reason: string; readonly action: 'reset'};

export type SaveResult =
  {readonly ok: true; readonly text: string} | {readonly ok: false; readonly reason: string};

/** The state as saved text, with no size check (share links apply their own). */
export function serialize(s: SandboxState): string {
  return encode(s);
}

/** The state as saved text; refused (with the reason) over the budget, never written then. */
export function save(s: SandboxState): SaveResult {
  const text = encode(s);
  if (text.length > MAX_PAYLOAD_BYTES) {
    return {
      ok: false,
      reason: `The sandbox holds too much data to save (${Math.round(text.length / 1024)} KB; the limit is ${MAX_PAYLOAD_BYTES / 1024} KB). Reset it to keep saving.`,
    };
  }
  return {ok: true, text};
}

const reset = (reason: string): LoadResult => ({ok: false, reason, action: 'reset'});

function parse(text: string): Record<string, unknown> | string {
  if (text.length > MAX_PAYLOAD_BYTES)
    return `The saved sandbox is too large (${text.length} characters; the limit is ${MAX_PAYLOAD_BYTES}).`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'The saved sandbox is corrupt or truncated (not valid JSON).';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('v' in parsed))
    return 'This is not a saved sandbox (no version).';
  return parsed as Record<string, unknown>;
}

export function load(text: string): LoadResult {
  if (typeof text !== 'string') return reset('The saved sandbox is not text.');
  const p = parse(text);
  if (typeof p === 'string') return reset(p);
  const v = p.v;
  if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < STORAGE_VERSION) {
    return reset(
      `It was saved by an earlier version of this page (save format ${v}), which this one does not read.`,
    );
  }
  if (v !== STORAGE_VERSION) {
    return reset(
      `The saved sandbox has version ${JSON.stringify(v).slice(0, 20)}; this page reads version ${STORAGE_VERSION}.`,
    );
  }
  try {
    const state = decode(p);
    validate(state);
    return {ok: true, state};
  } catch (e) {
    if (e instanceof Invalid) return reset(`The saved sandbox is invalid: ${e.message}.`);
    return reset('The saved sandbox could not be read.');
  }
}
