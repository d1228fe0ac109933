/** JavaScript for Node.js 20: the built-in `fetch`, an ES module (top-level await). */
import {BASE_URL, type SnippetModel} from './model';
import {doubleQuoted, hex, program, renderLiteral, type LiteralSyntax} from './text';

/** A double-quoted JavaScript string literal; invisible and control characters as escapes. */
export const jsString = (text: string) =>
  doubleQuoted(text, (cp) => (cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\u{${cp.toString(16)}}`));

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export const jsSyntax: LiteralSyntax = {
  string: jsString,
  // In an object literal `__proto__: x` (bare or quoted) sets the prototype instead of
  // adding a key: a computed key adds it.
  key: (name) =>
    name === '__proto__' ? `[${jsString(name)}]` : IDENTIFIER.test(name) ? name : jsString(name),
  constant: String,
  indent: '  ',
  trailingComma: true,
};

/** Save the new token's value before printing the answer without it. */
const SAVE_NEW_TOKEN = [
  'if (response.ok && body !== null && typeof body === "object" && "access_token" in body) {',
  "  // The token's value is shown once: keep it in a file only you can read.",
  '  writeFileSync(tokenFile, text, {mode: 0o600});',
  '  body.access_token = "(saved to " + tokenFile + ")";',
  '}',
];

const FAIL = ['function fail(message) {', '  console.error(message);', '  process.exit(1);', '}'];

export function javascriptSnippet(m: SnippetModel): string {
  const q = jsString;
  const headers = [
    m.token !== null && 'Authorization: "Bearer " + token',
    m.body !== null && '"Content-Type": "application/json"',
  ].filter((header) => header !== false);
  return program`// ${m.requestLine} with Node.js 20 (built-in fetch). Save as request.mjs, run: node request.mjs
${m.savesNewToken && 'import {writeFileSync} from "node:fs";'}

const baseUrl = process.env.${BASE_URL.name} || ${q(BASE_URL.fallback)};
${m.required.map(({as, variable: v}) => `const ${as} = process.env.${v.name} || fail(${q(v.message)});`)}
${m.body?.kind === 'json' && `const ${m.body.variable} = ${renderLiteral(m.body.value, jsSyntax)};`}

const response = await fetch(baseUrl + ${q(m.path)}, {
  method: ${q(m.method)},
${headers.length > 0 && `  headers: {${headers.join(', ')}},`}
${m.body?.kind === 'json' && `  body: JSON.stringify(${m.body.variable}),`}
${m.body?.kind === 'text' && `  body: ${q(m.body.text)},`}
});
const text = await response.text();
console.log("HTTP " + response.status);
let body;
try {
  body = JSON.parse(text);
} catch {
  body = undefined; // not JSON: printed as it came
}
${m.savesNewToken && SAVE_NEW_TOKEN}
console.log(body === undefined ? text : JSON.stringify(body, null, 2));
if (!response.ok) process.exitCode = 1;
${m.required.length > 0 && ['', ...FAIL]}
`;
}
