/**
 * Serves both builds with the nginx deploy recipe and measures each page: the JS and CSS it
 * fetches (gzip level 6 on the bodies), then Lighthouse in rounds, each running every page
 * once, stock first, one run at a time so that the machine's load weighs on all pages alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {chromium, type Browser} from '@playwright/test';
import {chromiumArgs, chromiumExecutablePath} from '../../tests/support/browser';
import {startNginx} from '../../tests/support/nginx';
import {repoRoot} from '../csp-hashes';
import {kB} from './format';
import {log, run, STOCK_GUIDE_PATH} from './sites';

export const OUR_PAGES = {
  guide: 'developers/import-api/guides/import-api-access-tokens/',
  sandbox: 'developers/import-api/guides/token-rotation-sandbox/',
};
export type PageName = 'stock' | keyof typeof OUR_PAGES;
export type FormFactor = 'mobile' | 'desktop';

/** Lighthouse category scores (0–100) and audits (ms, CLS), by their report ids. */
const SCORES = {
  performance: 'performance',
  accessibility: 'accessibility',
  bestPractices: 'best-practices',
  seo: 'seo',
} as const;
const AUDITS = {
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
} as const;
export type Metric = keyof typeof SCORES | keyof typeof AUDITS;
/** One Lighthouse run's figures; null where the run failed. */
export type LighthouseRun = Record<Metric, number> | null;
export type Weight = {raw: number; gzip: number; files: number};

export interface Served {
  weights: Partial<Record<PageName, Weight>>;
  /** By `page/formFactor`, in round order. */
  lighthouse: Partial<Record<`${PageName}/${FormFactor}`, LighthouseRun[]>>;
  errors: string[];
}

async function measureWeight(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}}); // empty cache
  const page = await context.newPage();
  const bodies: Promise<Buffer | null>[] = [];
  page.on('response', (res) => {
    if (/\.(js|css)$/.test(new URL(res.url()).pathname)) bodies.push(res.body().catch(() => null));
  });
  const res = await page.goto(url, {waitUntil: 'load'});
  if (!res?.ok()) throw new Error(`${url} answered ${res?.status()}`);
  // Scripts fetch route chunks and prefetches as they run: done when a wait longer than our
  // script loader's 2 s fallback (src/config/ssr-template.ts) passes with nothing new.
  for (let seen = -1; seen !== bodies.length;) {
    seen = bodies.length;
    await page.evaluate(() => new Promise((done) => requestIdleCallback(done)));
    await page.waitForTimeout(2500);
    await Promise.all(bodies);
  }
  const files = (await Promise.all(bodies)).filter((b) => b !== null);
  await context.close();
  const gzip = files.reduce((n, b) => n + zlib.gzipSync(b, {level: 6}).length, 0);
  return {raw: files.reduce((n, b) => n + b.length, 0), gzip, files: files.length};
}

/** One Lighthouse run: its figures, or why it failed. */
function runLighthouse(url: string, formFactor: FormFactor, outFile: string) {
  const ran = run(
    path.join(repoRoot, 'node_modules/.bin/lighthouse'),
    [
      url,
      '--output=json',
      `--output-path=${outFile}`,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    ],
    repoRoot,
    {...process.env, CHROME_PATH: chromiumExecutablePath ?? process.env.CHROME_PATH ?? ''},
  );
  if (!ran.ok) return `lighthouse failed: ${ran.tail(3).replace(/\n/g, ' | ')}`;
  const lhr = JSON.parse(fs.readFileSync(outFile, 'utf8')) as {
    categories: Record<string, {score: number | null} | undefined>;
    audits: Record<string, {numericValue?: number} | undefined>;
    runtimeError?: {code: string; message: string};
  };
  if (lhr.runtimeError) return `${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  return Object.fromEntries([
    ...Object.entries(SCORES).map(([key, id]) => [key, score(id)]),
    ...Object.entries(AUDITS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? NaN]),
  ]) as Record<Metric, number>;
}

/** Lighthouse sometimes loses the navigation in its trace (NO_NAVSTART): tried again. */
function lighthouseRun(served: Served, url: string, ff: FormFactor, outFile: string) {
  let result = runLighthouse(url, ff, outFile);
  for (let retry = 1; retry < 3 && String(result).includes('NO_NAVSTART'); retry++)
    result = runLighthouse(url, ff, outFile);
  if (typeof result !== 'string') return result;
  log(`  failed: ${result}`);
  served.errors.push(`${path.basename(outFile)}: ${result}`);
  return null;
}

/** Weights, then (unless `rounds` is null) Lighthouse; its reports go to `runDir`. */
export async function measureServed(opts: {
  buildDir: string;
  stockBuildDir: string | null;
  rounds: Record<FormFactor, number> | null;
  runDir: string;
}): Promise<Served> {
  const ours = await startNginx({buildDir: opts.buildDir});
  const stock = opts.stockBuildDir ? await startNginx({buildDir: opts.stockBuildDir}) : null;
  try {
    const urls: [PageName, string][] = [
      ...(stock ? [['stock', stock.siteUrl + STOCK_GUIDE_PATH] as [PageName, string]] : []),
      ...Object.entries(OUR_PAGES).map(([n, p]): [PageName, string] => [
        n as PageName,
        ours.siteUrl + p,
      ]),
    ];
    const served: Served = {weights: {}, lighthouse: {}, errors: []};
    const browser = await chromium.launch({
      executablePath: chromiumExecutablePath,
      args: chromiumArgs,
    });
    for (const [name, url] of urls) {
      const w = (served.weights[name] = await measureWeight(browser, url));
      log(`${name}: ${w.files} JS/CSS files, ${kB(w.gzip)} gzip`);
    }
    await browser.close();
    for (const [ff, rounds] of Object.entries(opts.rounds ?? {}) as [FormFactor, number][])
      for (let round = 1; round <= rounds; round++)
        for (const [name, url] of urls) {
          log(`lighthouse ${ff} round ${round}/${rounds}: ${name}`);
          const outFile = path.join(opts.runDir, `lh-${name}-${ff}-${round}.json`);
          (served.lighthouse[`${name}/${ff}`] ??= []).push(lighthouseRun(served, url, ff, outFile));
        }
    return served;
  } finally {
    await ours.stop();
    await stock?.stop();
  }
}
