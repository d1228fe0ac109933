import type {HttpRequest} from '../events';
import {BASE_URL, NEW_TOKEN_FILE, snippetModel, type SnippetModel} from './model';
import {hidden, program} from './text';

/** Shell single quotes: nothing expands inside, and ' is written '\''. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

const utf8 = new TextEncoder();

/** A printf format printing `text` exactly: hidden bytes as octal escapes, `%` and `\` doubled. */
function printfFormat(text: string): string {
  const format = [...text].map((char) => {
    if (char === '%' || char === '\\') return char + char;
    if (!hidden(char)) return char;
    return [...utf8.encode(char)].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
  });
  // A format starting with `-` would be read as an option.
  return shellQuote(format.join('').replace(/^-/, '\\055'));
}

/** Paths that need no quoting inside the double-quoted base URL. */
const PLAIN_PATH = /^[A-Za-z0-9/._~%{}-]*$/;

const SAVED_NOTICE = [
  `# The answer holds the new token's value, shown once: it goes to $${NEW_TOKEN_FILE.name}`,
  '# (readable by you only), not to the screen.',
];

/** A curl command; base URL and token from the environment; a new token's value goes to a file. */
export function curlSnippet(m: SnippetModel): string {
  // Double quotes on purpose, here and for the header: the variables must expand.
  const base = `\${${BASE_URL.name}:-${BASE_URL.fallback}}`;
  const url = PLAIN_PATH.test(m.path) ? `"${base}${m.path}"` : `"${base}"${shellQuote(m.path)}`;
  const method = /^[A-Z]+$/.test(m.method) ? m.method : shellQuote(m.method);
  // A `{placeholder}` in the path stays as it is (see wirePath): not a glob for curl.
  const globoff = m.path.includes('{') ? ' --globoff' : '';
  // A body with characters the terminal would hide is written by printf from escapes.
  const printf = m.body !== null && [...m.body.text].some(hidden) && printfFormat(m.body.text);
  const options = [
    `curl -sS --fail-with-body${globoff} -X ${method} ${url}`,
    m.token !== null && `-H "Authorization: Bearer $${m.token.name}"`,
    m.body !== null && '-H "Content-Type: application/json"',
    // --data-raw, not -d: -d reads a file when the data starts with @; --data-binary @- sends
    // stdin as it is.
    m.body !== null && (printf ? '--data-binary @-' : `--data-raw ${shellQuote(m.body.text)}`),
    m.savesNewToken &&
      `-o "\${${NEW_TOKEN_FILE.name}:?Set ${NEW_TOKEN_FILE.name}: the new token is saved there, not printed}"`,
    m.savesNewToken ? `-w 'HTTP %{http_code}\\n'` : `-w '\\nHTTP %{http_code}\\n'`,
  ];
  const command = options.filter((option) => option !== false).join(' \\\n  ');
  return program`${m.savesNewToken && SAVED_NOTICE}
${printf && ['# The body holds characters a terminal would hide: printf writes them from escapes.', `printf ${printf} |`]}
${m.savesNewToken ? `(umask 077 && ${command})` : command}`;
}

export const toCurl = (req: HttpRequest): string => curlSnippet(snippetModel(req));
