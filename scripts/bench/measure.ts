/**
 * Serves our build and the stock site's, each with the nginx deploy recipe (gzip, caching,
 * CSP from its own build) on its own loopback port, and measures each page: what the
 * browser fetches (Playwright response events, lazy chunks and prefetches included; gzip
 * computed on the bodies at level 6), then Lighthouse 12.8 with Debian's Chromium in rounds.
 * Each round runs every page once, stock first (stock, guide, sandbox, stock, …), so that
 * the load of the shared machine weighs on the baseline and our pages alike; one run at a
 * time, since two on two cores would skew each other. Mobile is Lighthouse's default
 * (Moto G-class, simulated slow 4G); desktop is `--preset=desktop`.
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

/** Category scores (0–100) and audits (ms, bytes, CLS) read from a report, by their ids. */
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

export interface Weight {
  jsCss: {raw: number; gzip: number; files: number};
  /** Everything the page fetched, gzip. */
  allGzip: number;
}

export interface Served {
  weights: Partial<Record<PageName, Weight>>;
  /** By `page/formFactor`, in round order. */
  lighthouse: Partial<Record<`${PageName}/${FormFactor}`, LighthouseRun[]>>;
  errors: string[];
}

async function measureWeight(browser: Browser, url: string): Promise<Weight> {
  // A fresh context: empty cache, as a first visit.
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  const bodies: Promise<{jsCss: boolean; raw: number; gzip: number} | null>[] = [];
  page.on('response', (res) => {
    const jsCss = /\.(js|css)$/.test(new URL(res.url()).pathname);
    bodies.push(
      res.body().then(
        (b) => ({jsCss, raw: b.length, gzip: zlib.gzipSync(b, {level: 6}).length}),
        () => null, // a redirect has no body
      ),
    );
  });
  const res = await page.goto(url, {waitUntil: 'networkidle'});
  if (!res?.ok()) throw new Error(`${url} answered ${res?.status()}`);
  // Docusaurus prefetches the chunks of visible links after idle: let that settle too.
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(bodies)).filter((f) => f !== null);
  await context.close();
  const jsCss = files.filter((f) => f.jsCss);
  const sum = (fs: typeof files, key: 'raw' | 'gzip') => fs.reduce((n, f) => n + f[key], 0);
  return {
    jsCss: {raw: sum(jsCss, 'raw'), gzip: sum(jsCss, 'gzip'), files: jsCss.length},
    allGzip: sum(files, 'gzip'),
  };
}

function runLighthouse(url: string, formFactor: FormFactor, outFile: string): LighthouseRun {
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
  if (!ran.ok) throw new Error(`lighthouse failed: ${ran.tail(3).replace(/\n/g, ' | ')}`);
  const lhr = JSON.parse(fs.readFileSync(outFile, 'utf8')) as {
    categories: Record<string, {score: number | null} | undefined>;
    audits: Record<string, {numericValue?: number} | undefined>;
    runtimeError?: {code: string; message: string};
  };
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  return Object.fromEntries([
    ...Object.entries(SCORES).map(([key, id]) => [key, score(id)]),
    ...Object.entries(AUDITS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? NaN]),
  ]) as Record<Metric, number>;
}

/** One run; Lighthouse sometimes loses the navigation in its trace (NO_NAVSTART): a flaw of the recording, not of the page, so that is tried again. */
function lighthouseRun(url: string, ff: FormFactor, outFile: string, errors: string[]) {
  for (let attempt = 1; ; attempt++) {
    try {
      return runLighthouse(url, ff, outFile);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      log(`  ${message}`);
      if (attempt < 3 && message.includes('NO_NAVSTART')) continue;
      errors.push(`${path.basename(outFile)}: ${message}`);
      return null;
    }
  }
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
    // The baseline first: the order of every round.
    const urls: Partial<Record<PageName, string>> = stock
      ? {stock: stock.siteUrl + STOCK_GUIDE_PATH}
      : {};
    for (const [name, p] of Object.entries(OUR_PAGES)) urls[name as PageName] = ours.siteUrl + p;
    const served: Served = {weights: {}, lighthouse: {}, errors: []};
    const browser = await chromium.launch({
      executablePath: chromiumExecutablePath,
      args: chromiumArgs,
    });
    for (const [name, url] of Object.entries(urls)) {
      const w = await measureWeight(browser, url);
      served.weights[name as PageName] = w;
      log(`${name}: ${w.jsCss.files} JS/CSS files, ${kB(w.jsCss.gzip)} gzip`);
    }
    await browser.close();
    for (const [ff, rounds] of Object.entries(opts.rounds ?? {}) as [FormFactor, number][]) {
      for (let round = 1; round <= rounds; round++) {
        for (const [name, url] of Object.entries(urls) as [PageName, string][]) {
          log(`lighthouse ${ff} round ${round}/${rounds}: ${name}`);
          const outFile = path.join(opts.runDir, `lh-${name}-${ff}-${round}.json`);
          (served.lighthouse[`${name}/${ff}`] ??= []).push(
            lighthouseRun(url, ff, outFile, served.errors),
          );
        }
      }
    }
    return served;
  } finally {
    await ours.stop();
    await stock?.stop();
  }
}
