/**
 * `npm run bench:core`: the token core's speed and heap on a seeded mix of events
 * (`core-measure.ts`), and the saved size under each traffic mix (`core-saves.ts`).
 *
 *   npm run bench:core [-- --runs N] [--check] [--json]
 *
 * --runs: timed replays (default 5). --check: exit 1 when a mix's save is over
 * SAVE_CAP_BYTES, refused, or does not load back. --json: the figures as one JSON object,
 * which `npm run bench` reads.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import {parseArgs} from 'node:util';
import {runAsCli, wholeNumber} from '../run-cli';
import {saveChecks, type Check} from './checks';
import {CORE_EVENTS, measureCore, type CoreTiming} from './core-measure';
import {measureSaves, SAVE_CAP_BYTES, TIMED_CALLS, type MixResult} from './core-saves';
import {renderTable} from './stats';

export interface CoreSummary {
  timing: CoreTiming;
  mixes: MixResult[];
  checks: Check[];
}

const n = (x: number) => x.toLocaleString('en');

function renderTiming(t: CoreTiming): string {
  return [
    `token core: ${n(CORE_EVENTS)} events in ${t.ms} ms median of ${t.runs} runs (best ${t.bestMs} ms, CPU ${t.cpuMs} ms/run; ${n(t.eventsPerSec)} events/s)`,
    `  refused ${t.refused}, requests logged ${t.requests}, records loaded ${t.recordsLoaded}, queued ${t.failedQueued}, tokens ${t.tokens}`,
    `  heap before ${t.heapBeforeMB} MB, after ${t.heapAfterMB} MB, after gc ${t.heapAfterGcMB} MB`,
    `  heap after gc at ${Object.entries(t.heapAtMB)
      .map(([events, mb]) => `${Number(events) / 1000}k: ${mb} MB`)
      .join(', ')}`,
    `  saved state after the last replay: ${t.save}`,
  ].join('\n');
}

function renderMixes(mixes: MixResult[]): string {
  const rows = mixes.flatMap((m) => [
    ...m.points.map((p) => [
      m.mix,
      n(p.events),
      n(p.bytes),
      String(p.saveMs),
      String(p.loadMs),
      p.loadsBack ? 'yes' : 'NO',
      p.bytes <= SAVE_CAP_BYTES ? 'ok' : 'OVER',
    ]),
    ...(m.stopped ? [[m.mix, n(m.stopped.events), 'stopped (below)', '', '', '', '']] : []),
  ]);
  const notes = mixes.map(
    (m) =>
      `  ${m.mix}: last save accepted ${n(m.lastSaved.bytes)} bytes at ${n(m.lastSaved.events)} ` +
      `events; ${m.refused} events refused; ${(m.ms / 1000).toFixed(1)} s` +
      (m.stopped ? `\n    stopped at ${n(m.stopped.events)} events: ${m.stopped.reason}` : ''),
  );
  return [
    `Saved size by traffic mix (save and load ms: medians of ${TIMED_CALLS} calls)`,
    renderTable(
      ['mix', 'events', 'bytes', 'save ms', 'load ms', 'loads back', `≤ ${n(SAVE_CAP_BYTES)}`],
      rows,
    ),
    ...notes,
  ].join('\n');
}

/** What `npm run bench:core` prints (also in `npm run bench`'s report). */
export function renderCore(s: CoreSummary): string {
  const failed = s.checks.filter((c) => !c.ok);
  const verdict = failed.length
    ? `FAIL: ${failed.map((c) => c.name).join(', ')}`
    : `every mix ≤ ${n(SAVE_CAP_BYTES)} bytes and loads back`;
  return `${renderTiming(s.timing)}\n\n${renderMixes(s.mixes)}\nsave check: ${verdict}\n`;
}

function main(args: string[]): number {
  const {values} = parseArgs({
    args,
    options: {
      runs: {type: 'string', default: '5'},
      check: {type: 'boolean', default: false},
      json: {type: 'boolean', default: false},
    },
  });
  const runs = wholeNumber(values.runs, '--runs', 1);
  // Heap figures are taken after a collection: expose `gc` without re-launching node.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const timing = measureCore(runs, gc);
  const mixes = measureSaves();
  const summary: CoreSummary = {timing, mixes, checks: saveChecks(mixes)};
  console.log(values.json ? JSON.stringify(summary) : renderCore(summary));
  return values.check && summary.checks.some((c) => !c.ok) ? 1 : 0;
}

runAsCli(__filename, main);
