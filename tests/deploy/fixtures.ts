/**
 * Shared fixtures for the deploy tests: where nginx is, the build's sitemap, and an
 * automatic guard that fails any test whose pages report a CSP violation or a page error.
 */
import {test as base, expect, type Page} from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import {repoRoot} from '../../scripts/run-cli';
import {defined} from '../support/defined';
import {DEPLOY_BASE_URL, DEPLOY_BUILD_DIR, DEPLOY_SITE_URL} from './constants';

export const buildDir = path.join(repoRoot, DEPLOY_BUILD_DIR);

export function origin(): string {
  const o = process.env.TEST_ORIGIN;
  if (!o)
    throw new Error(
      'TEST_ORIGIN unset: run through playwright.config.ts (its global setup starts nginx)',
    );
  return o;
}

/** Absolute URL of a site path given relative to baseUrl (`''` is the home page). */
export function siteUrl(relPath: string): string {
  return `${origin()}${DEPLOY_BASE_URL}${relPath.replace(/^\//, '')}`;
}

/**
 * Site paths (relative to baseUrl) listed in the build's sitemap. Read from the build
 * folder at load time so each URL gets its own test; the tests then fetch the sitemap
 * through nginx too and check it is the same list.
 */
export function sitemapPathsFromBuild(): string[] {
  const file = path.join(buildDir, 'sitemap.xml');
  if (!fs.existsSync(file)) return [];
  return parseSitemap(fs.readFileSync(file, 'utf8'));
}

export function parseSitemap(xml: string): string[] {
  const prefix = `${DEPLOY_SITE_URL}${DEPLOY_BASE_URL}`;
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, match]) => {
    const loc = defined(match, 'sitemap URL');
    if (!loc.startsWith(prefix)) throw new Error(`Sitemap URL outside ${prefix}: ${loc}`);
    return loc.slice(prefix.length);
  });
}

export interface CspReport {
  url: string;
  message: string;
}

/** Console lines Chromium prints for CSP trouble (blocked, or refused to load/execute). */
const CSP_CONSOLE =
  /Content Security Policy|Refused to (?:load|execute|apply|connect|create|frame)/i;

export async function watchCsp(page: Page, into: CspReport[]): Promise<void> {
  // Registered before any page script runs, so the theme script's check is covered too.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP_VIOLATION ${e.violatedDirective} blocked=${e.blockedURI} ` +
          `sample=${e.sample} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (msg) => {
    const text = msg.text();
    if (text.startsWith('CSP_VIOLATION') || CSP_CONSOLE.test(text)) {
      into.push({url: page.url(), message: text});
    }
  });
  page.on('worker', (worker) => {
    worker.on('console', (msg) => {
      if (CSP_CONSOLE.test(msg.text())) into.push({url: worker.url(), message: msg.text()});
    });
  });
}

export const test = base.extend<{cspReports: CspReport[]; pageErrors: string[]}>({
  cspReports: [
    async ({page}, use, testInfo) => {
      const reports: CspReport[] = [];
      await watchCsp(page, reports);
      await use(reports);
      if (reports.length > 0) {
        await testInfo.attach('csp-violations', {
          body: JSON.stringify(reports, null, 2),
          contentType: 'application/json',
        });
      }
      expect(reports, 'no CSP violation on any page this test visited').toEqual([]);
    },
    {auto: true},
  ],
  pageErrors: [
    async ({page}, use) => {
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
      await use(errors);
      expect(errors, 'no uncaught page errors').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};
