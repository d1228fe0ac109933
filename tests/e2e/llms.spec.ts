import {expect, test, type Page} from '@playwright/test';
import {expectNoAxeViolations} from './axe';
import {GUIDE, HOME, gotoHydrated, mountWidgets, sitePath} from './helpers';

/*
 * "Copy page as Markdown" on a doc page, in the browser: the clipboard, the announcement,
 * the fallback link, the keyboard, and what the row does to the page around it.
 */

const GUIDE_MD = sitePath('developers/import-api/guides/import-api-access-tokens.md');
const TITLE = 'Stitch Import API Access Tokens';

test.use({permissions: ['clipboard-read', 'clipboard-write']});

const copyButton = (page: Page) => page.getByRole('button', {name: 'Copy page as Markdown'});
/** The row's own live region (the guide's widgets have theirs). */
const copyStatus = (page: Page) => copyButton(page).locator('..').getByRole('status');
const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** Serves a 404 for the guide's .md: the copy fails as on a host that does not serve it. */
const breakMarkdown = (page: Page) =>
  page.route(`**${GUIDE_MD}`, (route) => route.fulfill({status: 404, body: 'Not found'}));

test.describe('copy page as Markdown', () => {
  // A real click writing the real clipboard, and the row's live status announcing it.
  test('puts the guide’s Markdown on the clipboard and announces it', async ({page}) => {
    await gotoHydrated(page, GUIDE);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await copyButton(page).click();
    await expect(copyStatus(page)).toHaveText('Copied the page as Markdown.');
    const markdown = await clipboardText(page);
    expect(markdown.startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(markdown).toContain('\n## API access tokens and integrations\n');
    expect(markdown).not.toContain('<TokenMethods');
  });

  // Shift+Tab focus, the drawn outline and the targets' laid-out size: only a browser shows.
  test('works from the keyboard, with a visible focus and targets of at least 24 px', async ({
    page,
  }) => {
    await gotoHydrated(page, GUIDE);
    const view = page.getByRole('link', {name: 'View as Markdown'});
    await view.focus();
    await page.keyboard.press('Shift+Tab');
    await expect(copyButton(page)).toBeFocused();
    const outline = await copyButton(page).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(copyStatus(page)).toHaveText('Copied the page as Markdown.');
    expect((await clipboardText(page)).startsWith(`# ${TITLE}\n`)).toBe(true);

    for (const target of [copyButton(page), view]) {
      const box = await target.boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(24);
      expect(box!.height).toBeGreaterThanOrEqual(24);
    }
  });

  // The hydrated page's link, its href fetched from the served site: the .md is really there.
  test('"View as Markdown" opens the page’s .md file', async ({page}) => {
    await gotoHydrated(page, GUIDE);
    const href = await page.getByRole('link', {name: 'View as Markdown'}).getAttribute('href');
    expect(href).toBe(GUIDE_MD);
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect((await response.text()).startsWith(`# ${TITLE}\n`)).toBe(true);
  });

  // A fetch failing in the page (routed 404) after a real click, and the fallback link shown.
  test('says when it cannot copy, with a link to open the Markdown', async ({page}) => {
    await breakMarkdown(page);
    await gotoHydrated(page, GUIDE);
    await copyButton(page).click();
    const status = copyStatus(page);
    await expect(status).toHaveText('Could not copy: open the Markdown.');
    await expect(status.getByRole('link', {name: 'open the Markdown'})).toHaveAttribute(
      'href',
      GUIDE_MD,
    );
  });

  for (const width of [360, 1280]) {
    // Layout at this width: the status message does not shift the title down the page.
    test(`a status message does not move the page, ${width} px wide`, async ({page}) => {
      await page.setViewportSize({width, height: 800});
      await breakMarkdown(page);
      await gotoHydrated(page, GUIDE);
      const titleTop = () =>
        page.getByRole('heading', {level: 1}).evaluate((el) => (el as HTMLElement).offsetTop);
      const before = await titleTop();
      await copyButton(page).click();
      await expect(copyStatus(page)).toContainText('Could not copy');
      expect(await titleTop()).toBe(before);
    });
  }

  // The home page as rendered and hydrated in a browser: no copy row on it.
  test('is not on the home page', async ({page}) => {
    await gotoHydrated(page, HOME);
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    await expect(copyButton(page)).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    // axe on the rendered guide in this theme: contrast, names and roles as the browser computes.
    // The guide as a reader first meets it (widgets mounted, nothing done yet), with the
    // copy row's fallback message: site.spec leaves the guide to this test and guide-widgets.
    test(`axe: no violations on the guide with the button and its message, ${colorScheme} theme`, async ({
      page,
    }) => {
      await page.emulateMedia({colorScheme});
      await breakMarkdown(page);
      await gotoHydrated(page, GUIDE);
      await mountWidgets(page);
      await copyButton(page).click();
      await expect(copyStatus(page).getByRole('link')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expectNoAxeViolations(page, 'guide with the copy message');
    });
  }
});
