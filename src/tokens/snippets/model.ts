/** What every language renders; token and base URL come from the environment, to run as is. */
import type {HttpRequest} from '../events';
import {IMPORT_ROUTES, isJsonValue, pathOf} from '../http/util';
import {jsonText, wellFormed, wellFormedJson} from './text';

/** The variable a snippet reads its base URL from, and the address it uses when it is unset. */
export const BASE_URL = {name: 'STITCH_API_BASE_URL', fallback: 'https://api.stitchdata.com'};

/* The variables a snippet cannot run without, and what it says when one is unset. */
const token = (name: string, what: string) => ({name, message: `Set ${name} to ${what}.`});
const CONNECT_TOKEN = token('STITCH_CONNECT_TOKEN', 'your Connect API access token');
const IMPORT_TOKEN = token('STITCH_IMPORT_API_TOKEN', "your Import API integration's access token");
/** Where the create-token snippet saves the response: it holds the new token's value. */
export const NEW_TOKEN_FILE = {
  name: 'NEW_TOKEN_FILE',
  message: "Set NEW_TOKEN_FILE: the new token's value is saved there, not printed.",
};

/**
 * The path as sent: anything a path cannot hold (RFC 3986 pchar and '/') as %XX (UTF-8), but
 * a %XX already there (so it is idempotent) and a `{name}` placeholder for an id not yet
 * valid, kept so the snippet reads as a template.
 */
export function wirePath(path: string): string {
  const out = wellFormed(path).replace(
    /(\{[A-Za-z_]+\}|%[0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu,
    (char, kept: string | undefined) => kept ?? encodeURIComponent(char),
  );
  return out.startsWith('/') ? out : `/${out}`;
}

/** The body: JSON as a value (named `records` for a batch), or raw text, sent as it is. */
function bodyOf(body: unknown) {
  if (body === undefined || body === null) return null;
  // The sandbox can send malformed JSON on purpose.
  if (typeof body === 'string') return {kind: 'text' as const, text: wellFormed(body)};
  if (!isJsonValue(body)) {
    return {kind: 'text' as const, text: wellFormed(String(JSON.stringify(body)))};
  }
  const value = wellFormedJson(body);
  const variable = Array.isArray(value) ? 'records' : 'payload';
  return {kind: 'json' as const, value, text: jsonText(value), variable};
}

const CREATE_TOKEN = /^\/v4\/sources\/[^/]+\/tokens$/;

/** What every language needs to know about a request. */
export function snippetModel(req: HttpRequest) {
  const path = wirePath(req.path);
  const bare = pathOf({method: req.method, path});
  const method = wellFormed(req.method).toUpperCase();
  const savesNewToken = method === 'POST' && CREATE_TOKEN.test(bare);
  const token = !bare.startsWith('/v2/')
    ? CONNECT_TOKEN
    : bare === IMPORT_ROUTES.status
      ? null
      : IMPORT_TOKEN;
  return {
    /** Upper case, as typed otherwise. */
    method,
    /** The path as sent: see `wirePath`. */
    path,
    /** `POST /v2/import/push`, for a comment; an odd method as JSON so it cannot end the comment. */
    requestLine: `${/^[A-Z]+$/.test(method) ? method : jsonText(method)} ${path}`,
    /** The environment variable holding the bearer token; null when none is needed. */
    token,
    body: bodyOf(req.body),
    /** The answer carries a new token's value: saved to a file, never printed. */
    savesNewToken,
    /** What the code calls each variable it stops without, in the order it reads them. */
    required: [
      ...(token === null ? [] : [{as: 'token', variable: token} as const]),
      ...(savesNewToken ? [{as: 'tokenFile', variable: NEW_TOKEN_FILE} as const] : []),
    ],
  };
}

export type SnippetModel = ReturnType<typeof snippetModel>;
