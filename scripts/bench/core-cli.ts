/** `npm run bench:core [-- --check]`: the core bench alone; --check: exit 1 on a failed check. */
import {parseArgs} from 'node:util';
import {runAsCli} from '../run-cli';
import {saveChecks} from './checks';
import {LAST_CHECKPOINT, measureSaves, SAVE_CHECKPOINTS, type MixResult} from './core-saves';
import {count, renderChecks, renderTable} from './format';

/** Each mix's saved bytes at each checkpoint and its speed (also in `npm run bench`'s report). */
export function renderCore(mixes: MixResult[]): string {
  const rows = mixes.map((m) => [
    m.mix,
    ...SAVE_CHECKPOINTS.map((n) => {
      const bytes = m.points.find((p) => p.events === n)?.bytes;
      return bytes === undefined ? '–' : count(bytes);
    }),
    m.points.every((p) => p.loadsBack) ? 'yes' : 'NO',
    count(Math.round((m.stopped?.events ?? LAST_CHECKPOINT) / (m.ms / 1000))),
    count(m.refused),
  ]);
  // Where a mix stopped, and why, the checks say.
  const head = ['mix', ...SAVE_CHECKPOINTS.map(count), 'loads back', 'events/s', 'refused'];
  return `Saved bytes by traffic mix after so many events; events per second, saves and loads included\n${renderTable(head, rows)}`;
}

function main(args: string[]): number {
  const {values} = parseArgs({args, options: {check: {type: 'boolean', default: false}}});
  const mixes = measureSaves();
  const checks = saveChecks(mixes);
  console.log(`${renderCore(mixes)}\n${renderChecks(checks, values.check)}`);
  return values.check && checks.some((c) => !c.ok) ? 1 : 0;
}

runAsCli(__filename, main);
