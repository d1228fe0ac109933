/**
 * Docusaurus needs a baseUrl with a leading and a trailing slash; people type
 * `acme/docs`, `/acme/docs` or `/acme/docs/` into BASE_URL and all mean the same.
 */
export function normalizeBaseUrl(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
