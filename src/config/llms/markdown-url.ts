/**
 * Where a page's Markdown version lives: the page's URL without its trailing slash, plus
 * `.md` (`/acme/docs/guides/intro/` → `/acme/docs/guides/intro.md`), the convention most
 * llms.txt sites use. A page at the base URL itself gets `<baseUrl>index.md`, so the file
 * stays under the base. Shared by the build plugin that writes the files and by the
 * "Copy page as Markdown" button that fetches them: both must agree.
 */
export function markdownUrlFor(pageUrl: string, baseUrl: string): string {
  if (pageUrl === baseUrl || pageUrl === '' || pageUrl === '/') return `${baseUrl}index.md`;
  return `${pageUrl.replace(/\/+$/, '')}.md`;
}
