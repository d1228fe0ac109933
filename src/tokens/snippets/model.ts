/** What every language renders; token and base URL come from the environment, to run as is. */
import type {HttpRequest} from '../events';
import type {JsonObject, JsonValue} from '../model';
import {CONNECT_BASE_URL, IMPORT_ROUTES, isJsonValue, pathOf} from '../http/util';
import {jsonText, wellFormed, wellFormedJson} from './text';

export const ENV = {
  baseUrl: 'STITCH_API_BASE_URL',
  connectToken: 'STITCH_CONNECT_TOKEN',
  importToken: 'STITCH_IMPORT_API_TOKEN',
  /** Where the create-token snippet saves the response: it holds the new token's value. */
  newTokenFile: 'NEW_TOKEN_FILE',
} as const;

export const DEFAULT_BASE_URL = CONNECT_BASE_URL;

export interface TokenVariable {
  readonly name: string;
  /** For the "set it" message: "your Connect API access token". */
  readonly what: string;
}

const CONNECT_TOKEN: TokenVariable = {
  name: ENV.connectToken,
  what: 'your Connect API access token',
};
const IMPORT_TOKEN: TokenVariable = {
  name: ENV.importToken,
  what: "your Import API integration's access token",
};

export type SnippetBody =
  | {readonly kind: 'json'; readonly value: JsonValue; readonly text: string}
  /** A raw body, sent as is (the sandbox can send malformed JSON on purpose). */
  | {readonly kind: 'text'; readonly text: string};

export interface SnippetModel {
  /** Upper case, as typed otherwise. */
  readonly method: string;
  /** The path as sent: see `wirePath`. */
  readonly path: string;
  /** The environment variable holding the bearer token; null when none is needed. */
  readonly token: TokenVariable | null;
  readonly body: SnippetBody | null;
  /** The answer carries a new token's value: saved to a file, never printed. */
  readonly savesNewToken: boolean;
}

/** Characters a URL path may hold as they are (RFC 3986 pchar and '/'). */
const PATH_CHAR = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/;
const ESCAPE = /^%[0-9A-Fa-f]{2}/;

/** A `{name}` placeholder for an id not yet valid: kept, so the snippet reads as a template. */
const PLACEHOLDER = /^\{[A-Za-z_]+\}/;

/** The path as sent: anything a path cannot hold as %XX (UTF-8); idempotent, so %XX stays. */
export function wirePath(path: string): string {
  let out = '';
  const text = wellFormed(path);
  for (let i = 0; i < text.length;) {
    const placeholder = text[i] === '{' ? PLACEHOLDER.exec(text.slice(i)) : null;
    if (placeholder !== null) {
      out += placeholder[0];
      i += placeholder[0].length;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const keep = PATH_CHAR.test(char) || (char === '%' && ESCAPE.test(text.slice(i, i + 3)));
    out += keep ? char : encodeURIComponent(char);
    i += char.length;
  }
  return out.startsWith('/') ? out : `/${out}`;
}

function bodyOf(body: unknown): SnippetBody | null {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return {kind: 'text', text: wellFormed(body)};
  if (!isJsonValue(body)) return {kind: 'text', text: wellFormed(String(JSON.stringify(body)))};
  const value = wellFormedJson(body);
  return {kind: 'json', value, text: jsonText(value)};
}

const CREATE_TOKEN = /^\/v4\/sources\/[^/]+\/tokens$/;

/** What every language needs to know about a request. */
export function snippetModel(req: HttpRequest): SnippetModel {
  const path = wirePath(req.path);
  const bare = pathOf({method: req.method, path});
  const method = wellFormed(req.method).toUpperCase();
  const token = bare.startsWith('/v2/')
    ? bare === IMPORT_ROUTES.status
      ? null
      : IMPORT_TOKEN
    : CONNECT_TOKEN;
  return {
    method,
    path,
    token,
    body: bodyOf(req.body),
    savesNewToken: method === 'POST' && CREATE_TOKEN.test(bare),
  };
}

/** What a snippet calls the JSON it sends: `records` for a batch, `payload` otherwise. */
export function bodyVariable(body: SnippetBody): string {
  return body.kind === 'json' && Array.isArray(body.value) ? 'records' : 'payload';
}

/** `POST /v2/import/push` for a comment; an odd method as JSON so it cannot end the comment. */
export function requestLine(m: SnippetModel): string {
  const method = /^[A-Z]+$/.test(m.method) ? m.method : jsonText(m.method);
  return `${method} ${m.path}`;
}

/* The requests the site shows, built from the values a reader types. */

const segment = (id: string | number) => encodeURIComponent(wellFormed(String(id)));

export const requests = {
  listSources: (): HttpRequest => ({method: 'GET', path: '/v4/sources'}),
  listTokens: (sourceId: string | number): HttpRequest => ({
    method: 'GET',
    path: `/v4/sources/${segment(sourceId)}/tokens`,
  }),
  createToken: (sourceId: string | number): HttpRequest => ({
    method: 'POST',
    path: `/v4/sources/${segment(sourceId)}/tokens`,
  }),
  revokeToken: (sourceId: string | number, tokenId: string | number): HttpRequest => ({
    method: 'DELETE',
    path: `/v4/sources/${segment(sourceId)}/tokens/${segment(tokenId)}`,
  }),
  importStatus: (): HttpRequest => ({method: 'GET', path: IMPORT_ROUTES.status}),
  validate: (records: readonly JsonObject[]): HttpRequest => ({
    method: 'POST',
    path: IMPORT_ROUTES.validate,
    body: records,
  }),
  push: (records: readonly JsonObject[]): HttpRequest => ({
    method: 'POST',
    path: IMPORT_ROUTES.push,
    body: records,
  }),
};

export interface RecordInput {
  readonly clientId: number;
  readonly tableName: string;
  readonly data: JsonObject;
  readonly keyNames?: readonly string[];
  readonly sequence?: number;
}

/** One Import API record, as the push reference documents it. */
export function importRecord(r: RecordInput): JsonObject {
  return {
    client_id: r.clientId,
    table_name: r.tableName,
    sequence: r.sequence ?? 1,
    data: r.data,
    key_names: r.keyNames ?? ['id'],
    action: 'upsert',
  };
}
