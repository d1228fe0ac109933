/**
 * The security headers go out on every response the nginx recipe serves, not only on pages
 * and assets: nginx's own redirects, answers outside the sub-path, error pages, requests it
 * refuses before picking a location. And the recipe serves nothing but the site: no
 * dot-files, no directories of the host.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {APIResponse} from '@playwright/test';
import {DEPLOY_BASE_URL} from './constants';
import {defined} from '../support/defined';
import {buildDir, expect, origin, siteUrl, test} from './fixtures';

/** deploy/_headers' `{{BASE_URL}}*` rule, as rendered for this build (names in lower case). */
function securityHeaders(): [string, string][] {
  const confDir = process.env.TEST_NGINX_CONF_DIR;
  if (!confDir) throw new Error('TEST_NGINX_CONF_DIR unset: run through playwright.config.ts');
  const conf = fs.readFileSync(path.join(confDir, 'security-headers.conf'), 'utf8');
  const headers = [...conf.matchAll(/^add_header (\S+) "(.*)" always;$/gm)].map(
    ([, name, value]): [string, string] => [defined(name).toLowerCase(), defined(value)],
  );
  expect(headers.length, 'security-headers.conf lists the headers').toBeGreaterThanOrEqual(6);
  return headers;
}

function expectSecurityHeaders(headers: Record<string, string>, what: string): void {
  for (const [name, value] of securityHeaders()) {
    expect(headers[name], `${name} on ${what}`).toBe(value);
  }
}

/** The h1 of the build's own 404.html (what "the site's 404 page" says). */
function notFoundHeading(): string {
  const html = fs.readFileSync(path.join(buildDir, '404.html'), 'utf8');
  const h1 = /<h1[^>]*>(.*?)<\/h1>/s
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();
  expect(h1, "the build's 404.html has an h1").toBeTruthy();
  return defined(h1, "h1 in the build's 404.html");
}

async function expectSiteNotFound(res: APIResponse, what: string): Promise<void> {
  expect(res.status(), `status of ${what}`).toBe(404);
  expectSecurityHeaders(res.headers(), what);
  expect(await res.text(), `${what} is the site's own 404 page`).toContain(notFoundHeading());
}

// nginx's 301 and its headers as sent: no browser needed, kept beside the other deploy checks.
test('the sub-path without its slash: a redirect that carries the headers', async ({request}) => {
  const bare = `${origin()}${DEPLOY_BASE_URL.slice(0, -1)}`;
  const res = await request.get(bare, {maxRedirects: 0});
  expect(res.status()).toBe(301);
  expect(res.headers().location).toBe(DEPLOY_BASE_URL);
  expectSecurityHeaders(res.headers(), bare);
});

// The host root's 404 as nginx sends it: no browser needed, kept beside the other deploy checks.
test("the host root answers 404 with the site's 404 page and the headers", async ({request}) => {
  // The recipe serves the docs under the sub-path and nothing else: the host root is not a
  // page of the site (nor a directory listing to refuse).
  const res = await request.get(`${origin()}/`, {maxRedirects: 0});
  await expectSiteNotFound(res, '/');
  expect(res.headers()['cache-control']).toBe('no-cache');
});

// nginx's 404s in and outside the sub-path as sent: no browser needed, a served-deploy check.
test("paths outside the sub-path answer 404 with the site's 404 page and the headers", async ({
  request,
}) => {
  // The sub-path's parent exists as a directory on the host (/var/www/acme/): nginx must not
  // redirect to it or refuse to list it, both without headers.
  const parent = DEPLOY_BASE_URL.replace(/[^/]+\/$/, '');
  for (const p of [parent, parent.slice(0, -1), '/elsewhere/page/', '/robots.txt']) {
    await expectSiteNotFound(await request.get(`${origin()}${p}`, {maxRedirects: 0}), p);
  }
  // Inside the sub-path, a missing page and a folder that has no page.
  for (const p of ['missing/', 'img/', 'assets/js/']) {
    await expectSiteNotFound(await request.get(siteUrl(p), {maxRedirects: 0}), p);
  }
});

// What nginx refuses to serve, as sent: no browser needed, kept beside the other deploy checks.
test('dot-files are not served: 404 with the headers', async ({request}) => {
  // static/.nojekyll is in the build (for GitHub Pages): a host-only file, like _headers.
  expect(fs.existsSync(path.join(buildDir, '.nojekyll')), 'the build has .nojekyll').toBe(true);
  for (const p of ['.nojekyll', '.git/config', 'assets/.hidden', '_headers']) {
    await expectSiteNotFound(await request.get(siteUrl(p), {maxRedirects: 0}), p);
  }
  // A dot-file that is also Markdown: the .md location must not serve it.
  const draft = path.join(buildDir, 'developers', '.draft.md');
  fs.writeFileSync(draft, '# not the site\n');
  try {
    await expectSiteNotFound(await request.get(siteUrl('developers/.draft.md')), '.draft.md');
  } finally {
    fs.rmSync(draft);
  }
});

// nginx's 400 to a raw HTTP request, headers as sent: no browser needed, a served-deploy check.
test('a request nginx refuses before choosing a location (400) carries the headers', async () => {
  // A bad percent-escape: Playwright's request client would normalise it, so a raw request.
  const url = new URL(origin());
  const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const req = http.get({host: url.hostname, port: url.port, path: `${DEPLOY_BASE_URL}%zz`});
    req.on('response', resolve).on('error', reject);
  });
  res.resume();
  expect(res.statusCode).toBe(400);
  expectSecurityHeaders(res.headers as Record<string, string>, 'a 400');
});

// The rendered nginx config read as text: no server or browser, a unit test in all but place.
test('every location that sets its own headers also sets the security headers', () => {
  // nginx drops the server's add_header lines in a location that has any of its own: each
  // such location must include the security headers again.
  const confDir = defined(process.env.TEST_NGINX_CONF_DIR, 'TEST_NGINX_CONF_DIR');
  const conf = fs.readFileSync(path.join(confDir, 'docs.conf'), 'utf8').replace(/#.*$/gm, '');
  const include = `include ${path.join(confDir, 'security-headers.conf')};`;
  const server = conf.replace(/location [^{]+\{[^}]*\}/g, '');
  expect(server, 'the server block sends the headers').toContain(include);
  const locations = [...conf.matchAll(/location ([^{]+)\{([^}]*)\}/g)];
  expect(locations.length).toBeGreaterThan(3);
  for (const [, where, body] of locations) {
    if (defined(body).includes('add_header')) {
      expect(body, `location ${defined(where).trim()}`).toContain(include);
    }
  }
});
