/**
 * `npm run bench:core [-- --check]`: the saved size under each traffic mix (`core-saves.ts`)
 * at each checkpoint, and the core's speed on it. --check: exit 1 when a mix's save is over
 * SAVE_CAP_BYTES, refused, or does not load back.
 */
import {parseArgs} from 'node:util';
import {runAsCli} from '../run-cli';
import {saveChecks} from './checks';
import {measureSaves, SAVE_CAP_BYTES} from './core-saves';
import {count, renderTable} from './format';

export type CoreSummary = ReturnType<typeof coreBench>;

export function coreBench() {
  const mixes = measureSaves();
  return {mixes, checks: saveChecks(mixes)};
}

/** What `npm run bench:core` prints (also in `npm run bench`'s report). */
export function renderCore({mixes, checks}: CoreSummary): string {
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
  const speed = mixes.map((m) => {
    const events = m.stopped?.events ?? m.points.at(-1)?.events ?? 0;
    return `${m.mix} ${count(Math.round(events / (m.ms / 1000)))}/s (${m.refused} refused)`;
  });
  const failed = checks.filter((c) => !c.ok).map((c) => c.name);
  return [
    'Saved size by traffic mix',
    renderTable(['mix', 'events', 'bytes', 'loads back', `≤ ${count(SAVE_CAP_BYTES)}`], rows),
    `events per second, saves and loads included: ${speed.join(', ')}`,
    `save check: ${failed.length ? `FAIL: ${failed.join(', ')}` : `every mix ≤ ${count(SAVE_CAP_BYTES)} bytes and loads back`}`,
  ].join('\n');
}

function main(args: string[]): number {
  const {values} = parseArgs({args, options: {check: {type: 'boolean', default: false}}});
  const summary = coreBench();
  console.log(renderCore(summary));
  return values.check && summary.checks.some((c) => !c.ok) ? 1 : 0;
}

runAsCli(__filename, main);
