/** Save and load, all or nothing: `load(save(s))` is `s` minus reveal and clipboard; no secrets. */
import * as v from 'valibot';
import type {Destination, SandboxState, Table} from '../model';
import {
  FIELDS as F,
  Invalid,
  payload,
  place,
  STORAGE_VERSION,
  type Fields,
  type Read,
} from './schema';
import {validate} from './validate';

export {STORAGE_VERSION} from './schema';

/** The most a save may hold (JSON characters), checked before parsing; actions stay far below. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

export type LoadResult =
  | {readonly ok: true; readonly state: SandboxState}
  | {readonly ok: false; readonly reason: string; readonly action: 'reset'};

/** A row as the tuple of its fields' values, in the schema's order (the decoder reads it back). */
function tupleOf<T extends Fields>(fields: T, o: {[K in keyof T]: unknown}): unknown[] {
  return Object.keys(fields).map((k) => o[k]);
}

/** The state as saved text, unchecked for size: `FIELDS` tuples, so `__proto__` is data. */
export function serialize(s: SandboxState): string {
  const a = s.app;
  return JSON.stringify({
    v: STORAGE_VERSION,
    drill: s.drill,
    clientId: s.clientId,
    outage: s.outage,
    lastAt: s.lastAt,
    next: [s.nextIntegrationId, s.nextTokenId, s.nextRecordId, s.nextLogSeq],
    integrations: s.integrations.map((i) => tupleOf(F.integration, i)),
    tokens: s.tokens.map((t) => tupleOf(F.token, t)),
    revoked: s.revokedTokens.map((t) => tupleOf(F.token, t)),
    app: {
      token: a.token && tupleOf(F.presented, a.token),
      clientId: a.clientId,
      integrationId: a.integrationId,
      last: a.lastResponse && tupleOf(F.response, a.lastResponse),
      pending: a.pending.map((p) => tupleOf(F.pending, p)),
      traffic: a.traffic,
    },
    dest: Object.entries(s.destination).flatMap(([schema, tables]) =>
      Object.entries(tables).map(([table, t]) =>
        tupleOf(F.table, {
          schema,
          table,
          ...t,
          recent: t.recent.map((r) => tupleOf(F.dataRow, r)),
        }),
      ),
    ),
    failed: s.failed.map((e) =>
      tupleOf(F.entry, {...e, recent: e.recent.map((r) => tupleOf(F.queuedRow, r))}),
    ),
    log: s.log.map((e) => tupleOf(F.log, e)),
    counters: tupleOf(F.counters, {
      ...s.counters,
      byStatus: s.counters.byStatus.map((x) => tupleOf(F.statusCount, x)),
    }),
    rotations: s.rotations.map((r) => tupleOf(F.rotation, r)),
  });
}

/** The state as saved text; refused (with the reason) over the budget, never written then. */
export function save(s: SandboxState) {
  const text = serialize(s);
  if (text.length > MAX_PAYLOAD_BYTES) {
    return {
      ok: false as const,
      reason: `The sandbox holds too much data to save (${Math.round(text.length / 1024)} KB; the limit is ${MAX_PAYLOAD_BYTES / 1024} KB). Reset it to keep saving.`,
    };
  }
  return {ok: true as const, text};
}

function destination(tables: readonly Read<typeof F.table>[]): Destination {
  const schemas = new Map<string, Map<string, Table>>();
  for (const {schema, table, ...t} of tables) {
    const named = schemas.get(schema) ?? new Map<string, Table>();
    if (named.has(table)) throw new Invalid(`destination ${schema}.${table}: listed twice`);
    schemas.set(schema, named.set(table, t));
  }
  // Object.fromEntries defines own keys, so a name like `__proto__` stays a name.
  return Object.fromEntries([...schemas].map(([s, t]) => [s, Object.fromEntries(t)]));
}

/** Reads a version-5 payload into a state, or throws `Invalid` with the first problem. */
function decode(p: unknown): SandboxState {
  const r = v.safeParse(payload, p, {abortEarly: true});
  if (!r.success) {
    const issue = r.issues[0];
    throw new Invalid(`${place(issue.path ?? [])}: ${issue.message}`);
  }
  // `same`: the fields a save and a state name alike; the others are laid out differently.
  const {v: _version, next, revoked, app, dest, ...same} = r.output;
  const [nextIntegrationId, nextTokenId, nextRecordId, nextLogSeq] = next;
  const {last, ...sent} = app;
  return {
    ...same,
    revokedTokens: revoked,
    reveal: null,
    app: {...sent, lastResponse: last, clipboard: null},
    destination: destination(dest),
    nextIntegrationId,
    nextTokenId,
    nextRecordId,
    nextLogSeq,
  };
}

export const reset = (reason: string): LoadResult => ({ok: false, reason, action: 'reset'});

export function load(text: string): LoadResult {
  // Other tabs' messages reach here unchecked.
  if (typeof text !== 'string') return reset('The saved sandbox is not text.');
  if (text.length > MAX_PAYLOAD_BYTES)
    return reset(
      `The saved sandbox is too large (${text.length} characters; the limit is ${MAX_PAYLOAD_BYTES}).`,
    );
  let p: unknown;
  try {
    p = JSON.parse(text);
  } catch {
    return reset('The saved sandbox is corrupt or truncated (not valid JSON).');
  }
  if (typeof p !== 'object' || p === null || Array.isArray(p) || !('v' in p))
    return reset('This is not a saved sandbox (no version).');
  const {v} = p;
  if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < STORAGE_VERSION)
    return reset(
      `It was saved by an earlier version of this page (save format ${v}), which this one does not read.`,
    );
  if (v !== STORAGE_VERSION)
    return reset(
      `The saved sandbox has version ${JSON.stringify(v).slice(0, 20)}; this page reads version ${STORAGE_VERSION}.`,
    );
  try {
    const state = decode(p);
    validate(state);
    return {ok: true, state};
  } catch (e) {
    if (e instanceof Invalid) return reset(`The saved sandbox is invalid: ${e.message}.`);
    return reset('The saved sandbox could not be read.');
  }
}
