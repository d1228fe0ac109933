/** What `npm run bench` measures, and where: one place for the names the modules share. */
import path from 'node:path';
import {repoRoot} from '../csp-hashes';

export {repoRoot};

/** Both sites are built for, and served under, this sub-path: a real deployment's shape. */
export const BASE_URL = '/acme/docs/';
export const SITE_URL = 'https://acme.example.com';
export const OUT_DIR = 'build-bench';
export const RESULTS_DIR = path.join(repoRoot, 'bench-results');

export type OurPage = 'home' | 'guide' | 'sandbox';
/** Our pages, and `stock`: the guide's prose on a stock Docusaurus site (the baseline). */
export type PageName = OurPage | 'stock';

export const OUR_PAGES: {name: OurPage; path: string}[] = [
  {name: 'home', path: ''},
  {name: 'guide', path: 'developers/import-api/guides/import-api-access-tokens/'},
  {name: 'sandbox', path: 'developers/import-api/guides/token-rotation-sandbox/'},
];

export const pathOf = (name: OurPage): string => OUR_PAGES.find((p) => p.name === name)!.path;

export const log = (msg: string): void => console.error(`[bench] ${msg}`);
