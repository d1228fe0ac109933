import {expect, type Page} from '@playwright/test';
import {normalizeBaseUrl} from '../../src/config/base-url';

/** The baseUrl the build was made with (same env var as docusaurus.config.ts). */
export const BASE_URL = normalizeBaseUrl(process.env.BASE_URL);

/** A site path (`developers/…/`) as a URL path under baseUrl. */
export function sitePath(path: string): string {
  return `${BASE_URL}${path.replace(/^\/+/, '')}`;
}

export const GUIDE = sitePath('developers/import-api/guides/import-api-access-tokens/');
export const GUIDES_INDEX = sitePath('developers/import-api/guides/');
export const HOME = sitePath('');
export const OLD_GUIDE_URL = sitePath('integrations/import-api/revoking-an-api-access-token/');

/** The seed's anchors, in page order. */
export const SEED_ANCHORS = [
  'access-tokens-integrations',
  'generate-import-api-access-token',
  'generate-token-stitch-web-app',
  'generate-token-via-the-connect-api',
  'secure-your-api-access-tokens',
  'rotate-your-api-access-tokens',
  'revoke-import-api-access-token',
  'revoke-token-stitch-web-app',
  'revoke-token-via-the-connect-api',
] as const;

/** The page's anchors, in order: the seed's, with this site's rotation script section. */
export const PAGE_ANCHORS = [
  ...SEED_ANCHORS.slice(0, SEED_ANCHORS.indexOf('rotate-your-api-access-tokens') + 1),
  'rotate-with-the-connect-api',
  ...SEED_ANCHORS.slice(SEED_ANCHORS.indexOf('revoke-import-api-access-token')),
];

/** Docusaurus sets `data-has-hydrated` on <html> once React has taken over the page. */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
}

/**
 * Scrolls each sandbox widget of the page into view, top to bottom, as a reader would, and
 * waits until it has mounted (the guide fetches its widgets' code only when a reader nears
 * one: GuideWidgets), then goes back to the top of the page.
 */
export async function mountWidgets(page: Page): Promise<void> {
  const shells = page.locator('[data-sandbox-shell]');
  const count = await shells.count();
  for (let i = 0; i < count; i++) {
    await shells.nth(i).scrollIntoViewIfNeeded();
    await expect(shells.nth(i).locator('[data-ready="true"]')).toHaveCount(1);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
