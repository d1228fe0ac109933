import {expect, test, type Page} from '@playwright/test';
import {GUIDE, gotoHydrated} from './helpers';

/** The rotation script's tabs, in this site's section of the guide. */
const scriptTabs = (page: Page) =>
  page.locator('#rotate-with-the-connect-api ~ div .tabs-container').first();

test.describe('the rotation script in the reader’s language', () => {
  test('a ?lang= link opens the script in that language', async ({page}) => {
    await gotoHydrated(page, `${GUIDE}?lang=go`);
    const tabs = scriptTabs(page);
    await expect(tabs.getByRole('tab', {name: 'Go'})).toHaveAttribute('aria-selected', 'true');
    await expect(tabs.getByRole('tabpanel')).toContainText('package main');
  });

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

  test('the script is highlighted, with a copy button, once it is in view', async ({page}) => {
    await gotoHydrated(page, GUIDE);
    const panel = scriptTabs(page).getByRole('tabpanel');
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.locator('pre.prism-code .token.keyword').first()).toBeVisible();
    await expect(panel.getByRole('button', {name: /copy/i})).toHaveCount(1);
    await expect(panel).toContainText('rotate_token.py');
  });
});
