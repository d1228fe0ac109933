import fs from 'node:fs';
import path from 'node:path';
import {parse, type HTMLElement} from 'node-html-parser';
import {normalizeBaseUrl} from '../../../src/config/base-url';
import {testBuildDir} from '../../../scripts/test-build';

/**
 * Helpers for tests that read the production build, not the sources: the test build
 * (build-subpath/, the site for /acme/docs/; `npm run build:test`).
 */

export const BUILD_DIR = testBuildDir;
export const GUIDE_PATH = 'developers/import-api/guides/import-api-access-tokens/';

/**
 * The baseUrl the build was made with, read from the build itself (the guide's canonical
 * URL ends in baseUrl + GUIDE_PATH). Not from process.env.BASE_URL: Vitest sets that to
 * Vite's own `/`.
 */
function builtBaseUrl(): string {
  const file = path.join(BUILD_DIR, GUIDE_PATH, 'index.html');
  if (!fs.existsSync(file)) return '/';
  const canonical = /<link[^>]*rel="?canonical"?[^>]*href="?([^"\s>]+)/.exec(
    fs.readFileSync(file, 'utf8'),
  )?.[1];
  const pathname = canonical ? new URL(canonical, 'http://x').pathname : `/${GUIDE_PATH}`;
  return normalizeBaseUrl(pathname.slice(0, pathname.length - GUIDE_PATH.length));
}

export const BASE_URL = builtBaseUrl();
export const GUIDES_INDEX_PATH = 'developers/import-api/guides/';
export const OLD_GUIDE_PATH = 'integrations/import-api/revoking-an-api-access-token/';

export function assertBuilt(): void {
  const index = path.join(BUILD_DIR, 'index.html');
  if (!fs.existsSync(index)) {
    throw new Error(
      `No test build at ${BUILD_DIR}: these tests read the built site. Run \`npm run build:test\` first (\`npm test\` and \`npm run test:content\` do).`,
    );
  }
}

/**
 * The minifier writes unquoted attributes (`href=/a/b/>`), which node-html-parser reads as a
 * self-closing tag and drops the slash. Quote every unquoted value inside tags first.
 */
export function quoteAttributes(html: string): string {
  // Attributes in order; quoted values are consumed whole, so `content="0; url=/x/"` is safe.
  const attribute = /(\s[^\s"'=<>/]+)(?:=("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
  return html.replace(/<[a-zA-Z][^\s<>/]*(?:\s(?:"[^"]*"|'[^']*'|[^<>"'])*)?>/g, (tag) =>
    tag.replace(attribute, (match: string, name: string, value?: string) =>
      value === undefined || /^["']/.test(value) ? match : `${name}="${value}"`,
    ),
  );
}

/** `site/path/` (relative to baseUrl) to the built file that serves it. */
export function fileFor(sitePath: string): string {
  const clean = sitePath.replace(/^\/+/, '');
  return path.join(BUILD_DIR, clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean);
}

const cache = new Map<string, HTMLElement>();

export function loadPage(sitePath: string): HTMLElement {
  const file = fileFor(sitePath);
  const cached = cache.get(file);
  if (cached) return cached;
  if (!fs.existsSync(file)) throw new Error(`Built file missing: ${file}`);
  const root = parse(quoteAttributes(fs.readFileSync(file, 'utf8')));
  cache.set(file, root);
  return root;
}

export function allFiles(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return allFiles(full, ext);
    return ext.test(entry.name) ? [full] : [];
  });
}

/** A heading's visible text, without Docusaurus's zero-width "direct link" marker. */
export function headingText(el: HTMLElement): string {
  return el.text.replace(/\u200b/g, '').trim();
}
