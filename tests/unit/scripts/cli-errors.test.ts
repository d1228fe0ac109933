/**
 * Every command-line tool refuses bad input the same way: one clear line on stderr (no
 * stack trace) and exit 1, before doing any work.
 */
import {spawn} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../../..');

function runCli(script: string, args: string[]): Promise<{code: number | null; stderr: string}> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({code, stderr})));
}

describe.concurrent('command-line tools', () => {
  it.each([
    ['scripts/csp-hashes.ts', ['--bogus'], "Unknown option '--bogus'"],
    ['scripts/csp-hashes.ts', ['build', 'other'], 'One build directory, not build other'],
    ['deploy/nginx/render.ts', ['--build'], "Option '--build <value>' argument missing"],
    ['scripts/sandbox-api-server.ts', ['--port=-1'], '--port needs a whole number ≥ 0'],
    ['scripts/sandbox-api-server.ts', ['--seed', 'x'], '--seed needs a whole number ≥ 0'],
    ['scripts/test-build.ts', ['--forse'], "Unknown option '--forse'"],
    ['scripts/bench/cli.ts', ['--runs', '0'], '--runs needs a whole number ≥ 1'],
    ['scripts/bench/core-saves.ts', ['--runs', '3'], "Unknown option '--runs'"],
  ])('%s %j exits 1 with a one-line message', async (script, args, message) => {
    const {code, stderr} = await runCli(script, args);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });
});
