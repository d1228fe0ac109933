/**
 * Docusaurus needs a baseUrl with a leading and a trailing slash; people type
 * `acme/docs`, `/acme/docs` or `/acme/docs/` into BASE_URL and all mean the same.
 *
 * Only plain path segments are accepted: the base URL is written into every page, in
 * attributes and in the script loader (src/config/ssr-template.ts), and a mistyped or
 * pasted value should stop the build with a message, not produce a site that breaks.
 */
const SEGMENT = /^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+$/;

export function normalizeBaseUrl(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  const bad = trimmed.split('/').find((s) => !SEGMENT.test(s) || s === '.' || s === '..');
  if (bad !== undefined) {
    throw new Error(
      `BASE_URL ${JSON.stringify(raw)} has a path segment ${JSON.stringify(bad)} that is not ` +
        'allowed: use letters, digits, ".", "_", "~", "-" (or %-escapes) between slashes, ' +
        'e.g. BASE_URL=/acme/docs/',
    );
  }
  return `/${trimmed}/`;
}
