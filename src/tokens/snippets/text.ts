/** Text rules every language shares: what is never shown raw, safe JSON, literals. */
import type {JsonValue} from '../model';

/** Escaped, never raw: controls, bidi and zero-width tricks, odd spaces, unassigned points. */
const MUST_ESCAPE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Cs}]|[^\P{Zs} ]/u;

export function mustEscape(char: string): boolean {
  return MUST_ESCAPE.test(char);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Lone surrogates as U+FFFD: UTF-8 cannot encode them (and Go refuses them in literals). */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Code point by code point, each character replaced by what `map` returns. */
export function mapChars(text: string, map: (char: string, codePoint: number) => string): string {
  let out = '';
  for (const char of text) out += map(char, char.codePointAt(0)!);
  return out;
}

export function hex(codePoint: number, digits: number): string {
  return codePoint.toString(16).padStart(digits, '0');
}

/** The escapes Python, JavaScript and Go all read the same way in a double-quoted string. */
const C_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** A double-quoted literal: C escapes, `mustEscape` characters via the language's escape. */
export function doubleQuoted(text: string, escape: (codePoint: number) => string): string {
  const body = mapChars(text, (char, cp) => {
    const simple = C_ESCAPES[char];
    if (simple !== undefined) return simple;
    return mustEscape(char) ? escape(cp) : char;
  });
  return `"${body}"`;
}

/** A JSON value with every string made well-formed, keys included. */
export function wellFormedJson(value: JsonValue): JsonValue {
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) return value.map(wellFormedJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) out[wellFormed(k)] = wellFormedJson(v);
    return out;
  }
  return value;
}

/** How one language writes JSON values as literals. */
export interface LiteralSyntax {
  /** The language's one string-literal function. */
  readonly string: (text: string) => string;
  /** An object key: usually `string`, bare where the language allows it. */
  readonly key: (name: string) => string;
  readonly null: string;
  readonly true: string;
  readonly false: string;
  /** One level of indentation. */
  readonly indent: string;
  /** A comma after the last item of a multi-line array or object. */
  readonly trailingComma: boolean;
}

/** Arrays of scalars this short stay on one line, e.g. `"key_names": ["id"]`. */
const INLINE_ARRAY_CHARS = 60;

/** A JSON value as a literal: one entry per line, short scalar arrays inline. */
export function renderLiteral(value: JsonValue, syntax: LiteralSyntax, depth = 0): string {
  if (value === null) return syntax.null;
  if (value === true) return syntax.true;
  if (value === false) return syntax.false;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return syntax.string(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v: JsonValue) => renderLiteral(v, syntax, depth + 1));
    const scalars = value.every((v: JsonValue) => v === null || typeof v !== 'object');
    const inline = `[${items.join(', ')}]`;
    if (scalars && inline.length <= INLINE_ARRAY_CHARS && !inline.includes('\n')) return inline;
    return block('[', items, ']', syntax, depth);
  }
  const entries = Object.entries(value as {[key: string]: JsonValue});
  if (entries.length === 0) return '{}';
  const items = entries.map(([k, v]) => `${syntax.key(k)}: ${renderLiteral(v, syntax, depth + 1)}`);
  return block('{', items, '}', syntax, depth);
}

function block(open: string, items: string[], close: string, syntax: LiteralSyntax, depth: number) {
  const pad = syntax.indent.repeat(depth + 1);
  const last = syntax.trailingComma ? ',' : '';
  const lines = items.map((item, i) => `${pad}${item}${i < items.length - 1 ? ',' : last}`);
  return `${open}\n${lines.join('\n')}\n${syntax.indent.repeat(depth)}${close}`;
}

/** JSON.stringify plus `\uXXXX` for `mustEscape` characters, so nothing reads as another. */
export function jsonString(text: string): string {
  return mapChars(JSON.stringify(text), (char, cp) => {
    if (!mustEscape(char)) return char;
    if (cp <= 0xffff) return `\\u${hex(cp, 4)}`;
    const hi = 0xd800 + ((cp - 0x10000) >> 10);
    const lo = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    return `\\u${hex(hi, 4)}\\u${hex(lo, 4)}`;
  });
}

export const jsonSyntax: LiteralSyntax = {
  string: jsonString,
  key: jsonString,
  null: 'null',
  true: 'true',
  false: 'false',
  indent: '  ',
  trailingComma: false,
};

/** Pretty JSON, as every snippet shows a body: 2-space indent, short scalar arrays inline. */
export function jsonText(value: JsonValue): string {
  return renderLiteral(value, jsonSyntax);
}
