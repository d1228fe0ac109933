/**
 * The URL table (Stitch's `_data/urls.yaml` plus `site.baseurl`): `ported` pages are resolved by
 * `@docusaurus/Link`, every other one points at STITCH_DOCS_BASE + path.
 */
export const STITCH_DOCS_BASE = 'https://www.stitchdata.com/docs';

interface UrlEntry {
  /** Path as in Stitch's URL table, without a trailing slash. */
  readonly path: string;
  /** True when this site has the page (same path under our `baseUrl`). */
  readonly ported?: boolean;
}

const urls = {
  'connect.api': {path: '/developers/stitch-connect/api'},
  'connect.guides.api-credentials': {
    path: '/developers/stitch-connect/guides/connect-api-credentials',
  },
  'connect.guides.create-import-api-source': {
    path: '/developers/stitch-connect/guides/create-import-api-integration-with-stitch-connect',
  },
  'connect.guides.manage-import-api-access-tokens': {
    path: '/developers/stitch-connect/guides/manage-import-api-access-tokens',
  },
  'import-api.api': {path: '/developers/import-api/api'},
  'import-api.guides': {path: '/developers/import-api/guides', ported: true},
  'import-api.guides.access-tokens': {
    path: '/developers/import-api/guides/import-api-access-tokens',
    ported: true,
  },
  'import-api.guides.token-rotation-sandbox': {
    path: '/developers/import-api/guides/token-rotation-sandbox',
    ported: true,
  },
  'import-api.guides.manage-access-tokens-stitch': {
    path: '/developers/import-api/guides/manage-import-api-access-tokens',
  },
} as const satisfies Record<string, UrlEntry>;

export type LinkKey = keyof typeof urls;

/** Anchors on Stitch pages that the seed appended from its data files. */
export const anchors = {
  /** `site.data.connect.api.access-api` */
  connectAccessApi: 'access-the-api',
  /** `site.data.import-api.api.core-objects.push.anchor` */
  importApiPush: 'push-data',
  /** The rotation section of the Connect guide `connect.guides.create-import-api-source`. */
  connectRotateTokens: 'rotate-import-api-access-tokens',
} as const;

/**
 * Resolves a key (and `#anchor`) to an `href` for `@docusaurus/Link`'s `to`: a site path (Link
 * adds baseUrl) or a full URL. Throws on an unknown key, since MDX is not type-checked.
 */
export function link(key: LinkKey, hash?: string) {
  if (!Object.hasOwn(urls, key)) {
    throw new Error(
      `Unknown URL-table key "${String(key)}". Known keys: ${Object.keys(urls).join(', ')}.`,
    );
  }
  const entry: UrlEntry = urls[key];
  const fragment = hash ? `#${hash.replace(/^#/, '')}` : '';
  if (entry.ported) {
    // The site uses `trailingSlash: true`: link to the canonical form, no redirect hop.
    return {href: `${entry.path}/${fragment}`, internal: true};
  }
  return {href: `${STITCH_DOCS_BASE}${entry.path}${fragment}`, internal: false};
}

/** Every key, for tests and tooling. */
export const linkKeys = Object.keys(urls) as LinkKey[];
