import type {HttpRequest} from '../events';
import type {JsonObject, JsonValue} from '../model';

/** Here, not in import-api.ts, so the snippets can name them without bringing the simulated API. */
export const IMPORT_ROUTES = {
  push: '/v2/import/push',
  validate: '/v2/import/validate',
  status: '/v2/import/status',
} as const;

export function header(req: HttpRequest, name: string): string | undefined {
  const want = name.toLowerCase();
  return Object.entries(req.headers ?? {}).find(([k]) => k.toLowerCase() === want)?.[1];
}

/** The value after `Bearer `, or null when the header is missing or not a bearer token. */
export function bearer(req: HttpRequest): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header(req, 'authorization') ?? '');
  return m?.[1] ?? null;
}

export function pathOf(req: HttpRequest): string {
  return req.path.replace(/\?.*$/s, '').replace(/\/+$/, '') || '/';
}

export function isJsonValue(v: unknown, depth = 0): v is JsonValue {
  if (depth > 32) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isJsonValue(x, depth + 1));
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.values(v as object).every((x) => isJsonValue(x, depth + 1));
  }
  return false;
}

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && isJsonValue(v);
}

/** Stitch timestamps: ISO 8601 without milliseconds, e.g. 2021-08-12T15:22:12Z. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
