/** Python 3 with `requests`. */
import {bodyVariable, DEFAULT_BASE_URL, ENV, requestLine, type SnippetModel} from './model';
import {doubleQuoted, hex, renderLiteral, type LiteralSyntax} from './text';

/** A double-quoted Python str literal; invisible and control characters as escapes. */
export function pythonString(text: string): string {
  return doubleQuoted(text, (cp) => {
    if (cp <= 0xff) return `\\x${hex(cp, 2)}`;
    return cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
  });
}

export const pythonSyntax: LiteralSyntax = {
  string: pythonString,
  key: pythonString,
  null: 'None',
  true: 'True',
  false: 'False',
  indent: '    ',
  trailingComma: true,
};

/** Methods with a function of their own in requests. */
const FUNCTIONS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** `base_url = …`, `token = …`: each stops with a message when its variable is unset. */
function settings(m: SnippetModel): string[] {
  const q = pythonString;
  const lines = [`base_url = os.environ.get(${q(ENV.baseUrl)}) or ${q(DEFAULT_BASE_URL)}`];
  if (m.token !== null) {
    const message = `Set ${m.token.name} to ${m.token.what}.`;
    lines.push(`token = os.environ.get(${q(m.token.name)}) or sys.exit(${q(message)})`);
  }
  if (m.savesNewToken) {
    const message = `Set ${ENV.newTokenFile}: the new token's value is saved there, not printed.`;
    lines.push(`token_file = os.environ.get(${q(ENV.newTokenFile)}) or sys.exit(${q(message)})`);
  }
  return lines;
}

function call(m: SnippetModel): string[] {
  const q = pythonString;
  const lines = FUNCTIONS.has(m.method)
    ? [`response = requests.${m.method.toLowerCase()}(`]
    : ['response = requests.request(', `    ${q(m.method)},`];
  lines.push(`    base_url + ${q(m.path)},`);
  const headers: string[] = [];
  if (m.token !== null) headers.push('"Authorization": "Bearer " + token');
  if (m.body?.kind === 'json') lines.push(`    json=${bodyVariable(m.body)},`);
  if (m.body?.kind === 'text') {
    headers.push('"Content-Type": "application/json"');
    lines.push(`    data=${q(m.body.text)}.encode(),`);
  }
  if (headers.length > 0) lines.push(`    headers={${headers.join(', ')}},`);
  return [...lines, '    timeout=30,', ')'];
}

/** Save the new token's value before printing the answer without it. */
const SAVE_NEW_TOKEN = [
  '    if response.ok and isinstance(body, dict) and "access_token" in body:',
  "        # The token's value is shown once: keep it in a file only you can read.",
  '        fd = os.open(token_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)',
  '        with os.fdopen(fd, "w") as f:',
  '            f.write(response.text)',
  '        body["access_token"] = "(saved to " + token_file + ")"',
];

export function pythonSnippet(m: SnippetModel): string {
  const lines = [
    `# ${requestLine(m)} with Python 3 and requests (pip install requests)`,
    'import json',
    'import os',
    'import sys',
    '',
    'import requests',
    '',
    ...settings(m),
  ];
  if (m.body?.kind === 'json') {
    lines.push(`${bodyVariable(m.body)} = ${renderLiteral(m.body.value, pythonSyntax)}`);
  }
  lines.push(
    '',
    ...call(m),
    'print("HTTP", response.status_code)',
    'try:',
    '    body = response.json()',
    'except ValueError:  # not JSON: print it as it came',
    '    print(response.text)',
    'else:',
    ...(m.savesNewToken ? SAVE_NEW_TOKEN : []),
    '    print(json.dumps(body, indent=2))',
    'if not 200 <= response.status_code < 300:',
    '    sys.exit(1)',
  );
  return lines.join('\n') + '\n';
}
