/** JavaScript for Node.js 20: the built-in `fetch`, an ES module (top-level await). */
import {bodyVariable, DEFAULT_BASE_URL, ENV, requestLine, type SnippetModel} from './model';
import {doubleQuoted, hex, renderLiteral, type LiteralSyntax} from './text';

/** A double-quoted JavaScript string literal; invisible and control characters as escapes. */
export function jsString(text: string): string {
  return doubleQuoted(text, (cp) =>
    cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\u{${cp.toString(16)}}`,
  );
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export const jsSyntax: LiteralSyntax = {
  string: jsString,
  // In an object literal `__proto__: x` (bare or quoted) sets the prototype instead of
  // adding a key: a computed key adds it.
  key: (name) =>
    name === '__proto__' ? `[${jsString(name)}]` : IDENTIFIER.test(name) ? name : jsString(name),
  null: 'null',
  true: 'true',
  false: 'false',
  indent: '  ',
  trailingComma: true,
};

function settings(m: SnippetModel): string[] {
  const q = jsString;
  const lines = [`const baseUrl = process.env.${ENV.baseUrl} || ${q(DEFAULT_BASE_URL)};`];
  if (m.token !== null) {
    const message = `Set ${m.token.name} to ${m.token.what}.`;
    lines.push(`const token = process.env.${m.token.name} || fail(${q(message)});`);
  }
  if (m.savesNewToken) {
    const message = `Set ${ENV.newTokenFile}: the new token's value is saved there, not printed.`;
    lines.push(`const tokenFile = process.env.${ENV.newTokenFile} || fail(${q(message)});`);
  }
  return lines;
}

function call(m: SnippetModel): string[] {
  const headers: string[] = [];
  if (m.token !== null) headers.push('Authorization: "Bearer " + token');
  if (m.body !== null) headers.push('"Content-Type": "application/json"');
  const options = [`  method: ${jsString(m.method)},`];
  if (headers.length > 0) options.push(`  headers: {${headers.join(', ')}},`);
  if (m.body?.kind === 'json') options.push(`  body: JSON.stringify(${bodyVariable(m.body)}),`);
  if (m.body?.kind === 'text') options.push(`  body: ${jsString(m.body.text)},`);
  return [`const response = await fetch(baseUrl + ${jsString(m.path)}, {`, ...options, '});'];
}

/** Save the new token's value before printing the answer without it. */
const SAVE_NEW_TOKEN = [
  'if (response.ok && body !== null && typeof body === "object" && "access_token" in body) {',
  "  // The token's value is shown once: keep it in a file only you can read.",
  '  writeFileSync(tokenFile, text, {mode: 0o600});',
  '  body.access_token = "(saved to " + tokenFile + ")";',
  '}',
];

const PRINT = [
  'const text = await response.text();',
  'console.log("HTTP " + response.status);',
  'let body;',
  'try {',
  '  body = JSON.parse(text);',
  '} catch {',
  '  body = undefined; // not JSON: printed as it came',
  '}',
];

const FAIL = ['function fail(message) {', '  console.error(message);', '  process.exit(1);', '}'];

export function javascriptSnippet(m: SnippetModel): string {
  const lines = [
    `// ${requestLine(m)} with Node.js 20 (built-in fetch). Save as request.mjs, run: node request.mjs`,
  ];
  if (m.savesNewToken) lines.push('import {writeFileSync} from "node:fs";');
  lines.push('', ...settings(m));
  if (m.body?.kind === 'json') {
    lines.push(`const ${bodyVariable(m.body)} = ${renderLiteral(m.body.value, jsSyntax)};`);
  }
  lines.push(
    '',
    ...call(m),
    ...PRINT,
    ...(m.savesNewToken ? SAVE_NEW_TOKEN : []),
    'console.log(body === undefined ? text : JSON.stringify(body, null, 2));',
    'if (!response.ok) process.exitCode = 1;',
  );
  if (m.token !== null || m.savesNewToken) lines.push('', ...FAIL);
  return lines.join('\n') + '\n';
}
