import {renderForBuild} from '../../scripts/csp-hashes';
import {DEPLOY_BASE_URL, DEPLOY_SITE_URL, GUIDE_PATH} from './constants';
import {defined} from '../support/defined';
import {buildDir, expect, siteUrl, test} from './fixtures';
import {waitForHydration} from '../e2e/helpers';

/*
 * llms.txt and the pages' .md files through nginx: served as UTF-8 text (not a download,
 * not mojibake), compressed, with the site's headers; and the copy button's fetch passes
 * the CSP (`connect-src 'self'`; the fixtures fail the test on any violation).
 */

/** The build's absolute URLs name the real site; requests go to the local nginx. */
const local = (url: string) => siteUrl(url.slice(`${DEPLOY_SITE_URL}${DEPLOY_BASE_URL}`.length));

// Types, gzip and headers of llms.txt and the .md files as nginx sends them: no browser needed.
test('llms.txt and every .md it links are served as UTF-8 text, gzipped, with the headers', async ({
  request,
}) => {
  const res = await request.get(siteUrl('llms.txt'), {headers: {'Accept-Encoding': 'gzip'}});
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(res.headers()['content-encoding']).toBe('gzip');
  expect(res.headers()['content-security-policy']).toBeTruthy();
  const text = await res.text();
  expect(text).toContain('Stitch’s'); // decoded as UTF-8

  const markdownLinks = [...text.matchAll(/\]\((\S+\.md)\)/g)].map((m) =>
    defined(m[1], 'link target'),
  );
  expect(markdownLinks.length).toBeGreaterThanOrEqual(3);
  for (const url of markdownLinks) {
    expect(url.startsWith(`${DEPLOY_SITE_URL}${DEPLOY_BASE_URL}`), url).toBe(true);
    const md = await request.get(local(url), {headers: {'Accept-Encoding': 'gzip'}});
    expect(md.status(), url).toBe(200);
    expect(md.headers()['content-type'], url).toBe('text/markdown; charset=utf-8');
    expect(md.headers()['cache-control'], url).toBe('no-cache');
    expect(md.headers()['x-content-type-options'], url).toBe('nosniff');
    expect(await md.text()).toMatch(/^# \S/);
  }
});

// _headers against the types nginx sends: no browser needed, kept beside the deploy checks.
test('the generated _headers gives the .md and .txt files the UTF-8 type nginx sends', async ({
  request,
}) => {
  const {rules} = renderForBuild(buildDir);
  const typeFor = (pattern: string) =>
    rules
      .find((r) => r.path === `${DEPLOY_BASE_URL}${pattern}`)
      ?.headers.find(([name]) => name === 'Content-Type')?.[1];
  const files = {
    '*.md': 'developers/import-api/guides/import-api-access-tokens.md',
    '*.txt': 'llms-full.txt',
  };
  for (const [pattern, file] of Object.entries(files)) {
    const served = (await request.get(siteUrl(file))).headers()['content-type'];
    expect(served, file).toMatch(/; charset=utf-8$/);
    expect(typeFor(pattern), `_headers rule ${pattern}`).toBe(served);
  }
});

// The .md 404 as nginx sends it: no browser needed, kept beside the other deploy checks.
test('a missing .md answers the site’s 404', async ({request}) => {
  const res = await request.get(siteUrl('developers/no-such-page.md'));
  expect(res.status()).toBe(404);
  expect(await res.text()).toMatch(/Page Not Found/i);
});

// The copy button's fetch under the served CSP and a real clipboard: only a browser enforces CSP.
test('"Copy page as Markdown" works under the CSP', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(siteUrl('')).origin,
  });
  await page.goto(siteUrl(GUIDE_PATH));
  await waitForHydration(page);
  const button = page.getByRole('button', {name: 'Copy page as Markdown'});
  await button.click();
  await expect(button.locator('..').getByRole('status')).toHaveText('Copied the page as Markdown.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('# Stitch Import API Access Tokens\n')).toBe(true);
  expect(copied).toContain(`Source: ${DEPLOY_SITE_URL}${DEPLOY_BASE_URL}${GUIDE_PATH}`);
});
