/**
 * A page's Markdown version (`/a/intro/` → `/a/intro.md`, the base itself → `index.md`); the
 * build plugin and the "Copy page as Markdown" button must agree on it.
 */
export function markdownUrlFor(pageUrl: string, baseUrl: string): string {
  if (pageUrl === baseUrl || pageUrl === '' || pageUrl === '/') return `${baseUrl}index.md`;
  return `${pageUrl.replace(/\/+$/, '')}.md`;
}
