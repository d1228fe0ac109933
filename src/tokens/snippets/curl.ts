import type {HttpRequest} from '../events';
import {DEFAULT_BASE_URL, snippetModel, ENV} from './model';
import {mapChars, mustEscape} from './text';

/** Shell single quotes: nothing expands inside, and ' is written '\''. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A character a terminal would hide or show as another (a newline reads as what it is). */
const hidden = (char: string) => char !== '\n' && mustEscape(char);

const utf8 = new TextEncoder();

/** A printf format printing `text` exactly: hidden bytes as octal escapes, `%` and `\` doubled. */
export function printfFormat(text: string): string {
  const format = mapChars(text, (char) => {
    if (char === '%' || char === '\\') return char + char;
    if (!hidden(char)) return char;
    return [...utf8.encode(char)].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
  });
  // A format starting with `-` would be read as an option.
  return shellQuote(format.replace(/^-/, '\\055'));
}

/** Paths that need no quoting inside the double-quoted base URL. */
const PLAIN_PATH = /^[A-Za-z0-9/._~%{}-]*$/;

/** A curl command; base URL and token from the environment; a new token's value goes to a file. */
export function toCurl(req: HttpRequest): string {
  const m = snippetModel(req);
  // Double quotes on purpose, here and for the header: the variables must expand.
  const base = `\${${ENV.baseUrl}:-${DEFAULT_BASE_URL}}`;
  const url = PLAIN_PATH.test(m.path) ? `"${base}${m.path}"` : `"${base}"${shellQuote(m.path)}`;
  const method = /^[A-Z]+$/.test(m.method) ? m.method : shellQuote(m.method);
  // A `{placeholder}` in the path stays as it is (see wirePath): not a glob for curl.
  const globoff = m.path.includes('{') ? ' --globoff' : '';
  const lines = [`curl -sS --fail-with-body${globoff} -X ${method} ${url}`];
  if (m.token !== null) lines.push(`-H "Authorization: Bearer $${m.token.name}"`);
  // A body with characters the terminal would hide is written by printf from escapes.
  const pipe =
    m.body !== null && [...m.body.text].some(hidden)
      ? [
          '# The body holds characters a terminal would hide: printf writes them from escapes.',
          `printf ${printfFormat(m.body.text)} |`,
        ]
      : [];
  if (m.body !== null) {
    lines.push('-H "Content-Type: application/json"');
    // --data-raw, not -d: -d reads a file when the data starts with @; --data-binary @- sends
    // stdin as it is.
    lines.push(pipe.length > 0 ? '--data-binary @-' : `--data-raw ${shellQuote(m.body.text)}`);
  }
  if (!m.savesNewToken) {
    lines.push(`-w '\\nHTTP %{http_code}\\n'`);
    return [...pipe, lines.join(' \\\n  ')].join('\n');
  }
  lines.push(
    `-o "\${${ENV.newTokenFile}:?Set ${ENV.newTokenFile}: the new token is saved there, not printed}"`,
    `-w 'HTTP %{http_code}\\n'`,
  );
  return [
    `# The answer holds the new token's value, shown once: it goes to $${ENV.newTokenFile}`,
    '# (readable by you only), not to the screen.',
    `(umask 077 && ${lines.join(' \\\n  ')})`,
  ].join('\n');
}
