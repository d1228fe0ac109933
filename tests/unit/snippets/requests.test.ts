/**
 * Every request snippet, in every language, syntax-checked and then RUN against the local
 * sandbox API server (scripts/sandbox-api-server.ts): what the server received must be the
 * request, and what the snippet printed must be what `handleRequest` answers to it on the
 * same state. Each language gets a fresh server from the same seed, so one plan fits all.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startSandboxApiServer} from '../../../scripts/sandbox-api-server';
import type {HttpRequest} from '../../../src/tokens/events';
import {requestSnippets, type SnippetLanguage} from '../../../src/tokens/snippets';
import {defined} from '../../support/defined';
import {CONNECT_TOKEN, planRuns, SEED, type PlannedRun} from './request-plan';
import {buildGo, pythonWithRequests, requireTool, run, tempDir, type RunResult} from './tools';

const plan = planRuns();
const dir = tempDir('snippets');
const LANGUAGES: SnippetLanguage[] = ['curl', 'python', 'javascript', 'go'];
const FILE: Record<SnippetLanguage, (i: number) => string> = {
  curl: (i) => path.join(dir, `curl-${i}.sh`),
  python: (i) => path.join(dir, `python-${i}.py`),
  javascript: (i) => path.join(dir, `javascript-${i}.mjs`),
  go: (i) => `go${i}`,
};
const code = (language: SnippetLanguage, run: PlannedRun) =>
  requestSnippets(run.request).find((s) => s.language === language)!.code;

let goBinaries: Record<string, string> = {};
let goChecks: Awaited<ReturnType<typeof buildGo>>;

/** What one run printed, what the server received meanwhile, and the token file after it. */
type Ran = {result: RunResult; received: HttpRequest[]; tokenFile: string | null};
const ran = {} as Record<SnippetLanguage, Ran[]>;
const tokenFile = (language: SnippetLanguage) => path.join(dir, `${language}-new-token.json`);

/** Every planned run of one language, in order, against its own fresh server. */
async function runLanguage(language: SnippetLanguage): Promise<Ran[]> {
  const server = await startSandboxApiServer({seed: SEED});
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    STITCH_API_BASE_URL: server.baseUrl,
    STITCH_CONNECT_TOKEN: CONNECT_TOKEN,
    STITCH_IMPORT_API_TOKEN: plan.importToken,
    NEW_TOKEN_FILE: tokenFile(language),
  };
  const out: Ran[] = [];
  try {
    for (let i = 0; i < plan.runs.length; i++) {
      const before = server.received.length;
      const [file, args] = command(language, i);
      const result = await run(file, args, {env});
      const saved = fs.existsSync(tokenFile(language))
        ? fs.readFileSync(tokenFile(language), 'utf8')
        : null;
      out.push({result, received: server.received.slice(before), tokenFile: saved});
    }
  } finally {
    await server.close();
  }
  return out;
}

beforeAll(async () => {
  requireTool('curl', 'apt-get install curl');
  plan.runs.forEach((r, i) => {
    for (const language of ['curl', 'python', 'javascript'] as const) {
      fs.writeFileSync(FILE[language](i), code(language, r));
    }
  });
  const programs = Object.fromEntries(plan.runs.map((r, i) => [FILE.go(i), code('go', r)]));
  goChecks = await buildGo('requests', programs);
  goBinaries = goChecks.binaries;
  if (goChecks.build.code !== 0) return;
  // The languages side by side (each on its own server from the same seed); a cold Go build
  // cache compiles net/http once first.
  const results = await Promise.all(LANGUAGES.map(runLanguage));
  LANGUAGES.forEach((language, i) => (ran[language] = results[i]!));
}, 240_000);

afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

describe('every snippet passes its language syntax check', () => {
  const files = (language: SnippetLanguage) => plan.runs.map((_, i) => FILE[language](i));
  it('bash -n (curl)', async () => {
    for (const f of files('curl')) expect(await run('bash', ['-n', f])).toMatchObject({code: 0});
  });
  it('python3 -m py_compile', async () => {
    const r = await run(pythonWithRequests(), ['-m', 'py_compile', ...files('python')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
  it('node --check', async () => {
    const results = await Promise.all(files('javascript').map((f) => run('node', ['--check', f])));
    expect(results.map((r) => r.stderr)).toEqual(results.map(() => ''));
  });
  it('gofmt -l lists nothing, go vet and go build pass', () => {
    expect(goChecks.gofmt).toMatchObject({code: 0, stdout: ''});
    expect(goChecks.vet.stderr).toBe('');
    expect(goChecks.build).toMatchObject({code: 0, stderr: ''});
  });
});

function command(language: SnippetLanguage, i: number): [string, string[]] {
  switch (language) {
    case 'curl':
      return ['bash', [FILE.curl(i)]];
    case 'python':
      return [pythonWithRequests(), [FILE.python(i)]];
    case 'javascript':
      return ['node', [FILE.javascript(i)]];
    case 'go':
      return [defined(goBinaries[FILE.go(i)], `Go binary for ${FILE.go(i)}`), []];
  }
}

/** The status line and the JSON body a snippet printed, in whichever order. */
function printed(stdout: string): {status: number; body: unknown} {
  const line = /^HTTP (\d{3})$/m.exec(stdout);
  if (line === null) throw new Error(`No status line in:\n${stdout}`);
  const rest = stdout.replace(line[0], '').trim();
  return {status: Number(line[1]), body: rest === '' ? undefined : JSON.parse(rest)};
}

describe.each(LANGUAGES)('%s snippets, run against the local server', (language) => {
  it.each(plan.runs.map((r, i) => ({...r, i})))('$name', (planned) => {
    const {result, received, tokenFile: saved} = defined(ran[language]?.[planned.i], 'run');

    // The server got exactly the request, once.
    expect(received).toHaveLength(1);
    const got = defined(received[0], 'received request');
    expect({method: got.method, path: got.path, body: got.body}).toEqual({
      method: planned.sent.method,
      path: planned.sent.path,
      body: planned.sent.body,
    });
    expect(got.headers?.authorization).toBe(planned.sent.headers?.authorization);
    expect(got.headers?.['content-type']).toBe(planned.sent.headers?.['content-type']);

    // It printed what handleRequest answers, and exited 0 only on a 2xx.
    const ok = planned.response.status >= 200 && planned.response.status < 300;
    expect(result.code === 0, result.stderr).toBe(ok);
    const out = printed(result.stdout);
    expect(out.status).toBe(planned.response.status);
    const answer = planned.response.body as {access_token?: string};
    if (typeof answer?.access_token === 'string' && ok) {
      // The new token's value went to the file, and nowhere on screen.
      expect(JSON.parse(defined(saved, 'token file'))).toEqual(answer);
      const shown = {...answer, access_token: `(saved to ${tokenFile(language)})`};
      if (language !== 'curl') expect(out.body).toEqual(shown);
    } else {
      expect(out.body).toEqual(planned.response.body);
    }
    for (const secret of plan.secrets) {
      expect(result.stdout + result.stderr).not.toContain(secret);
    }
  });
});

it('plans requests the server answers in every way a snippet must handle', () => {
  const statuses = plan.runs.map((r) => r.response.status);
  expect(new Set(statuses)).toEqual(new Set([200, 201, 400, 403, 404]));
  expect(plan.secrets).toHaveLength(2);
});
