/** Text rules every language shares: what is never shown raw, safe JSON, literals, programs. */
import type {JsonValue} from '../model';

/** Escaped, never raw: controls, bidi and zero-width tricks, odd spaces, unassigned points. */
const MUST_ESCAPE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Cs}]|[^\P{Zs} ]/u;

export const mustEscape = (char: string) => MUST_ESCAPE.test(char);

/** A character a reader could not see or type, newlines aside. */
export const hidden = (char: string) => char !== '\n' && mustEscape(char);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Lone surrogates as U+FFFD: UTF-8 cannot encode them (and Go refuses them in literals). */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** A JSON value with every string made well-formed, keys included. */
export function wellFormedJson(value: JsonValue): JsonValue {
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) return value.map(wellFormedJson);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [wellFormed(k), wellFormedJson(v)]),
  );
}

export function hex(codePoint: number, digits: number): string {
  return codePoint.toString(16).padStart(digits, '0');
}

/** `\uXXXX` per UTF-16 unit (a pair for an astral character): how JSON escapes a character. */
const utf16Escape = (codePoint: number) =>
  String.fromCodePoint(codePoint)
    .split('')
    .map((unit) => `\\u${hex(unit.charCodeAt(0), 4)}`)
    .join('');

/** The escapes JSON, Python, JavaScript and Go all read the same way in a double-quoted string. */
const C_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** A double-quoted literal: C escapes, `mustEscape` characters via the language's escape. */
export function doubleQuoted(text: string, escape: (codePoint: number) => string): string {
  const chars = [...text].map(
    (c) => C_ESCAPES[c] ?? (mustEscape(c) ? escape(c.codePointAt(0)!) : c),
  );
  return `"${chars.join('')}"`;
}

/** A JSON string; `mustEscape` characters as `\uXXXX`, so nothing reads as another. */
const jsonString = (text: string) => doubleQuoted(text, utf16Escape);

const jsonSyntax = {
  string: jsonString,
  /** An object key: usually `string`, bare where the language allows it. */
  key: jsonString,
  constant: (value: null | boolean) => String(value),
  indent: '  ',
  /** A comma after the last item of a multi-line array or object. */
  trailingComma: false,
};

/** How one language writes JSON values as literals. */
export type LiteralSyntax = typeof jsonSyntax;

/** Arrays of scalars this short stay on one line, e.g. `"key_names": ["id"]`. */
const INLINE_ARRAY_CHARS = 60;

/** A JSON value as a literal: one entry per line, short scalar arrays inline. */
export function renderLiteral(value: JsonValue, syntax: LiteralSyntax, depth = 0): string {
  if (value === null || typeof value === 'boolean') return syntax.constant(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return syntax.string(value);
  const inner = (v: JsonValue) => renderLiteral(v, syntax, depth + 1);
  const array = Array.isArray(value);
  const [open, close] = array ? ['[', ']'] : ['{', '}'];
  const items = array
    ? value.map(inner)
    : Object.entries(value).map(([k, v]) => `${syntax.key(k)}: ${inner(v)}`);
  const inline = `${open}${items.join(', ')}${close}`;
  const short =
    array &&
    value.every((v: JsonValue) => v === null || typeof v !== 'object') &&
    inline.length <= INLINE_ARRAY_CHARS &&
    !inline.includes('\n');
  if (items.length === 0 || short) return inline;
  const pad = syntax.indent.repeat(depth + 1);
  const comma = (i: number) => (i < items.length - 1 || syntax.trailingComma ? ',' : '');
  const lines = items.map((item, i) => `${pad}${item}${comma(i)}`);
  return `${open}\n${lines.join('\n')}\n${syntax.indent.repeat(depth)}${close}`;
}

/** Pretty JSON, as every snippet shows a body: 2-space indent, short scalar arrays inline. */
export function jsonText(value: JsonValue): string {
  return renderLiteral(value, jsonSyntax);
}

/** What a program template takes: a line or lines, an array of lines, or `false` (left out). */
type Part = string | readonly string[] | false;

/**
 * A program written as it reads: each part in its place, an array as its lines; a line that
 * holds only a part left out (`false`, or no lines) goes with it.
 */
export function program(strings: TemplateStringsArray, ...parts: Part[]): string {
  let out = strings[0]!;
  parts.forEach((part, i) => {
    const lines = part === false ? [] : typeof part === 'string' ? [part] : part;
    let next = strings[i + 1]!;
    if (lines.length === 0 && (out === '' || out.endsWith('\n')) && next.startsWith('\n')) {
      next = next.slice(1);
    }
    out += lines.join('\n') + next;
  });
  return out;
}
