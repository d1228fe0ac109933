import fs from 'node:fs';
import path from 'node:path';
import {DEPLOY_BASE_URL, GUIDE_PATH, OLD_GUIDE_PATH} from './constants';
import {defined} from '../support/defined';
import {buildDir, expect, origin, siteUrl, test} from './fixtures';

// The old URL's redirect under nginx as a browser follows it, to the rendered guide.
test("the guide's old URL redirects to the guide under the sub-path", async ({page}) => {
  await page.goto(siteUrl(OLD_GUIDE_PATH));
  await page.waitForURL(siteUrl(GUIDE_PATH));
  await expect(page.locator('article h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
});

// Query and hash kept through the served redirect: the hash lives only in the browser.
test('the old URL keeps its query and hash on the way', async ({page}) => {
  await page.goto(`${siteUrl(OLD_GUIDE_PATH)}?from=bookmark#rotate-your-api-access-tokens`);
  await page.waitForURL(`${siteUrl(GUIDE_PATH)}?from=bookmark#rotate-your-api-access-tokens`);
});

// The served 404 page in a browser: its navbar rendered, its assets loading from the sub-path.
test("a missing page gets status 404 and the site's own 404 page", async ({page}) => {
  const built404 = fs.readFileSync(path.join(buildDir, '404.html'), 'utf8');
  const heading = /<h1[^>]*>(.*?)<\/h1>/s
    .exec(built404)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();
  expect(heading, "the build's 404.html has an h1").toBeTruthy();

  const res = await page.goto(siteUrl('no/such/page/'));
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1').first()).toHaveText(
    defined(heading, "h1 in the build's 404.html"),
  );
  // The site's chrome (navbar) is there and its assets load from the sub-path.
  await expect(page.locator('nav.navbar')).toBeVisible();
  await page.waitForLoadState('networkidle');
});

// A missing asset's status as nginx sends it: no browser needed, kept beside the deploy checks.
test('a missing asset is a 404 too, not the HTML of another page', async ({request}) => {
  const res = await request.get(siteUrl('assets/js/does-not-exist.js'));
  expect(res.status()).toBe(404);
});

// nginx's slash redirects as sent: no browser needed, kept beside the other deploy checks.
test('no trailing-slash redirect loops', async ({request}) => {
  // The sub-path without its slash: one relative redirect to the slash form.
  const bare = await request.get(`${origin()}${DEPLOY_BASE_URL.slice(0, -1)}`, {maxRedirects: 0});
  expect(bare.status()).toBe(301);
  expect(bare.headers().location).toBe(DEPLOY_BASE_URL);

  // A page with and without its slash is served directly: no redirect at all.
  for (const url of [siteUrl(GUIDE_PATH), siteUrl(GUIDE_PATH.replace(/\/$/, ''))]) {
    const res = await request.get(url, {maxRedirects: 0});
    expect(res.status(), url).toBe(200);
    expect(await res.text()).toContain('<h1');
  }

  // A directory that exists but has no page (assets/js/) gives 404, not a loop.
  const dir = await request.get(siteUrl('assets/js'), {maxRedirects: 5});
  expect([403, 404]).toContain(dir.status());
});
