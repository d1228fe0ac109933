import fs from 'node:fs';
import path from 'node:path';
import {parseHeaders, renderForBuild} from '../../scripts/csp-hashes';
import {DEPLOY_BASE_URL, GUIDE_PATH} from './constants';
import {defined} from '../support/defined';
import {buildDir, expect, siteUrl, test} from './fixtures';

const SECURITY = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'permissions-policy',
];

async function firstAsset(
  request: import('@playwright/test').APIRequestContext,
  ext: 'js' | 'css',
): Promise<string> {
  const html = await (await request.get(siteUrl(''))).text();
  // In an attribute (the stylesheet) or in the script loader's list (src/config/ssr-template.ts).
  const m = new RegExp(`["'=](${DEPLOY_BASE_URL}assets/[^"'\\s>]+\\.${ext})`).exec(html);
  expect(m, `home page references a .${ext} asset`).not.toBeNull();
  return defined(m?.[1], `.${ext} asset path`);
}

// The security headers as nginx sends them: no browser needed, kept beside the deploy checks.
test('pages, assets and the 404 page all carry the security headers', async ({request}) => {
  const js = await firstAsset(request, 'js');
  const targets = [
    siteUrl(''),
    siteUrl(GUIDE_PATH),
    `${new URL(siteUrl('')).origin}${js}`,
    siteUrl('missing/'),
  ];
  for (const url of targets) {
    const res = await request.get(url);
    const h = res.headers();
    for (const name of SECURITY) expect(h[name], `${name} on ${url}`).toBeTruthy();
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  }
});

// The CSP header as nginx sends it: no browser needed (the fixtures catch violations in pages).
test('the CSP allows scripts by hash only: no unsafe-inline or unsafe-eval for scripts', async ({
  request,
}) => {
  const csp = (await request.get(siteUrl(''))).headers()['content-security-policy'];
  const directives = Object.fromEntries(
    defined(csp, 'content-security-policy header')
      .split(';')
      .map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
  );
  expect(directives['script-src']).toContain("'self'");
  expect(directives['script-src']).not.toContain("'unsafe-inline'");
  expect(directives['script-src']).not.toContain("'unsafe-eval'");
  expect(directives['script-src'].some((v: string) => v.startsWith("'sha256-"))).toBe(true);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(directives['base-uri']).toEqual(["'self'"]);
});

// nginx's policy against the build's fresh hashes and _headers: no browser needed.
test('nginx and the generated _headers send the same policy, with the build’s current hashes', async ({
  request,
}) => {
  // Recomputed from the HTML now: a stale hash list cannot pass.
  const fresh = renderForBuild(buildDir);
  const served = (await request.get(siteUrl(''))).headers();
  expect(served['content-security-policy']).toBe(fresh.csp);
  for (const h of fresh.scan.hashes) expect(fresh.csp).toContain(h);

  // build-subpath/_headers (what Netlify/Cloudflare would read) = deploy/_headers rendered.
  const written = fs.readFileSync(path.join(buildDir, '_headers'), 'utf8');
  expect(written).toBe(fresh.text);
  const all = parseHeaders(written).find((r) => r.path === `${DEPLOY_BASE_URL}*`);
  for (const [name, value] of all!.headers) {
    expect(served[name.toLowerCase()], `${name} served by nginx as in _headers`).toBe(value);
  }
  const assets = parseHeaders(written).find((r) => r.path === `${DEPLOY_BASE_URL}assets/*`);
  expect(assets?.headers).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
});

// Cache and gzip headers as nginx sends them: no browser needed, kept beside the deploy checks.
test('hashed assets are cached for a year, HTML revalidates, text is gzipped', async ({
  request,
}) => {
  for (const ext of ['js', 'css'] as const) {
    const asset = await firstAsset(request, ext);
    const res = await request.get(`${new URL(siteUrl('')).origin}${asset}`, {
      headers: {'Accept-Encoding': 'gzip'},
    });
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers()['content-encoding'], `${asset} gzipped`).toBe('gzip');
  }
  const html = await request.get(siteUrl(GUIDE_PATH), {headers: {'Accept-Encoding': 'gzip'}});
  expect(html.headers()['cache-control']).toBe('no-cache');
  expect(html.headers()['content-encoding']).toBe('gzip');
  expect(html.headers()['content-type']).toMatch(/^text\/html/);

  // The host-only _headers file is not served.
  expect((await request.get(siteUrl('_headers'))).status()).toBe(404);
});
