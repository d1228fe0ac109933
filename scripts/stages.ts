/**
 * A small stage runner for `npm test` and `npm run check`: runs commands one after the
 * other, or a group side by side, stops at the first failure, and always ends with a table
 * of what ran and how long it took.
 *
 * A stage running alone streams its output as it comes. Stages of a group run at once, so
 * each one's output is held back and printed in one piece when it ends (in the order they
 * end): no interleaved lines. When one stage of a group fails, the others are stopped.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import {repoRoot} from './csp-hashes';

export interface Stage {
  name: string;
  /** A binary of node_modules/.bin (or any command on PATH) and its arguments. */
  command: string;
  args: string[];
  env?: Record<string, string>;
}

/** A stage, or a group of stages run side by side. */
export type Step = Stage | Stage[];

type Outcome = 'ok' | 'FAILED' | 'stopped' | 'not run';

interface Row {
  name: string;
  outcome: Outcome;
  ms: number;
  group?: number;
}

const bin = (command: string) =>
  command.includes('/') ? command : path.join(repoRoot, 'node_modules', '.bin', command);

const running = new Set<ChildProcess>();

/** Ends a stage and everything it started (its own process group). */
function stop(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of running) stop(child);
    process.exit(130);
  });
}

function start(stage: Stage, stream: boolean): {child: ChildProcess; output: () => string} {
  const chunks: Buffer[] = [];
  const child = spawn(bin(stage.command), stage.args, {
    cwd: repoRoot,
    env: {...process.env, ...stage.env},
    // Its own process group, so that stopping it stops what it started (browsers, nginx).
    detached: true,
    stdio: ['ignore', stream ? 'inherit' : 'pipe', stream ? 'inherit' : 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => chunks.push(d));
  child.stderr?.on('data', (d: Buffer) => chunks.push(d));
  running.add(child);
  child.on('close', () => running.delete(child));
  return {child, output: () => Buffer.concat(chunks).toString()};
}

function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on('error', () => resolve(127));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const banner = (text: string) => console.log(`\n\x1b[1m▶ ${text}\x1b[0m`);

async function runOne(stage: Stage): Promise<Row> {
  banner(`${stage.name}: ${stage.command} ${stage.args.join(' ')}`);
  const startedAt = Date.now();
  const code = await exitCode(start(stage, true).child);
  return {name: stage.name, outcome: code === 0 ? 'ok' : 'FAILED', ms: Date.now() - startedAt};
}

async function runGroup(stages: Stage[], group: number): Promise<Row[]> {
  banner(`side by side: ${stages.map((s) => s.name).join(', ')}`);
  const startedAt = Date.now();
  const rows: Row[] = stages.map((s) => ({name: s.name, outcome: 'not run', ms: 0, group}));
  const started = stages.map((s) => start(s, false));
  let failed = false;
  await Promise.all(
    started.map(async ({child, output}, i) => {
      const code = await exitCode(child);
      const row = rows[i];
      row.ms = Date.now() - startedAt;
      if (failed && code !== 0) {
        row.outcome = 'stopped';
        return;
      }
      row.outcome = code === 0 ? 'ok' : 'FAILED';
      banner(`${row.name} (${row.outcome}, ${seconds(row.ms)})`);
      process.stdout.write(output());
      if (code !== 0 && !failed) {
        failed = true;
        for (const other of started) stop(other.child);
      }
    }),
  );
  return rows;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function printTimes(title: string, rows: Row[], totalMs: number): void {
  const width = Math.max(...rows.map((r) => r.name.length), 5);
  console.log(`\n\x1b[1m${title}: stage times (wall clock)\x1b[0m`);
  for (const r of rows) {
    const time = r.outcome === 'not run' ? '' : seconds(r.ms);
    const note = r.group === undefined ? '' : `  side by side (group ${r.group})`;
    console.log(`  ${r.name.padEnd(width)}  ${time.padStart(8)}  ${r.outcome}${note}`);
  }
  console.log(`  ${'total'.padEnd(width)}  ${seconds(totalMs).padStart(8)}`);
}

/** Runs the steps in order; returns the exit code (0, or 1 at the first failure). */
export async function runStages(title: string, steps: Step[]): Promise<number> {
  const startedAt = Date.now();
  const rows: Row[] = [];
  let groups = 0;
  let failed = false;
  for (const step of steps) {
    const stages = Array.isArray(step) ? step : [step];
    if (failed) {
      rows.push(...stages.map((s): Row => ({name: s.name, outcome: 'not run', ms: 0})));
      continue;
    }
    const done = Array.isArray(step) ? await runGroup(step, ++groups) : [await runOne(step)];
    rows.push(...done);
    failed = done.some((r) => r.outcome === 'FAILED');
  }
  printTimes(title, rows, Date.now() - startedAt);
  return failed ? 1 : 0;
}
