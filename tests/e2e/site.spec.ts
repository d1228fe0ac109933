import {expect, test} from '@playwright/test';
import {expectNoAxeViolations} from './axe';
import {GUIDE, GUIDES_INDEX, HOME, gotoHydrated} from './helpers';

test.describe('the site', () => {
  // A real click on the home page's link: client-side navigation to the rendered guide.
  test('the home page says what the site is and leads to the guide', async ({page}) => {
    await gotoHydrated(page, HOME);
    await expect(page.getByRole('heading', {level: 1})).toContainText('Import API access tokens');
    await page.getByRole('link', {name: 'Read the access tokens guide'}).click();
    await expect(page).toHaveURL((url) => url.pathname === GUIDE);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(
      'Stitch Import API Access Tokens',
    );
  });

  // The tile as rendered, icon included, and a real click on it navigating to the guide.
  test('the guides index shows the guide as a tile', async ({page}) => {
    await gotoHydrated(page, GUIDES_INDEX);
    const tile = page
      .locator('article')
      .getByRole('link', {name: /Stitch Import API Access Tokens/});
    await expect(tile).toContainText('Manage your Stitch Import API access tokens.');
    await expect(tile.locator('svg[data-icon="todo"]')).toBeAttached();
    await tile.click();
    await expect(page).toHaveURL((url) => url.pathname === GUIDE);
  });

  // Emulated prefers-color-scheme, real toggle clicks, and the choice kept across a reload.
  test('dark mode follows the system, and the toggle switches it', async ({page}) => {
    const html = page.locator('html');
    await page.emulateMedia({colorScheme: 'dark'});
    await gotoHydrated(page, GUIDE);
    await expect(html).toHaveAttribute('data-theme', 'dark');

    await page.emulateMedia({colorScheme: 'light'});
    await gotoHydrated(page, GUIDE);
    await expect(html).toHaveAttribute('data-theme', 'light');

    // The toggle cycles system → light → dark; from a light system it reaches dark
    // within two clicks and then stays there on reload.
    const toggle = page.getByRole('button', {name: /switch between dark and light mode/i});
    for (let i = 0; i < 2 && (await html.getAttribute('data-theme')) !== 'dark'; i++) {
      await toggle.click();
    }
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
  });

  // The search plugin's index loaded in the browser, typed into, and a result clicked.
  test('search finds "revoke" and opens the guide', async ({page}) => {
    await gotoHydrated(page, HOME);
    // By label, not by role: the search plugin turns the textbox into a combobox once its
    // index loads, which can happen between the click and the typing.
    const input = page.getByRole('navigation', {name: 'Main'}).getByLabel('Search', {exact: true});
    await input.click();
    await input.fill('revoke');
    const results = page.getByRole('option');
    await expect(results.first()).toBeVisible();
    await expect(results.first()).toContainText(/revoke/i);
    await results.first().click();
    await expect(page).toHaveURL((url) => url.pathname === GUIDE);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(
      'Stitch Import API Access Tokens',
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    // The guide is analysed where its states are made: as first met, widgets mounted, in
    // llms.spec (with the copy row's message); widgets in use and dialogs open in
    // guide-widgets.spec. One analysis of that page takes seconds: not twice for one state.
    for (const [name, url] of [
      ['home', HOME],
      ['guides index', GUIDES_INDEX],
    ] as const) {
      // axe on the page as rendered in this theme: contrast and names only a browser computes.
      test(`axe: no violations on the ${name} page, ${colorScheme} theme`, async ({page}) => {
        await page.emulateMedia({colorScheme});
        await gotoHydrated(page, url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        await expectNoAxeViolations(page, `${name} page`);
      });
    }
  }
});
