/** Stand-in for `@docusaurus/useBaseUrl` in component tests: the site served under /base/. */
export default function useBaseUrl(url: string): string {
  return `/base${url}`;
}
