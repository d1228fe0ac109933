import fs from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {BASE_URL, GUIDE, gotoHydrated} from './helpers';

/** The rotation script's tabs, in this site's section of the guide. */
const scriptTabs = (page: Page) =>
  page.locator('#rotate-with-the-connect-api ~ div .tabs-container').first();

test.describe('the rotation script in the reader’s language', () => {
  // The ?lang= query read by the hydrated page: the tab selected in the browser.
  test('a ?lang= link opens the script in that language', async ({page}) => {
    await gotoHydrated(page, `${GUIDE}?lang=go`);
    const tabs = scriptTabs(page);
    await expect(tabs.getByRole('tab', {name: 'Go'})).toHaveAttribute('aria-selected', 'true');
    await expect(tabs.getByRole('tabpanel')).toContainText('package main');
  });

  // A real tab click: the URL updated, and the choice remembered across a new page load.
  test('the chosen language is remembered and put in the URL', async ({page}) => {
    await gotoHydrated(page, GUIDE);
    const tabs = scriptTabs(page);
    await expect(tabs.getByRole('tab', {name: 'Python'})).toHaveAttribute('aria-selected', 'true');
    await tabs.getByRole('tab', {name: 'JavaScript'}).click();
    await expect(page).toHaveURL(/[?&]lang=javascript/);
    await expect(tabs.getByRole('tabpanel')).toContainText('#!/usr/bin/env node');

    await gotoHydrated(page, GUIDE);
    await expect(scriptTabs(page).getByRole('tab', {name: 'JavaScript'})).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  // Highlighting loaded once the script scrolls into view: lazy loading only a browser runs.
  test('the script is highlighted, with a copy button, once it is in view', async ({page}) => {
    await gotoHydrated(page, GUIDE);
    const panel = scriptTabs(page).getByRole('tabpanel');
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.locator('pre.prism-code .token.keyword').first()).toBeVisible();
    await expect(panel.getByRole('button', {name: /copy code/i})).toHaveCount(1);
    await expect(panel).toContainText('rotate_token.py');
  });
});

/** A script file as the repository holds it. */
const scriptFile = (name: string) => fs.readFileSync(path.join('static/rotation', name), 'utf8');

test.describe('the rotation script, collapsed', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});

  // Collapsed height in laid-out lines, the focus ring, Enter and Space: only a browser shows.
  test('shows its first lines only, and the whole file by keyboard', async ({page}) => {
    await page.setViewportSize({width: 1440, height: 900});
    await gotoHydrated(page, GUIDE);
    const panel = scriptTabs(page).getByRole('tabpanel');
    const toggle = panel.locator('button[aria-controls]');
    await expect(toggle).toHaveText(/^Show the whole script \(\d+ lines\)$/);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // Highlighting swaps the code's DOM when it comes due: let it settle before the keys.
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.locator('.token-line').first()).toBeVisible();
    const code = panel.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
    const lineHeight = await panel
      .locator('pre')
      .evaluate((pre) => parseFloat(getComputedStyle(pre).lineHeight));
    const collapsed = (await code.boundingBox())!.height;
    // The section (tabs, first lines, buttons) is no taller than ~25 lines of code.
    expect((await panel.boundingBox())!.height).toBeLessThanOrEqual(25 * lineHeight);

    await toggle.focus();
    await expect(toggle).toBeFocused();
    // Focused from the keyboard, the button shows its ring.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    expect(await toggle.evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveText('Show the first lines only');
    const lines = scriptFile('rotate_token.py').trimEnd().split('\n').length;
    await expect
      .poll(async () => (await code.boundingBox())!.height)
      .toBeGreaterThan(Math.max(collapsed * 3, lines * lineHeight * 0.9));
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  // A real download from a click on the link, byte for byte the repository's file.
  test('downloads the exact file under the base URL', async ({page}) => {
    await gotoHydrated(page, GUIDE);
    const link = scriptTabs(page).getByRole('link', {name: 'Download rotate_token.py'});
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe(`${BASE_URL}rotation/rotate_token.py`);
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect((await response.body()).equals(fs.readFileSync('static/rotation/rotate_token.py'))).toBe(
      true,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('rotate_token.py');
    expect(fs.readFileSync((await download.path())!, 'utf8')).toBe(scriptFile('rotate_token.py'));
  });

  // A real click on the theme's copy button: the real clipboard holds the whole file.
  test('the copy button copies the whole file, not the lines shown', async ({page}) => {
    await gotoHydrated(page, `${GUIDE}?lang=go`);
    const panel = scriptTabs(page).getByRole('tabpanel');
    await panel.scrollIntoViewIfNeeded();
    const copy = panel.getByRole('button', {name: /copy code/i});
    await copy.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      // The theme's code block leaves out the file's final newline, nothing else.
      .toBe(scriptFile('rotate_token.go').replace(/\n$/, ''));
  });
});
