/**
 * Values a reader types reach every language intact: each literal, parsed back by the
 * language itself, is the value again. Python, Go and bash parse a whole batch of literals
 * in one process per property run; JavaScript parses them here, in a fresh VM context.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {shellQuote, toCurl} from '../../../src/tokens/snippets/curl';
import {requestSnippets} from '../../../src/tokens/snippets';
import {goString} from '../../../src/tokens/snippets/go';
import {jsString, jsSyntax} from '../../../src/tokens/snippets/javascript';
import {snippetModel, wirePath} from '../../../src/tokens/snippets/model';
import {requests} from '../../support/snippet-requests';
import {pythonString, pythonSyntax} from '../../../src/tokens/snippets/python';
import {jsonText, mustEscape, renderLiteral, wellFormed} from '../../../src/tokens/snippets/text';
import type {JsonValue} from '../../../src/tokens/model';
import {defined} from '../../support/defined';
import {buildGo, GO_ENV, hostileString, pythonWithRequests, run, tempDir} from './tools';

const dir = tempDir('quoting');
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

/** JSON values whose strings and keys are hostile; objects built with own keys only. */
const hostileJson: fc.Arbitrary<JsonValue> = fc.letrec<{value: JsonValue}>((tie) => ({
  value: fc.oneof(
    {depthSize: 'small'},
    hostileString,
    fc.integer(),
    fc.double({noNaN: true, noDefaultInfinity: true}),
    fc.constantFrom(null, true, false),
    fc.array(tie('value'), {maxLength: 4}),
    fc
      .array(fc.tuple(hostileString, tie('value')), {maxLength: 4})
      .map((entries) => Object.fromEntries(entries) as JsonValue),
  ),
})).value;

const manyStrings = fc.array(hostileString, {minLength: 20, maxLength: 40});
const manyValues = fc.array(hostileJson, {minLength: 5, maxLength: 15});
/** Each run starts a process (Go: a link too): a few runs of many values each. */
const PROCESS_RUNS = {numRuns: 4};

/** Go checks, builds and links a program per run: one run with the values of four. */
const fourTimes = <T>(list: fc.Arbitrary<T[]>) =>
  fc.tuple(list, list, list, list).map((lists) => lists.flat());

/** What a value is, as JSON text: how two parses are compared (own `__proto__` keys included). */
const same = (value: unknown) => JSON.stringify(value);

/** A literal shows no invisible or control character (raw newlines only in Go raw strings). */
function showsNothingHidden(literal: string): boolean {
  return [...literal].every((c) => c === '\n' || !mustEscape(c));
}

describe('JavaScript', () => {
  it('string and JSON literals evaluate to the value', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        expect(vm.runInNewContext(`(${jsString(s)})`)).toBe(wellFormed(s));
        expect(showsNothingHidden(jsString(s))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(hostileJson, (v) => {
        const literal = renderLiteral(v, jsSyntax);
        expect(same(vm.runInNewContext(`(${literal})`))).toBe(same(v));
      }),
    );
  });

  it('keeps __proto__ as a key of the object, not its prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": 1}}') as JsonValue;
    const parsed = vm.runInNewContext(`(${renderLiteral(value, jsSyntax)})`);
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(parsed.polluted).toBeUndefined();
  });
});

describe('JSON (curl and Go bodies)', () => {
  it('parses back to the value, showing nothing hidden', () => {
    fc.assert(
      fc.property(hostileJson, (v) => {
        const text = jsonText(v);
        expect(same(JSON.parse(text))).toBe(same(v));
        expect(showsNothingHidden(text)).toBe(true);
      }),
    );
  });
});

describe('Python', () => {
  it('ast.literal_eval gives back every string and JSON value', async () => {
    const python = pythonWithRequests();
    await fc.assert(
      fc.asyncProperty(manyStrings, manyValues, async (strings, values) => {
        const literals = [
          ...strings.map(pythonString),
          ...values.map((v) => renderLiteral(v, pythonSyntax, 1)),
        ];
        const file = path.join(dir, 'literals.py');
        const source = `import json, sys\nvalues = [\n${literals.map((l) => `    ${l},\n`).join('')}]\nsys.stdout.write(json.dumps(values))\n`;
        fs.writeFileSync(file, source);
        const r = await run(python, [file]);
        expect(r.stderr).toBe('');
        expect(same(JSON.parse(r.stdout))).toBe(same([...strings.map(wellFormed), ...values]));
      }),
      PROCESS_RUNS,
    );
  }, 30_000);
});

describe('Go', () => {
  it('string literals and JSON bodies compile to the value', async () => {
    await fc.assert(
      fc.asyncProperty(fourTimes(manyStrings), fourTimes(manyValues), async (strings, values) => {
        // Strings as they are, and JSON bodies as the snippets send them (a raw string when
        // the text allows it).
        const items = [...strings.map(goString), ...values.map((v) => goString(jsonText(v)))];
        const program = `package main\n\nimport (\n\t"encoding/json"\n\t"os"\n)\n\nfunc main() {\n\tvalues := []string{\n${items.map((i) => `\t\t${i},\n`).join('')}\t}\n\tjson.NewEncoder(os.Stdout).Encode(values)\n}\n`;
        const built = await buildGo('quoting', {literals: program});
        expect(built.build.stderr).toBe('');
        const r = await run(defined(built.binaries.literals, 'literals binary'), [], {env: GO_ENV});
        const out = JSON.parse(r.stdout) as string[];
        expect(out.slice(0, strings.length)).toEqual(strings.map(wellFormed));
        const bodies = out.slice(strings.length).map((t) => same(JSON.parse(t)));
        expect(bodies).toEqual(values.map(same));
      }),
      {numRuns: 1},
    );
  }, 60_000);
});

describe('bash (curl)', () => {
  it('single-quoted words reach the command as they are, running nothing', async () => {
    // A shell argument cannot hold NUL; the curl snippets quote JSON text and wire paths,
    // which never do.
    const noNul = manyStrings.map((list) => list.map((s) => s.replace(/\0/g, '')));
    await fc.assert(
      fc.asyncProperty(noNul, async (strings) => {
        const marker = path.join(dir, 'ran');
        const words = [...strings, `$(touch ${marker})`, `'; touch ${marker}; '`];
        const r = await run('bash', ['-c', `printf '%s\\0' ${words.map(shellQuote).join(' ')}`]);
        expect(r.stdout.split('\0').slice(0, -1)).toEqual(words);
        expect(fs.existsSync(marker)).toBe(false);
      }),
      PROCESS_RUNS,
    );
  });
});

/**
 * What a terminal would hide: NUL, C0 and C1 controls, DEL, bidi controls (and the other
 * characters `mustEscape` names). A raw newline reads as what it is, and Go indents with tabs.
 */
function showsNothingHiddenInCode(code: string, language: string): boolean {
  const text = language === 'go' ? code.replace(/^\t+/gm, '') : code;
  return [...text].every((c) => c === '\n' || !mustEscape(c));
}

/** The characters the curl snippets used to show raw or drop, among others. */
const terminalHidden = fc.oneof(
  hostileString,
  fc
    .array(
      fc.oneof(
        fc.constantFrom('\0', '\x7f', '\x85', '\x9b', '\u061c', '\u200e', '\u200f', '-', '%', '\\'),
        fc.integer({min: 0x202a, max: 0x202e}).map((cp) => String.fromCodePoint(cp)),
        fc.integer({min: 0x2066, max: 0x2069}).map((cp) => String.fromCodePoint(cp)),
        fc.integer({min: 0, max: 0x9f}).map((cp) => String.fromCodePoint(cp)),
        fc.string({maxLength: 3}),
      ),
      {maxLength: 12},
    )
    .map((parts) => parts.join('')),
);

describe('a raw-text body in every language', () => {
  it('shows nothing a terminal would hide, in any language', () => {
    fc.assert(
      fc.property(terminalHidden, (text) => {
        const snippets = requestSnippets({method: 'POST', path: '/v2/import/push', body: text});
        for (const s of snippets) {
          expect(showsNothingHiddenInCode(s.code, s.language), `${s.language}:\n${s.code}`).toBe(
            true,
          );
        }
      }),
    );
  });

  it('curl sends the exact bytes, NUL included, through bash', async () => {
    // curl stands in as a function that saves the body it would send.
    const fakeCurl = [
      'curl() {',
      '  while [ $# -gt 0 ]; do',
      '    case "$1" in',
      '      --data-raw) printf "%s" "$2" > "$OUT"; shift ;;',
      '      --data-binary) [ "$2" = @- ] && cat > "$OUT"; shift ;;',
      '    esac',
      '    shift',
      '  done',
      '}',
    ].join('\n');
    const texts = fc.array(terminalHidden, {minLength: 20, maxLength: 40});
    await fc.assert(
      fc.asyncProperty(texts, async (list) => {
        const script = list.map((text, i) => {
          const code = toCurl({method: 'POST', path: '/v2/import/push', body: text});
          return `OUT=${path.join(dir, `body-${i}`)}\n${code}`;
        });
        const file = path.join(dir, 'curl-bodies.sh');
        fs.writeFileSync(file, `${fakeCurl}\n${script.join('\n')}\n`);
        const r = await run('bash', [file]);
        expect(r).toMatchObject({code: 0, stderr: ''});
        list.forEach((text, i) => {
          const sent = fs.readFileSync(path.join(dir, `body-${i}`));
          expect(sent.equals(Buffer.from(wellFormed(text))), JSON.stringify(text)).toBe(true);
        });
      }),
      PROCESS_RUNS,
    );
  });
});

describe('paths', () => {
  it('a typed id is one path segment that decodes back to what was typed', () => {
    fc.assert(
      fc.property(hostileString, (id) => {
        const {path: sent} = snippetModel(requests.listTokens(id));
        const segments = sent.split('/');
        expect(segments).toHaveLength(5);
        expect(decodeURIComponent(defined(segments[3], 'id segment'))).toBe(wellFormed(id));
        expect(sent).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]+$/);
      }),
    );
  });

  it('keeps a {placeholder} and encodes every other brace', () => {
    expect(wirePath('/v4/sources/{source_id}/tokens/{a,b}')).toBe(
      '/v4/sources/{source_id}/tokens/%7Ba,b%7D',
    );
  });

  it('wirePath is idempotent', () => {
    fc.assert(
      fc.property(hostileString, (p) => {
        expect(wirePath(wirePath(p))).toBe(wirePath(p));
      }),
    );
  });
});
