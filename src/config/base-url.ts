/**
 * Normalizes BASE_URL (`acme/docs`, `/acme/docs/`…) to `/acme/docs/`, refusing anything but plain
 * path segments: the value is written into every page and the script loader.
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
