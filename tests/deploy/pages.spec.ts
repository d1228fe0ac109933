import {DEPLOY_BASE_URL} from './constants';
import {expect, parseSitemap, sitemapPathsFromBuild, siteUrl, test} from './fixtures';
import {waitForHydration} from '../e2e/helpers';

const paths = sitemapPathsFromBuild();

// The sitemap as nginx serves it: no browser needed; it lists the pages loaded below.
test('the sitemap served by nginx lists the pages of the build', async ({request}) => {
  expect(paths.length, 'build-subpath/sitemap.xml lists pages').toBeGreaterThan(0);
  const res = await request.get(siteUrl('sitemap.xml'));
  expect(res.status()).toBe(200);
  expect(parseSitemap(await res.text())).toEqual(paths);
  expect(paths).toContain('');
});

for (const p of paths) {
  // Each served page in a browser: scripts and styles from the sub-path, hydrated, no CSP error.
  test(`sitemap page ${DEPLOY_BASE_URL}${p} returns 200 and all its JS/CSS load`, async ({
    page,
  }) => {
    const assets: {url: string; status: number}[] = [];
    const failed: string[] = [];
    page.on('response', (res) => {
      const type = res.request().resourceType();
      if (type === 'script' || type === 'stylesheet')
        assets.push({url: res.url(), status: res.status()});
    });
    page.on('requestfailed', (req) => failed.push(`${req.url()} ${req.failure()?.errorText}`));

    const res = await page.goto(siteUrl(p), {waitUntil: 'load'});
    expect(res?.status(), `status of ${p}`).toBe(200);
    expect(res?.url(), 'served in place, no redirect').toBe(siteUrl(p));
    // Hydrated: React took over the server-rendered page. First, because the scripts are
    // requested after the first frame, which may come after `load`.
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');

    expect(assets.length, 'the page loads JS and CSS').toBeGreaterThan(1);
    for (const a of assets) {
      expect(new URL(a.url).pathname.startsWith(DEPLOY_BASE_URL), `${a.url} under the base`).toBe(
        true,
      );
      expect(a.status, a.url).toBe(200);
    }
    expect(failed).toEqual([]);
    await expect(page.locator('h1').first()).not.toHaveText(/Page Not Found/i);
  });
}
