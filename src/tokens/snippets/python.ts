/** Python 3 with `requests`. */
import {BASE_URL, type SnippetModel} from './model';
import {doubleQuoted, hex, program, renderLiteral, type LiteralSyntax} from './text';

/** A double-quoted Python str literal; invisible and control characters as escapes. */
export const pythonString = (text: string) =>
  doubleQuoted(text, (cp) =>
    cp <= 0xff ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`,
  );

export const pythonSyntax: LiteralSyntax = {
  string: pythonString,
  key: pythonString,
  constant: (value) => (value === null ? 'None' : value ? 'True' : 'False'),
  indent: '    ',
  trailingComma: true,
};

/** Methods with a function of their own in requests. */
const FUNCTIONS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

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
  const q = pythonString;
  // Python names the variables in snake_case: token_file.
  const settings = m.required.map(({as, variable: v}) => {
    const name = as.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    return `${name} = os.environ.get(${q(v.name)}) or sys.exit(${q(v.message)})`;
  });
  const call = FUNCTIONS.has(m.method)
    ? `requests.${m.method.toLowerCase()}(`
    : ['requests.request(', `    ${q(m.method)},`];
  // `json=` sets the Content-Type itself.
  const headers = [
    m.token !== null && '"Authorization": "Bearer " + token',
    m.body?.kind === 'text' && '"Content-Type": "application/json"',
  ].filter((header) => header !== false);
  return program`# ${m.requestLine} with Python 3 and requests (pip install requests)
import json
import os
import sys

import requests

base_url = os.environ.get(${q(BASE_URL.name)}) or ${q(BASE_URL.fallback)}
${settings}
${m.body?.kind === 'json' && `${m.body.variable} = ${renderLiteral(m.body.value, pythonSyntax)}`}

response = ${call}
    base_url + ${q(m.path)},
${m.body?.kind === 'json' && `    json=${m.body.variable},`}
${m.body?.kind === 'text' && `    data=${q(m.body.text)}.encode(),`}
${headers.length > 0 && `    headers={${headers.join(', ')}},`}
    timeout=30,
)
print("HTTP", response.status_code)
try:
    body = response.json()
except ValueError:  # not JSON: print it as it came
    print(response.text)
else:
${m.savesNewToken && SAVE_NEW_TOKEN}
    print(json.dumps(body, indent=2))
if not 200 <= response.status_code < 300:
    sys.exit(1)
`;
}
