/** Go with the standard library only (net/http, encoding/json); Go 1.19 or later. */
import {BASE_URL, type SnippetModel} from './model';
import {doubleQuoted, hex, hidden, program} from './text';

/**
 * A Go string literal: raw for multi-line text with no backtick, nothing hidden and no `\r` (Go
 * drops it from raw strings), so a JSON body reads as JSON; else interpreted, with `\u`/`\U`
 * escapes (Go's `\x` is a byte, not a character).
 */
export function goString(text: string): string {
  const raw = text.includes('\n') && !/[`\r]/.test(text) && ![...text].some(hidden);
  if (raw) return `\`${text}\``;
  return doubleQuoted(text, (cp) => (cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`));
}

/** `name` from the environment variable, running `orElse` when it is unset or empty. */
const getenv = (name: string, variable: string, orElse: string) => [
  `\t${name} := os.Getenv(${goString(variable)})`,
  `\tif ${name} == "" {`,
  `\t\t${orElse}`,
  '\t}',
];

const CHECK = ['\tif err != nil {', '\t\tfail(err.Error())', '\t}'];

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

export function goSnippet(m: SnippetModel): string {
  const q = goString;
  const imports = ['bytes', 'encoding/json', 'fmt', 'io', 'net/http', 'os'];
  if (m.body !== null) imports.push('strings');
  return program`// ${m.requestLine} with Go's standard library. Save as main.go, run: go run main.go
package main

import (
${imports.map((name) => `\t"${name}"`)}
)

func main() {
${getenv('baseURL', BASE_URL.name, `baseURL = ${q(BASE_URL.fallback)}`)}
${m.required.flatMap(({as, variable: v}) => getenv(as, v.name, `fail(${q(v.message)})`))}
${m.body !== null && `\tbody := strings.NewReader(${q(m.body.text)})`}
\treq, err := http.NewRequest(${q(m.method)}, baseURL+${q(m.path)}, ${m.body === null ? 'nil' : 'body'})
${CHECK}
${m.token !== null && '\treq.Header.Set("Authorization", "Bearer "+token)'}
${m.body !== null && '\treq.Header.Set("Content-Type", "application/json")'}
\tresp, err := http.DefaultClient.Do(req)
${CHECK}
\tdefer resp.Body.Close()
\ttext, err := io.ReadAll(resp.Body)
${CHECK}
\tfmt.Println("HTTP", resp.StatusCode)
\tok := resp.StatusCode >= 200 && resp.StatusCode <= 299
${m.savesNewToken && SAVE_NEW_TOKEN}
\tvar pretty bytes.Buffer
\tif json.Indent(&pretty, text, "", "  ") == nil {
\t\tfmt.Println(pretty.String())
\t} else {
\t\tfmt.Println(string(text)) // not JSON: printed as it came
\t}
\tif !ok {
\t\tos.Exit(1)
\t}
}

func fail(message string) {
\tfmt.Fprintln(os.Stderr, message)
\tos.Exit(1)
}
`;
}
