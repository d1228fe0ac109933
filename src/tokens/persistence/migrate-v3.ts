/**
 * Version 3 saves (the sandbox as released before this format) are carried over, not reset:
 * a reader's sandbox survives the upgrade. Version 3 kept every push as its own batch and
 * the log as two chunks; version 4 keeps runs of ids, the newest rows' data, one log, the
 * clock, and the fields added since (validated time, held retries, preset, outage). The
 * result is a version-4 payload, validated like any other.
 */
import {LOG_CAPACITY} from '../log';
import {RECENT_ROWS} from '../state';
import {bad} from './fields';

type Json = unknown;
const list = (v: Json): Json[] => (Array.isArray(v) ? v : bad('malformed version 3 save'));

/** v3 table: batches of [flat [start, length, …], data | null] → v4 [flat runs, recent]. */
function table(batches: Json): Json {
  const runs: number[] = [];
  let recent: [number, Json][] = [];
  for (const b of list(batches)) {
    const [ids, data] = list(b);
    const flat = list(ids) as number[];
    for (let i = 0; i < flat.length; i += 2) {
      const [first, count] = [flat[i]!, flat[i + 1]!];
      const n = runs.length;
      if (n > 0 && runs[n - 2]! + runs[n - 1]! === first) runs[n - 1]! += count;
      else runs.push(first, count);
      if (Array.isArray(data)) {
        const rows: [number, Json][] = [];
        for (let j = Math.max(0, count - RECENT_ROWS); j < count; j++)
          rows.push([first + j, data[data.length - count + j]]);
        recent = [...recent, ...rows].slice(-RECENT_ROWS);
      }
    }
  }
  return [runs, recent];
}

function latestTime(p: Record<string, Json>): number {
  const times: number[] = [];
  const log = list(p.log).flatMap((chunk) => list(chunk));
  for (const e of log) times.push(list(e)[1] as number);
  for (const i of list(p.integrations)) times.push(...(list(i).slice(4, 6) as number[]));
  for (const t of [...list(p.tokens), ...list(p.revoked)])
    times.push(
      ...(list(t)
        .slice(2, 5)
        .filter((x) => x !== null) as number[]),
    );
  return times.reduce((a, b) => Math.max(a, typeof b === 'number' ? b : 0), 0);
}

export function fromV3(p: Record<string, Json>): Record<string, Json> {
  const dest = Object.create(null) as Record<string, Record<string, Json>>;
  for (const [schema, tables] of Object.entries(p.dest as object)) {
    dest[schema] = Object.create(null);
    for (const [name, batches] of Object.entries(tables as object))
      dest[schema][name] = table(batches);
  }
  const [prev, cur] = list(p.log);
  const log = [...list(prev), ...list(cur)].slice(-LOG_CAPACITY);
  const app = p.app as Record<string, Json>;
  return {
    ...p,
    v: 4,
    preset: 'planned',
    outage: false,
    lastAt: latestTime(p),
    app: {...app, pending: []},
    dest,
    log,
    rotations: list(p.rotations).map((r) => {
      const t = list(r);
      return [...t.slice(0, 6), null, ...t.slice(6), 0];
    }),
  };
}
