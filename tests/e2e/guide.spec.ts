import {expect, test} from '@playwright/test';
import {GUIDE, OLD_GUIDE_URL, PAGE_ANCHORS, SEED_ANCHORS, gotoHydrated} from './helpers';

test.describe('the access-tokens guide', () => {
  // The built guide as a browser renders it: title, headings and pictures visible, hydrated.
  test('renders the port: title, intro, sections and pictures', async ({page}) => {
    await gotoHydrated(page, GUIDE);
    await expect(page).toHaveTitle(/Stitch Import API Access Tokens/);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(
      'Stitch Import API Access Tokens',
    );
    await expect(page.locator('article .guide-summary')).toContainText(
      "A valid API access token is required to use Stitch's Import API.",
    );
    for (const id of SEED_ANCHORS) {
      await expect(page.locator(`article [id="${id}"]`)).toBeVisible();
    }
    await expect(page.locator('article .theme-admonition-note')).toHaveCount(2);
    await expect(
      page.getByRole('img', {name: /generating an Import API access token/}),
    ).toBeVisible();
    await expect(
      page.getByRole('img', {name: /revoking an Import API access token/}),
    ).toBeVisible();
  });

  // Real clicks on the desktop TOC, each section scrolled into the viewport.
  test('each table-of-contents link jumps to its section', async ({page}) => {
    await gotoHydrated(page, GUIDE);
    const toc = page.locator('.theme-doc-toc-desktop');
    await expect(toc.locator('a')).toHaveCount(PAGE_ANCHORS.length);
    // Bottom to top, so that each jump really scrolls.
    for (const id of [...PAGE_ANCHORS].reverse()) {
      await toc.locator(`a[href="#${id}"]`).click();
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    }
  });

  // Real clicks on in-prose anchor links, each section scrolled into the viewport.
  test('the "two ways" lists jump to their own sections', async ({page}) => {
    await gotoHydrated(page, GUIDE);
    for (const action of ['generate', 'revoke']) {
      const id = `${action}-token-via-the-connect-api`;
      await page.locator(`article .theme-doc-markdown a[href="#${id}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    }
  });

  // The old URL's redirect as a browser follows it, landing on the rendered guide.
  test('the old Stitch URL lands on the guide', async ({page}) => {
    await page.goto(OLD_GUIDE_URL);
    await page.waitForURL((url) => url.pathname === GUIDE);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(
      'Stitch Import API Access Tokens',
    );
  });

  // The anchor kept through the redirect a browser follows: a hash never reaches the server.
  test('the old URL keeps its anchor through the redirect', async ({page}) => {
    await page.goto(`${OLD_GUIDE_URL}#rotate-your-api-access-tokens`);
    await page.waitForURL((url) => url.pathname === GUIDE);
    expect(new URL(page.url()).hash).toBe('#rotate-your-api-access-tokens');
  });
});
