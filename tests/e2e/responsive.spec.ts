import type {Page} from '@playwright/test';
import {GUIDE, HOME, gotoHydrated, mountWidgets} from './helpers';
import {copyAndClose, expect, test} from './sandbox-helpers';

const WIDTH = 360;

/** A long name, so that its schema is a long word with no break in it. */
const LONG_NAME = 'Customer records for the European Union region';

test.use({viewport: {width: WIDTH, height: 800}});

/** The page never scrolls sideways: whatever is wide scrolls inside itself. */
async function expectNoSidewaysScroll(page: Page, when: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {message: when})
    .toBeLessThanOrEqual(WIDTH);
}

// Layout at 360 px as the browser computes it: the page never scrolls sideways.
test.describe(`at ${WIDTH} px wide`, () => {
  test('the home page does not scroll sideways', async ({page}) => {
    await gotoHydrated(page, HOME);
    await expect(page.getByRole('link', {name: 'Read the access tokens guide'})).toBeVisible();
    await expectNoSidewaysScroll(page, 'home page');
  });

  test('the guide does not scroll sideways, with its widgets in use', async ({page}) => {
    await gotoHydrated(page, GUIDE);
    await mountWidgets(page);
    await expect(page.locator('[data-sandbox-shell] [data-ready="true"]')).toHaveCount(6);
    const connect = page.getByRole('region', {
      name: 'Connect API console (simulated), generate a token',
      exact: true,
    });
    await expect(connect.locator('code', {hasText: 'curl -sS'})).toBeVisible();
    await expectNoSidewaysScroll(page, 'widgets rendered, curl shown');

    const demo = page.getByRole('region', {name: 'Token scope demo', exact: true});
    await demo.getByRole('button', {name: 'Create Customer Records and Orders'}).click();
    await demo.getByRole('button', {name: 'Push with the Orders token'}).click();
    const web = page.getByRole('region', {
      name: 'Stitch web app (simulated): generate a token',
      exact: true,
    });
    await web.getByRole('button', {name: 'Add Integration'}).click();
    await web.getByRole('button', {name: 'Import API'}).click();
    await web.getByLabel('Integration name').fill(LONG_NAME);
    await web.getByRole('button', {name: 'Save and Generate Token'}).click();
    await expectNoSidewaysScroll(page, 'token reveal open');
    await copyAndClose(page);

    await connect.getByRole('button', {name: 'Send request'}).click();
    await expect(connect.getByRole('status')).not.toBeEmpty();
    await expect(connect.getByText('Response body')).toBeVisible();
    await expectNoSidewaysScroll(page, 'token tables, console response and curl shown');
  });
  // The sandbox page: tests/e2e/workspace-layout.spec.ts, at seven widths.
});
