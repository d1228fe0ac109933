import {DEPLOY_BASE_URL} from './constants';
import {expect, siteUrl, test} from './fixtures';
import {waitForHydration} from '../e2e/helpers';

// Search in a browser under the sub-path: its web worker fetching the index, a result clicked.
test('search works under the sub-path: "revoke" finds the guide and a click opens it', async ({
  page,
}) => {
  const workerScripts: string[] = [];
  page.on('worker', (w) => workerScripts.push(w.url()));
  const indexRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('search-index')) indexRequests.push(r.url());
  });

  await page.goto(siteUrl(''));
  await waitForHydration(page);

  const input = page
    .getByRole('searchbox', {name: 'Search'})
    .or(page.getByLabel('Search', {exact: true}));
  await input.first().click();
  await input.first().fill('revoke');

  const option = page
    .locator('.navbar__search [role="option"]')
    .filter({hasText: /revok/i})
    .first();
  await expect(option).toBeVisible({timeout: 15_000});
  await option.click();

  await expect(page).toHaveURL(new RegExp(`^${siteUrl('').replace(/[.?]/g, '\\$&')}developers/`));
  await expect(page.locator('article')).toContainText(/revok/i);

  // The index came from the sub-path, fetched by the search web worker (same origin).
  expect(indexRequests.length).toBeGreaterThan(0);
  for (const u of indexRequests) expect(new URL(u).pathname.startsWith(DEPLOY_BASE_URL)).toBe(true);
  expect(
    workerScripts.some((u) => new URL(u).pathname.startsWith(`${DEPLOY_BASE_URL}assets/js/`)),
  ).toBe(true);
});
