/**
 * What the browser fetches for a page, measured in the browser (Playwright response
 * events), not read from the HTML: route chunks, lazy chunks and prefetches included.
 * Gzip sizes are computed on the bodies (level 6, nginx's and most CDNs' default range).
 */
import type {Browser} from '@playwright/test';
import zlib from 'node:zlib';

export interface Fetched {
  url: string;
  path: string;
  resourceType: string;
  kind: 'js' | 'css' | 'html' | 'other';
  status: number;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  name: string;
  url: string;
  status: number;
  files: Fetched[];
  js: {raw: number; gzip: number; count: number};
  css: {raw: number; gzip: number; count: number};
  /** JS + CSS, the budgeted figure. */
  jsCss: {raw: number; gzip: number; count: number};
  all: {raw: number; gzip: number; count: number};
}

function kindOf(pathname: string, contentType: string): Fetched['kind'] {
  if (pathname.endsWith('.js') || contentType.includes('javascript')) return 'js';
  if (pathname.endsWith('.css') || contentType.includes('text/css')) return 'css';
  if (contentType.includes('text/html')) return 'html';
  return 'other';
}

function sum(files: Fetched[]) {
  return files.reduce((a, f) => ({raw: a.raw + f.raw, gzip: a.gzip + f.gzip, count: a.count + 1}), {
    raw: 0,
    gzip: 0,
    count: 0,
  });
}

export async function measurePage(
  browser: Browser,
  name: string,
  url: string,
): Promise<PageWeight> {
  // A fresh context: empty cache, as a first visit.
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  const pending: Promise<Fetched | null>[] = [];
  page.on('response', (res) => {
    pending.push(
      (async () => {
        if (res.status() >= 300 && res.status() < 400) return null;
        const body = await res.body().catch(() => null);
        if (!body) return null;
        const u = new URL(res.url());
        return {
          url: res.url(),
          path: u.pathname,
          resourceType: res.request().resourceType(),
          kind: kindOf(u.pathname, res.headers()['content-type'] ?? ''),
          status: res.status(),
          raw: body.length,
          gzip: zlib.gzipSync(body, {level: 6}).length,
        };
      })(),
    );
  });
  const res = await page.goto(url, {waitUntil: 'load'});
  await page.waitForLoadState('networkidle');
  // Docusaurus prefetches the chunks of visible links after idle: let that settle too.
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(pending)).filter((f): f is Fetched => f !== null);
  await context.close();
  const js = sum(files.filter((f) => f.kind === 'js'));
  const css = sum(files.filter((f) => f.kind === 'css'));
  return {
    name,
    url,
    status: res?.status() ?? 0,
    files,
    js,
    css,
    jsCss: {raw: js.raw + css.raw, gzip: js.gzip + css.gzip, count: js.count + css.count},
    all: sum(files),
  };
}

export interface OwnChunks {
  /** Scripts the sandbox page executes that neither the home page nor the guide does. */
  sandboxOnly: Fetched[];
  /** Scripts the sandbox page and the guide (its widgets) execute, the home page does not. */
  sharedWithGuide: Fetched[];
}

/** Executed scripts only (resourceType "script"): prefetches of linked routes do not count. */
export function sandboxChunks(home: PageWeight, guide: PageWeight, sandbox: PageWeight): OwnChunks {
  const executed = (p: PageWeight) =>
    new Set(
      p.files.filter((f) => f.kind === 'js' && f.resourceType === 'script').map((f) => f.path),
    );
  const onHome = executed(home);
  const onGuide = executed(guide);
  const mine = sandbox.files.filter((f) => f.kind === 'js' && f.resourceType === 'script');
  return {
    sandboxOnly: mine.filter((f) => !onHome.has(f.path) && !onGuide.has(f.path)),
    sharedWithGuide: mine.filter((f) => !onHome.has(f.path) && onGuide.has(f.path)),
  };
}
