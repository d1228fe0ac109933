/**
 * The language toolchains the snippet tests run: bash and curl, a Python 3 that imports
 * `requests`, Node.js (this one), and Go (Debian's golang-go; `.ci/run` installs what is
 * missing). A missing tool fails the tests with a message saying what to install: a test
 * that skipped itself could not fail.
 */
import {execFile, execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to its end, never throwing on a non-zero exit (the code is the result). */
export function run(
  file: string,
  args: readonly string[],
  options: {env?: NodeJS.ProcessEnv; cwd?: string; input?: string} = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      {env: options.env ?? process.env, cwd: options.cwd, maxBuffer: 16 * 1024 * 1024},
      (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : null;
        if (code === null) reject(err);
        else resolve({code, stdout, stderr});
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

function works(file: string, args: string[]): boolean {
  try {
    execFileSync(file, args, {stdio: 'ignore'});
    return true;
  } catch {
    return false;
  }
}

let python: string | undefined;

/** The first of $SNIPPETS_PYTHON, python3, /usr/bin/python3 that imports requests. */
export function pythonWithRequests(): string {
  if (python !== undefined) return python;
  const candidates = [process.env.SNIPPETS_PYTHON, 'python3', '/usr/bin/python3'];
  const found = candidates.find((c) => c && works(c, ['-c', 'import requests']));
  if (found === undefined) {
    throw new Error(
      'No python3 here imports requests: `apt-get install python3-requests` (bash .ci/run does), or set SNIPPETS_PYTHON.',
    );
  }
  return (python = found);
}

/** Fails with what to install when a command is missing. */
export function requireTool(command: string, install: string): string {
  if (!works(command, command === 'go' ? ['version'] : ['--version'])) {
    throw new Error(`${command} is not installed: ${install} (bash .ci/run does).`);
  }
  return command;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}

/**
 * Go without cgo (no C compiler needed), without the network, and without stamping version
 * control facts: they would change with the worktree and make every build out of date.
 */
export const GO_ENV = {
  ...process.env,
  CGO_ENABLED: '0',
  GOPROXY: 'off',
  GOFLAGS: '-buildvcs=false',
};

/**
 * Where the tests build Go programs: the same place every run, so that `go build` finds its
 * binaries up to date and skips the link (its compile cache is Go's own, in the OS cache dir).
 */
const GO_BUILD_DIR = path.resolve(__dirname, '../../../node_modules/.cache/snippets-go');

/**
 * Writes each Go program as its own `main` package in one module (`name`, under
 * GO_BUILD_DIR), checks that gofmt has nothing to change and that go vet is happy, and builds
 * them all in one go. Returns each program's binary.
 */
export async function buildGo(name: string, programs: Record<string, string>) {
  requireTool('go', 'apt-get install golang-go');
  const dir = path.join(GO_BUILD_DIR, name);
  // Programs of an earlier run would be built too: only the binaries stay.
  fs.mkdirSync(dir, {recursive: true});
  for (const entry of fs.readdirSync(dir)) {
    if (entry !== 'bin') fs.rmSync(path.join(dir, entry), {recursive: true, force: true});
  }
  fs.writeFileSync(path.join(dir, 'go.mod'), 'module snippets\n\ngo 1.19\n');
  for (const [program, code] of Object.entries(programs)) {
    fs.mkdirSync(path.join(dir, program), {recursive: true});
    fs.writeFileSync(path.join(dir, program, 'main.go'), code);
  }
  const gofmt = await run('gofmt', ['-l', '.'], {cwd: dir, env: GO_ENV});
  const vet = await run('go', ['vet', './...'], {cwd: dir, env: GO_ENV});
  const build = await run('go', ['build', '-o', 'bin/', './...'], {cwd: dir, env: GO_ENV});
  const binaries = Object.fromEntries(
    Object.keys(programs).map((program) => [program, path.join(dir, 'bin', program)]),
  );
  return {gofmt, vet, build, binaries};
}

/** One Go file checked and built as it is, as `go run file.go` would build it. */
export async function buildGoFile(file: string) {
  requireTool('go', 'apt-get install golang-go');
  const binary = path.join(GO_BUILD_DIR, 'files', path.basename(file, '.go'));
  const gofmt = await run('gofmt', ['-l', file], {env: GO_ENV});
  const vet = await run('go', ['vet', file], {env: GO_ENV});
  const build = await run('go', ['build', '-o', binary, file], {env: GO_ENV});
  return {gofmt, vet, build, binary};
}

/**
 * Strings a reader could type, the nastier the better: quotes of every kind, backslashes,
 * shell expansions, newlines, `</script>`, bidi overrides and other invisible characters,
 * astral characters, keys JavaScript treats specially, percent escapes, glob braces; and
 * any Unicode text at all.
 */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "O'Brien",
    'say "hi"',
    'back\\slash\\',
    '$(touch /tmp/snippet-ran)',
    '`touch /tmp/snippet-ran`',
    '${HOME}',
    'line\nbreak\r\n',
    '</script><script>alert(1)</script>',
    '\u202eevil\u202c',
    '\u2028\u2029',
    '\u0000nul',
    'tab\there',
    'zero\u200bwidth',
    'no\u00a0break',
    '😀 ü ß 中文',
    '__proto__',
    'constructor',
    '%41%2F',
    '{a,b}[0-9]',
    '\\u0041',
    "'; DROP TABLE x; --",
  ),
  fc.string({unit: 'binary', maxLength: 20}),
);
