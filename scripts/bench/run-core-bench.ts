/**
 * For `npm run bench`: runs `npm run bench:core` (`core-cli.ts`) in its own process, as a
 * reader would, and reads its `BENCH_CORE {json}` line.
 */
import {spawn} from 'node:child_process';
import {BENCH_CORE_PREFIX} from './core-cli';

export type CoreResult =
  | {available: true; data: Record<string, unknown>; wallMs: number}
  | {available: false; reason: string};

export async function runCoreBench(repoRoot: string): Promise<CoreResult> {
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', 'bench:core'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const code: number = await new Promise((r) => child.on('close', (c) => r(c ?? 1)));
  const line = out.split('\n').find((l) => l.startsWith(BENCH_CORE_PREFIX));
  if (!line) {
    const why = (err || out).trim().split('\n').filter(Boolean).slice(-1)[0] ?? '';
    return {
      available: false,
      reason: `no BENCH_CORE line (exit ${code}${why ? `: ${why.slice(0, 120)}` : ''})`,
    };
  }
  try {
    const data = JSON.parse(line.slice(BENCH_CORE_PREFIX.length)) as Record<string, unknown>;
    return {available: true, data, wallMs: Date.now() - started};
  } catch (e) {
    return {available: false, reason: `BENCH_CORE line is not JSON: ${String(e)}`};
  }
}
