/** Go with the standard library only (net/http, encoding/json); Go 1.19 or later. */
import {DEFAULT_BASE_URL, ENV, requestLine, type SnippetModel} from './model';
import {doubleQuoted, hex, mustEscape} from './text';

/**
 * A Go string literal. Multi-line text that a raw string can hold exactly (no backtick, no
 * carriage return, nothing to escape) is written raw, so a JSON body reads as JSON; anything
 * else as an interpreted string, with `\u`/`\U` escapes (Go's `\x` is a byte, not a
 * character).
 */
export function goString(text: string): string {
  const raw =
    text.includes('\n') &&
    !/[`\r]/.test(text) &&
    ![...text].some((c) => c !== '\n' && mustEscape(c));
  if (raw) return `\`${text}\``;
  return doubleQuoted(text, (cp) => (cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`));
}

function imports(m: SnippetModel): string[] {
  const names = ['bytes', 'encoding/json', 'fmt', 'io', 'net/http', 'os'];
  if (m.body !== null) names.push('strings');
  return ['import (', ...names.map((n) => `\t"${n}"`), ')'];
}

/** Reads an environment variable into `name`, or stops with `message` when it is unset. */
function required(name: string, variable: string, message: string): string[] {
  return [
    `\t${name} := os.Getenv(${goString(variable)})`,
    `\tif ${name} == "" {`,
    `\t\tfail(${goString(message)})`,
    '\t}',
  ];
}

function settings(m: SnippetModel): string[] {
  const lines = [
    `\tbaseURL := os.Getenv(${goString(ENV.baseUrl)})`,
    '\tif baseURL == "" {',
    `\t\tbaseURL = ${goString(DEFAULT_BASE_URL)}`,
    '\t}',
  ];
  if (m.token !== null) {
    lines.push(...required('token', m.token.name, `Set ${m.token.name} to ${m.token.what}.`));
  }
  if (m.savesNewToken) {
    const message = `Set ${ENV.newTokenFile}: the new token's value is saved there, not printed.`;
    lines.push(...required('tokenFile', ENV.newTokenFile, message));
  }
  return lines;
}

const CHECK = ['\tif err != nil {', '\t\tfail(err.Error())', '\t}'];

function call(m: SnippetModel): string[] {
  const lines: string[] = [];
  if (m.body !== null) lines.push(`\tbody := strings.NewReader(${goString(m.body.text)})`);
  const body = m.body === null ? 'nil' : 'body';
  lines.push(
    `\treq, err := http.NewRequest(${goString(m.method)}, baseURL+${goString(m.path)}, ${body})`,
    ...CHECK,
  );
  if (m.token !== null) lines.push('\treq.Header.Set("Authorization", "Bearer "+token)');
  if (m.body !== null) lines.push('\treq.Header.Set("Content-Type", "application/json")');
  return [
    ...lines,
    '\tresp, err := http.DefaultClient.Do(req)',
    ...CHECK,
    '\tdefer resp.Body.Close()',
    '\ttext, err := io.ReadAll(resp.Body)',
    ...CHECK,
  ];
}

/** Save the new token's value before printing the answer without it. */
const SAVE_NEW_TOKEN = [
  '\tvar created map[string]any',
  '\tif ok && json.Unmarshal(text, &created) == nil && created["access_token"] != nil {',
  "\t\t// The token's value is shown once: keep it in a file only you can read.",
  '\t\tif err := os.WriteFile(tokenFile, text, 0o600); err != nil {',
  '\t\t\tfail(err.Error())',
  '\t\t}',
  '\t\tcreated["access_token"] = "(saved to " + tokenFile + ")"',
  '\t\ttext, _ = json.Marshal(created)',
  '\t}',
];

const PRINT = [
  '\tvar pretty bytes.Buffer',
  '\tif json.Indent(&pretty, text, "", "  ") == nil {',
  '\t\tfmt.Println(pretty.String())',
  '\t} else {',
  '\t\tfmt.Println(string(text)) // not JSON: printed as it came',
  '\t}',
  '\tif !ok {',
  '\t\tos.Exit(1)',
  '\t}',
];

const FAIL = [
  'func fail(message string) {',
  '\tfmt.Fprintln(os.Stderr, message)',
  '\tos.Exit(1)',
  '}',
];

export function goSnippet(m: SnippetModel): string {
  const lines = [
    `// ${requestLine(m)} with Go's standard library. Save as main.go, run: go run main.go`,
    'package main',
    '',
    ...imports(m),
    '',
    'func main() {',
    ...settings(m),
    ...call(m),
    '\tfmt.Println("HTTP", resp.StatusCode)',
    '\tok := resp.StatusCode >= 200 && resp.StatusCode <= 299',
    ...(m.savesNewToken ? SAVE_NEW_TOKEN : []),
    ...PRINT,
    '}',
    '',
    ...FAIL,
  ];
  return lines.join('\n') + '\n';
}
