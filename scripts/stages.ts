/**
 * The stages of `npm test` and `npm run check`, run in turn or side by side, then a table of
 * wall times. Side by side, each stage's output is printed when it ends (a `stream` stage's as it
 * comes), and every stage runs to its end, so one run reports every failure.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import {styleText} from 'node:util';
import {repoRoot} from './run-cli';

/** `stream`: in a group, print the output as it comes rather than when the stage ends. */
export type Stage = {name: string; command: string; args: string[]; stream?: boolean};
const stage = (name: string, command: string, ...args: string[]): Stage => ({name, command, args});

export const STAGES = {
  typecheck: stage('typecheck', 'tsc', '--noEmit'),
  // Both caches live in node_modules/.cache: only files changed since the last run are read again.
  lint: stage('lint', 'eslint', '--cache', '--cache-location', 'node_modules/.cache/eslint/', '.'),
  format: stage('format check', 'prettier', '--check', '--cache', '.', '--log-level', 'warn'),
  unit: stage('unit tests', 'vitest', 'run', '--exclude', 'tests/unit/content/**'),
  /** The one production build the tests use, made afresh (scripts/test-build.ts). */
  build: stage('build (/acme/docs/)', 'tsx', 'scripts/test-build.ts', '--force'),
  /** They read the test build (build-subpath/). */
  content: stage('content tests', 'vitest', 'run', 'tests/unit/content'),
  /** Both Playwright projects (e2e, deploy) in one run, on the test build served by nginx. */
  browser: {...stage('browser tests', 'playwright', 'test'), stream: true},
};
/** The checks that need no build, side by side. */
export const NO_BUILD: Stage[] = [STAGES.typecheck, STAGES.lint, STAGES.format, STAGES.unit];

type Row = {
  name: string;
  outcome: 'ok' | 'FAILED' | 'not run';
  ms: number;
  group: boolean;
};

const running = new Set<ChildProcess>();

/** Ends a stage and everything it started (its own process group: browsers, nginx). */
function stop(child: ChildProcess): void {
  try {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    running.forEach(stop);
    process.exit(130);
  });
}

/** Starts a stage; unless `stream`, its output is held for `output()`. */
function start(s: Stage, stream: boolean) {
  let output = '';
  const child = spawn(path.join(repoRoot, 'node_modules', '.bin', s.command), s.args, {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', stream ? 'inherit' : 'pipe', stream ? 'inherit' : 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d));
  child.stderr?.on('data', (d: Buffer) => (output += d));
  running.add(child);
  const code = new Promise<number>((resolve) => {
    child.on('error', () => resolve(127));
    child.on('close', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  }).finally(() => running.delete(child));
  return {stage: s, child, code, output: () => output};
}

const bold = (text: string) => console.log(styleText('bold', text));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function runStep(stages: Stage[], group: boolean): Promise<Row[]> {
  const what = stages.map((s) => (group ? s.name : `${s.name}: ${s.command} ${s.args.join(' ')}`));
  bold(`\n▶ ${group ? 'side by side: ' : ''}${what.join(', ')}`);
  const startedAt = Date.now();
  const started = stages.map((s) => start(s, !group || s.stream === true));
  return Promise.all(
    started.map(async (run): Promise<Row> => {
      const outcome = (await run.code) === 0 ? 'ok' : 'FAILED';
      const row = {name: run.stage.name, outcome, ms: Date.now() - startedAt, group} as const;
      if (group && !run.stage.stream) {
        bold(`\n▶ ${row.name} (${outcome}, ${seconds(row.ms)})`);
        process.stdout.write(run.output());
      }
      return row;
    }),
  );
}

/** Runs the steps in order; returns the exit code (0, or 1 at the first failure). */
export async function runStages(title: string, steps: (Stage | Stage[])[]): Promise<number> {
  const startedAt = Date.now();
  const rows: Row[] = [];
  for (const step of steps) {
    const [stages, group] = Array.isArray(step) ? [step, true] : [[step], false];
    if (rows.some((r) => r.outcome === 'FAILED'))
      rows.push(...stages.map((s): Row => ({name: s.name, outcome: 'not run', ms: 0, group})));
    else rows.push(...(await runStep(stages, group)));
  }
  const width = Math.max(5, ...rows.map((r) => r.name.length));
  bold(`\n${title}: stage times (wall clock)`);
  for (const r of rows) {
    const time = r.outcome === 'not run' ? '' : seconds(r.ms);
    const note = r.group ? '  side by side' : '';
    console.log(`  ${r.name.padEnd(width)}  ${time.padStart(8)}  ${r.outcome}${note}`);
  }
  console.log(`  ${'total'.padEnd(width)}  ${seconds(Date.now() - startedAt).padStart(8)}`);
  return rows.some((r) => r.outcome === 'FAILED') ? 1 : 0;
}
