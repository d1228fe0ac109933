/**
 * The rotation script's files, as a reader downloads them (static/rotation/), run against the
 * local sandbox API while an application pushes every ~100 ms with whatever token is in
 * IMPORT_TOKEN_FILE: the normal run ends with one active token and no failed push; each way
 * it must refuse or fail ends with exit code 1, a message saying what happened, and nothing
 * revoked that should not be. What varies between runs is the environment, as for a reader.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {startSandboxApiServer, type SandboxApiServer} from '../../../scripts/sandbox-api-server';
import {buildGoFile, pythonWithRequests, run, tempDir, type RunResult} from './tools';
import {startTraffic, type TrafficResult} from './traffic';

const dir = tempDir('rotation');
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

const SCRIPTS = path.resolve(__dirname, '../../../static/rotation');
const FILES = {
  python: path.join(SCRIPTS, 'rotate_token.py'),
  javascript: path.join(SCRIPTS, 'rotate-token.mjs'),
  go: path.join(SCRIPTS, 'rotate_token.go'),
} as const;
type Language = keyof typeof FILES;
const LANGUAGES = Object.keys(FILES) as Language[];

/** The scripts' default ids, the guide's example: the first integration and client of a fresh sandbox. */
const SOURCE_ID = 261871;
const CLIENT_ID = 116078;
const CONNECT_TOKEN = 'connect-token-for-rotation-tests';
/** The sample record's data, hostile: the validate request must carry it as it is. */
const SAMPLE_DATA = {id: 1, 'O\'Brien "$(x)"': 'line\nbreak </script> \u202e😀', __proto__x: null};
const SAMPLE_RECORD = {table_name: 'customers', key_names: ['id'], data: SAMPLE_DATA};

/** The inputs of each run, beyond the base URL, the tokens and the grace period. */
const VARIANTS = {
  normal: {ROTATION_SAMPLE_RECORD: JSON.stringify(SAMPLE_RECORD)},
  defaults: {},
  unknownSource: {ROTATION_SOURCE_ID: '999999'},
  wrongClient: {ROTATION_CLIENT_ID: '1'},
} satisfies Record<string, NodeJS.ProcessEnv>;
type Variant = keyof typeof VARIANTS;

let go: Awaited<ReturnType<typeof buildGoFile>>;

beforeAll(async () => {
  go = await buildGoFile(FILES.go);
}, 120_000);

function command(language: Language): [string, string[]] {
  if (language === 'go') return [go.binary, []];
  return language === 'python'
    ? [pythonWithRequests(), [FILES.python]]
    : ['node', [FILES.javascript]];
}

describe('the rotation scripts pass their syntax checks', () => {
  it('Python compiles', async () => {
    const check = 'import sys; compile(open(sys.argv[1]).read(), sys.argv[1], "exec")';
    expect(await run(pythonWithRequests(), ['-c', check, FILES.python])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });
  it('node --check', async () => {
    expect((await run('node', ['--check', FILES.javascript])).code).toBe(0);
  });
  it('gofmt -l lists nothing, go vet and go build pass', () => {
    expect(go.gofmt).toMatchObject({code: 0, stdout: ''});
    expect(go.vet).toMatchObject({code: 0, stderr: ''});
    expect(go.build).toMatchObject({code: 0, stderr: ''});
  });
});

/**
 * The application re-reads the token file before every push, ~100 ms apart; a push (file
 * read to answer) can take ~0.5 s with cases side by side on busy cores (SNIPPETS_LOG=1
 * prints the slowest): two seconds of grace leave it four times that.
 */
const GRACE_SECONDS = '2';

interface Outcome {
  readonly result: RunResult;
  readonly traffic: TrafficResult;
  readonly activeIds: number[];
  readonly tokenFileValue: string | null;
  readonly oldToken: {id: number; value: string};
  readonly server: SandboxApiServer;
}

async function activeIds(server: SandboxApiServer): Promise<number[]> {
  const res = await fetch(`${server.baseUrl}/v4/sources/${SOURCE_ID}/tokens`, {
    headers: {Authorization: 'Bearer test'},
  });
  return ((await res.json()) as {token_id: number}[]).map((t) => t.token_id);
}

let runs = 0;

/** Runs one script against a fresh server, with the application pushing throughout. */
async function rotate(
  language: Language,
  variant: Variant,
  stage: {secondToken?: boolean; race?: boolean; noTokenFile?: boolean} = {},
): Promise<Outcome> {
  const server = await startSandboxApiServer({seed: 7});
  const tokenFile = path.join(dir, `${language}-${variant}-${++runs}-token`);
  fs.writeFileSync(tokenFile, server.scenario.token.value);
  if (stage.secondToken) {
    await fetch(`${server.baseUrl}/v4/sources/${SOURCE_ID}/tokens`, {
      method: 'POST',
      headers: {Authorization: 'Bearer test'},
    });
  }
  if (stage.race) server.raceNextRevoke();
  const traffic = startTraffic(server.baseUrl, tokenFile, CLIENT_ID);
  await vi.waitFor(() => expect(traffic.count()).toBeGreaterThan(0), {timeout: 10_000});
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    STITCH_API_BASE_URL: server.baseUrl,
    STITCH_CONNECT_TOKEN: CONNECT_TOKEN,
    ROTATION_GRACE_SECONDS: GRACE_SECONDS,
    ...(stage.noTokenFile ? {} : {IMPORT_TOKEN_FILE: tokenFile}),
    ...VARIANTS[variant],
  };
  const [file, args] = command(language);
  const result = await run(file, args, {env});
  // Two more pushes after the script ended: with the token the application has now.
  const after = traffic.count() + 2;
  await vi.waitFor(() => expect(traffic.count()).toBeGreaterThanOrEqual(after), {
    timeout: 10_000,
  });
  const outcome = {
    result,
    traffic: await traffic.stop(),
    activeIds: await activeIds(server),
    tokenFileValue: fs.readFileSync(tokenFile, 'utf8'),
    oldToken: server.scenario.token,
    server,
  };
  await server.close();
  if (process.env.SNIPPETS_LOG) {
    const slowest = Math.max(...outcome.traffic.pushes.map((p) => p.ms)).toFixed(0);
    console.log(
      `${language} ${variant}: exit ${result.code}, ${outcome.traffic.pushes.length} pushes (slowest ${slowest} ms)\n${result.stdout}${result.stderr}`,
    );
  }
  return outcome;
}

/** The line a script ends with when it stops, `text` a regular expression. */
const stopped = (text: string) => new RegExp(`^Rotation stopped: ${text}`, 'm');

const failed = (o: Outcome) => o.traffic.pushes.filter((p) => p.status !== 201);

/** Neither output shows a token value: the old one, or the one in the file now. */
function expectNoSecretShown(o: Outcome) {
  const shown = o.result.stdout + o.result.stderr;
  expect(shown).not.toContain(o.oldToken.value);
  if (o.tokenFileValue) expect(shown).not.toContain(o.tokenFileValue);
}

/** One case per language; cases run side by side (up to 5 at once), each with its own server and files. */
const inEach = (name: string, test: (language: Language) => Promise<void>) =>
  it.concurrent.each(LANGUAGES)(`%s ${name}`, test);

describe('rotate_token', () => {
  inEach('rotates: one active token at the end, no push failed, exit 0', async (language) => {
    const o = await rotate(language, 'normal');
    expect(o.result.stderr).toBe('');
    expect(o.result.code).toBe(0);
    expect(o.result.stdout).toMatch(/^7\/7 Verified: token \d+ is the only active token/m);
    expect(o.activeIds).toHaveLength(1);
    expect(o.activeIds[0]).toBeGreaterThan(o.oldToken.id);
    expect(o.tokenFileValue).not.toBe(o.oldToken.value);
    expect(failed(o)).toEqual([]);
    // The application moved to the new token, and it works.
    expect(o.traffic.pushes.at(-1)).toMatchObject({status: 201, token: o.tokenFileValue});
    // The validate request carried the sample record as written, hostile strings and all.
    const validate = o.server.received.find((r) => r.path === '/v2/import/validate');
    const [record] = validate?.body as Record<string, unknown>[];
    expect(record).toMatchObject({...SAMPLE_RECORD, client_id: CLIENT_ID, action: 'upsert'});
    expect(record!.data).toEqual(SAMPLE_DATA);
    expectNoSecretShown(o);
  });

  inEach('refuses an unknown source, changing nothing', async (language) => {
    const o = await rotate(language, 'unknownSource');
    expect(o.result.code).toBe(1);
    expect(o.result.stderr).toMatch(
      /^Rotation stopped: Source 999999 is not one of this account's Import API integrations .*Nothing was changed\.$/m,
    );
    expect(o.activeIds).toEqual([o.oldToken.id]);
    expect(o.tokenFileValue).toBe(o.oldToken.value);
    expect(failed(o)).toEqual([]);
  });

  inEach(
    'refuses a source that already has two active tokens, revoking nothing',
    async (language) => {
      const o = await rotate(language, 'defaults', {secondToken: true});
      expect(o.result.code).toBe(1);
      expect(o.result.stderr).toMatch(
        stopped(
          `Source ${SOURCE_ID} already has two active tokens \\(${o.oldToken.id}, \\d+\\).*Nothing was changed\\.$`,
        ),
      );
      expect(o.activeIds).toHaveLength(2);
      expect(o.activeIds).toContain(o.oldToken.id);
      expect(o.tokenFileValue).toBe(o.oldToken.value);
      expect(failed(o)).toEqual([]);
    },
  );

  inEach('stops when the new token fails validation (403), revoking nothing', async (language) => {
    const o = await rotate(language, 'wrongClient');
    expect(o.result.code).toBe(1);
    const m =
      /^Rotation stopped: Validating the new token (\d+) answered HTTP 403: Access token is not associated with this client\. Nothing was revoked: tokens (\d+) and \1 are both active\..*then revoke token \1/m.exec(
        o.result.stderr,
      );
    expect(m, o.result.stderr).not.toBeNull();
    expect(Number(m![2])).toBe(o.oldToken.id);
    expect(o.activeIds).toEqual([o.oldToken.id, Number(m![1])]);
    expect(o.tokenFileValue).toBe(o.oldToken.value);
    expect(failed(o)).toEqual([]);
    expectNoSecretShown(o);
  });

  inEach(
    'stops on a 404 when the old token was revoked by someone else before the DELETE',
    async (language) => {
      const o = await rotate(language, 'defaults', {race: true});
      const raced = stopped(
        `Revoking the old token ${o.oldToken.id} answered 404: it is no longer active \\(revoked by someone else\\?\\)\\. Your application has token ${o.activeIds[0]};`,
      );
      expect(o.result.code).toBe(1);
      expect(o.result.stderr).toMatch(raced);
      expect(o.activeIds).toHaveLength(1);
      expect(o.tokenFileValue).not.toBe(o.oldToken.value);
      expect(failed(o)).toEqual([]);
      expectNoSecretShown(o);
    },
  );

  const badInputs = [
    ['ROTATION_SOURCE_ID', '12a', 'must be a positive integer, not'],
    ['ROTATION_CLIENT_ID', '0', 'must be a positive integer, not'],
    ['ROTATION_SAMPLE_RECORD', '[1]', "must be a JSON object with the record's table_name"],
  ] as const;
  it.concurrent.each(LANGUAGES.flatMap((l) => badInputs.map((b) => [l, ...b] as const)))(
    '%s refuses %s=%s before sending anything',
    async (language, name, value, message) => {
      const [file, args] = command(language);
      const result = await run(file, args, {
        env: {
          PATH: process.env.PATH,
          // Nothing listens there: a request would end the run with another message.
          STITCH_API_BASE_URL: 'http://127.0.0.1:9',
          STITCH_CONNECT_TOKEN: CONNECT_TOKEN,
          IMPORT_TOKEN_FILE: path.join(dir, `${language}-unused-token`),
          [name]: value,
        },
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(stopped(`${name} ${message}`));
    },
  );

  inEach('stops before changing anything when the secret store is not set up', async (language) => {
    const o = await rotate(language, 'defaults', {noTokenFile: true});
    expect(o.result.code).toBe(1);
    expect(o.result.stderr).toMatch(/^Rotation stopped: Set IMPORT_TOKEN_FILE to the file/m);
    expect(o.activeIds).toEqual([o.oldToken.id]);
    const fromScript = o.server.received.filter(
      (r) => r.headers?.authorization === `Bearer ${CONNECT_TOKEN}`,
    );
    expect(fromScript).toEqual([]);
  });
});
