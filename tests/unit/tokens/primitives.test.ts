import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {mulberry32, seededEnv} from '../../../src/tokens/random';
import {toSchemaName} from '../../../src/tokens/schema-name';
import {toCurl} from '../../../src/tokens/snippets/curl';
import {fingerprint, makeSecret, SECRET_PREFIX} from '../../../src/tokens/secret';
import {initialState} from '../../../src/tokens/state';
import {applyEvent} from '../../../src/tokens/reducer';
import {decodeBase64Url, encodeBase64Url} from '../../../src/tokens/share-url';

describe('fingerprint (SHA-256)', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(fingerprint('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(fingerprint('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(fingerprint('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
  it('hashes UTF-8 and multi-block input', () => {
    expect(fingerprint('a'.repeat(1000))).toBe(
      '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3',
    );
  });
});

describe('schema name', () => {
  it.each([
    ['Customer Records', 'customer_records'],
    ['Import API (Tokens) Example', 'import_api_tokens_example'],
    ['my-app.v2', 'my_appv2'],
    ['  Spaces  ', 'spaces'],
  ])('%s -> %s', (name, schema) => expect(toSchemaName(name)).toBe(schema));
});

describe('random', () => {
  it('mulberry32 is deterministic per seed and in [0,1)', () => {
    const a = mulberry32(42),
      b = mulberry32(42),
      c = mulberry32(43);
    const xs = Array.from({length: 100}, () => a());
    expect(xs).toEqual(Array.from({length: 100}, () => b()));
    expect(xs).not.toEqual(Array.from({length: 100}, () => c()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it('seededEnv clock increases', () => {
    const env = seededEnv(1, 1000, 10);
    expect([env.now(), env.now(), env.now()]).toEqual([1000, 1010, 1020]);
  });
});

describe('secrets', () => {
  it('are visibly fake and match no common secret-scanner pattern', () => {
    const env = seededEnv(3);
    for (let i = 0; i < 50; i++) {
      const s = makeSecret(env);
      expect(s).toMatch(new RegExp(`^${SECRET_PREFIX}[0-9a-f]{32}$`));
      for (const re of [
        /sk_(live|test)_/,
        /gh[pousr]_[A-Za-z0-9]{36}/,
        /AKIA[0-9A-Z]{16}/,
        /eyJ[A-Za-z0-9_-]+\./,
        /xox[baprs]-/,
      ]) {
        expect(s).not.toMatch(re);
      }
    }
  });
  it('differ across generations', () => {
    const env = seededEnv(3);
    const set = new Set(Array.from({length: 200}, () => makeSecret(env)));
    expect(set.size).toBe(200);
  });
});

describe('base64url', () => {
  it('round-trips every length and byte value', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({length: n}, (_, i) => (i * 37 + n) & 255);
      const text = encodeBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(Array.from(decodeBase64Url(text)!)).toEqual(Array.from(bytes));
    }
  });
  it('matches the standard alphabet', () => {
    expect(encodeBase64Url(new TextEncoder().encode('any carnal pleas'))).toBe(
      'YW55IGNhcm5hbCBwbGVhcw',
    );
    expect(encodeBase64Url(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
  });
  it('rejects impossible input', () => {
    expect(decodeBase64Url('abcde')).toBeNull();
    expect(decodeBase64Url('ab=c')).toBeNull();
  });
});

describe('toCurl', () => {
  it('renders Connect requests with the token and base URL from the environment', () => {
    const text = toCurl({
      method: 'DELETE',
      path: '/v4/sources/261871/tokens/828705046',
      headers: {Authorization: 'Bearer sandbox_not_a_real_token_deadbeef'},
    });
    expect(text).toBe(
      'curl -sS --fail-with-body -X DELETE "${STITCH_API_BASE_URL:-https://api.stitchdata.com}/v4/sources/261871/tokens/828705046" \\\n  -H "Authorization: Bearer $STITCH_CONNECT_TOKEN" \\\n  -w \'\\nHTTP %{http_code}\\n\'',
    );
    expect(text).not.toContain('deadbeef');
  });
  it('includes a JSON body, shell-quoted, as --data-raw (-d would read a file for @…)', () => {
    const text = toCurl({
      method: 'post',
      path: '/v2/import/push',
      body: [{data: {name: "O'Brien"}}],
    });
    expect(text).toContain('-H "Authorization: Bearer $STITCH_IMPORT_API_TOKEN"');
    expect(text).toContain('-H "Content-Type: application/json"');
    expect(text).toContain(`--data-raw '[\n  {\n    "data": {\n      "name": "O'\\''Brien"`);
  });
  it('keeps a {placeholder} readable, and tells curl it is not a glob', () => {
    const text = toCurl({method: 'GET', path: '/v4/sources/{source_id}/tokens'});
    expect(text).toContain('--globoff');
    const out = execFileSync('bash', ['-c', `curl() { printf '%s\\n' "$@"; }\n${text}`], {
      encoding: 'utf8',
      env: {PATH: process.env.PATH ?? ''},
    });
    expect(out.split('\n')).toContain('https://api.stitchdata.com/v4/sources/{source_id}/tokens');
  });
  it('quotes a hostile path, method and body so that pasting runs nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curl-'));
    const marker = join(dir, 'ran');
    const path = `/v4/sources/$(touch ${marker})/\`touch ${marker}\`/'$(touch ${marker})'/"x"`;
    const method = `GET;touch ${marker}`;
    const body = `@/etc/passwd'; touch ${marker}; echo '$(touch ${marker})`;
    const text = toCurl({method, path, body});
    // Run it in bash with curl replaced by a function that prints its arguments.
    const out = execFileSync('bash', ['-c', `curl() { printf '%s\\n' "$@"; }\n${text}`], {
      encoding: 'utf8',
      env: {PATH: process.env.PATH ?? '', STITCH_API_BASE_URL: 'http://127.0.0.1:9'},
    });
    expect(existsSync(marker)).toBe(false);
    const args = out.split('\n');
    const url = args.find((a) => a.startsWith('http://127.0.0.1:9/'));
    // The path goes out percent-encoded (as a URL must), and decodes back to what was typed.
    expect(decodeURIComponent(url!.slice('http://127.0.0.1:9'.length))).toBe(path);
    expect(args).toContain(method.toUpperCase());
    expect(args).toContain(body);
    rmSync(dir, {recursive: true});
  });
  it('never includes a generated secret', () => {
    const env = seededEnv(5);
    const r = applyEvent(initialState(), {type: 'createIntegration', displayName: 'X'}, env);
    const secret = r.result.ok && r.result.type === 'integrationCreated' ? r.result.secret : '';
    expect(
      toCurl({
        method: 'POST',
        path: '/v2/import/push',
        headers: {authorization: `Bearer ${secret}`},
        body: [],
      }),
    ).not.toContain(secret);
  });
});
