/**
 * `npm run bench:core`: the token core's bench (`core-measure.ts`), printed for a reader and
 * as a last line `BENCH_CORE {json}` that `npm run bench` parses (`run-core-bench.ts`).
 * Re-spawns node with --expose-gc so that the heap figures are taken after a collection.
 * BENCH_CORE_RUNS sets the number of timed runs (default 5).
 */
import {spawnSync} from 'node:child_process';
import {runAsCli} from '../run-cli';
import {CORE_EVENTS, measureCore, type CoreSummary} from './core-measure';

export const BENCH_CORE_PREFIX = 'BENCH_CORE ';

function print(summary: CoreSummary): void {
  const s = summary;
  console.log(
    `token core: ${CORE_EVENTS.toLocaleString('en')} events in ${s.ms} ms median of ${s.runs} runs (best ${s.bestMs} ms, CPU ${s.cpuMs} ms/run; ${s.eventsPerSec.toLocaleString('en')} events/s)`,
  );
  console.log(
    `  refused ${s.refused}, requests logged ${s.requests}, records loaded ${s.recordsLoaded}, queued ${s.failedQueued}, tokens ${s.tokens}`,
  );
  console.log(
    `  heap before ${s.heapBeforeMB} MB, after ${s.heapAfterMB} MB, after gc ${s.gc ? s.heapAfterGcMB + ' MB' : 'n/a (run node --expose-gc)'}`,
  );
  console.log(
    `  heap after gc at ${Object.entries(s.heapAtMB)
      .map(([events, heapMB]) => `${Number(events) / 1000}k: ${heapMB} MB`)
      .join(', ')}`,
  );
  console.log(`  serialized state ${s.saveKB} KB`);
  for (const p of s.saves)
    console.log(
      `  after ${p.pushes.toLocaleString('en')} pushes of continuous traffic: save ${p.bytes.toLocaleString('en')} bytes, save ${p.saveMs} ms, load ${p.loadMs} ms (medians of 21)`,
    );
  console.log(`${BENCH_CORE_PREFIX}${JSON.stringify(s)}`);
}

function main(): void {
  const gc = (globalThis as {gc?: () => void}).gc;
  if (gc === undefined && process.env.BENCH_CORE_CHILD !== '1') {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', ...process.execArgv, ...process.argv.slice(1)],
      {stdio: 'inherit', env: {...process.env, BENCH_CORE_CHILD: '1'}},
    );
    process.exit(child.status ?? 1);
  }
  print(measureCore({runs: Number(process.env.BENCH_CORE_RUNS ?? 5), gc}));
}

// Only as a command: `npm run bench` imports BENCH_CORE_PREFIX from here.
runAsCli(__filename, main);
