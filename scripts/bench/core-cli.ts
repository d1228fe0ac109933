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
import {measureSaves, SAVE_CAP_BYTES, type MixResult} from './core-saves';
import {count, renderTable} from './format';

export interface CoreSummary {
  timing: CoreTiming;
  mixes: MixResult[];
  checks: Check[];
}

/** What `npm run bench:core` prints (also in `npm run bench`'s report). */
export function renderCore({timing: t, mixes, checks}: CoreSummary): string {
  const rows = mixes.flatMap((m) => [
    ...m.points.map((p) => [
      m.mix,
      count(p.events),
      count(p.bytes),
      p.loadsBack ? 'yes' : 'NO',
      p.bytes <= SAVE_CAP_BYTES ? 'ok' : 'OVER',
    ]),
    ...(m.stopped ? [[m.mix, count(m.stopped.events), m.stopped.reason, '', 'STOPPED']] : []),
  ]);
  const failed = checks.filter((c) => !c.ok).map((c) => c.name);
  return [
    `token core: ${count(CORE_EVENTS)} events in ${t.ms} ms, median of ${t.runs} runs ` +
      `(best ${t.bestMs} ms; ${count(t.eventsPerSec)} events/s; ${t.refused} refused); ` +
      `heap after gc ${t.heapMB} MB; final save ${t.save}`,
    `Saved size by traffic mix (refused events: ${mixes.map((m) => `${m.mix} ${m.refused}`).join(', ')})`,
    renderTable(['mix', 'events', 'bytes', 'loads back', `≤ ${count(SAVE_CAP_BYTES)}`], rows),
    `save check: ${failed.length ? `FAIL: ${failed.join(', ')}` : `every mix ≤ ${count(SAVE_CAP_BYTES)} bytes and loads back`}`,
  ].join('\n');
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
