/**
 * Reading the sandbox in tests: every row of a table, where each record is, a rotation's
 * steps. Each lists every id or step, which only tests (and their exactly-once checks) need.
 */
import {own} from '../../src/tokens/destination';
import {isRunning, findRotation, revokedInUse} from '../../src/tokens/rotation';
import {rotationVerdict, type Verdict} from '../../src/tokens/selectors/rotation';
import type {Destination, Rotation, Row, SandboxState, Table} from '../../src/tokens/model';

export function findTable(dest: Destination, schema: string, table: string): Table | null {
  const tables = own(dest, schema);
  return (tables === undefined ? undefined : own(tables, table)) ?? null;
}

/** The ids a table holds, oldest first. */
export function idsOf(t: Table): number[] {
  return Array.from({length: t.total}, (_, i) => t.first + i);
}

/** Every row of a table, oldest first; rows whose data is no longer kept read as `{ id }`. */
export function rowsOf(t: Table | null): Row[] {
  if (t === null) return [];
  const data = new Map(t.recent.map((r) => [r.id, r.data]));
  return idsOf(t).map((id) => ({id, data: data.get(id) ?? {id}}));
}

/** Every row of one table, oldest first (tests and small tables: it lists every id). */
export function tableRows(s: SandboxState, schema: string, table: string): Row[] {
  return rowsOf(findTable(s.destination, schema, table));
}

/**
 * Where each record is, for tests and "exactly once" checks (it lists every record). Ids
 * are numbered per table, so a loaded record is `schema.table#id`; a queued one has no id
 * until a re-send loads it and is `table@entry#place` (its entry in the queue, and its place
 * in it). A record counted twice is a duplicate.
 */
export function recordPlacement(s: SandboxState): {
  loaded: Map<string, string>;
  queued: string[];
  duplicates: string[];
} {
  const loaded = new Map<string, string>();
  const duplicates: string[] = [];
  for (const [schema, tables] of Object.entries(s.destination)) {
    for (const [table, t] of Object.entries(tables)) {
      const where = `${schema}.${table}`;
      for (const id of idsOf(t)) {
        const key = `${where}#${id}`;
        if (loaded.has(key)) duplicates.push(key);
        loaded.set(key, where);
      }
    }
  }
  const queued = s.failed.flatMap((e, k) =>
    Array.from({length: e.total}, (_, i) => `${e.table}@${k}#${i}`),
  );
  return {loaded, queued, duplicates};
}

export interface RotationStatus {
  readonly integrationId: number;
  readonly trigger: Rotation['trigger'];
  readonly inProgress: boolean;
  readonly abandoned: boolean;
  readonly oldTokenId: number;
  readonly newTokenId: number | null;
  readonly startedAt: number;
  /** The new token passed a validate request before the application switched to it. */
  readonly validatedAt: number | null;
  /** The application's first accepted push with the new token. */
  readonly switchedAt: number | null;
  /** The old token was revoked before the app was confirmed on the new one. */
  readonly revokedBeforeSwitch: boolean;
  readonly interrupted: number;
  readonly resent: number;
  readonly verdict: Verdict;
}

/** Rotation of the given integration, or of the one the application belongs to; null if none ever began. */
export function rotationStatus(s: SandboxState, integrationId?: number): RotationStatus | null {
  const id = integrationId ?? s.app.integrationId;
  if (id === null) return null;
  const r = findRotation(s.rotations, id);
  if (r === undefined) return null;
  return {
    integrationId: id,
    trigger: r.trigger,
    inProgress: isRunning(r),
    abandoned: r.abandonedAt !== null,
    oldTokenId: r.oldTokenId,
    newTokenId: r.newTokenId,
    startedAt: r.startedAt,
    validatedAt: r.validatedAt,
    switchedAt: r.switchedAt,
    revokedBeforeSwitch: revokedInUse(r),
    interrupted: r.interrupted,
    resent: r.resent,
    verdict: rotationVerdict(r),
  };
}
