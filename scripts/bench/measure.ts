/**
 * Serves both builds with the nginx deploy recipe and measures each page: the JS and CSS it
 * fetches (gzip level 6 on the bodies), then Lighthouse in rounds, each running every page
 * once, stock first, one run at a time so that the machine's load weighs on all pages alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {chromium, type Browser} from '@playwright/test';
import type {Result} from 'lighthouse';
import {chromiumArgs, chromiumExecutablePath} from '../../tests/support/browser';
import {startNginx} from '../../tests/support/nginx';
import {errorText, repoRoot} from '../run-cli';
import {FORM_FACTORS, kB, mapValues, METRICS, type FormFactor, type Metric} from './format';
import {log, PAGES, run, type PageName} from './sites';

type Weight = {raw: number; gzip: number; files: number};

export interface Served {
  weights: Partial<Record<PageName, Weight>>;
  /** Lighthouse rounds per form factor, and each page's runs in round order. */
  rounds: Record<FormFactor, number>;
  lighthouse: Partial<Record<`${PageName}/${FormFactor}`, Record<Metric, number>[]>>;
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

/** One Lighthouse run's figures; a run whose trace lost the navigation (NO_NAVSTART) runs again. */
function lighthouse(url: string, ff: FormFactor, outFile: string) {
  const flags = ['--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'];
  if (ff === 'desktop') flags.push('--preset=desktop');
  const bin = path.join(repoRoot, 'node_modules/.bin/lighthouse');
  for (let attempt = 1; ; attempt++) {
    try {
      run(bin, [url, '--output=json', `--output-path=${outFile}`, ...flags], repoRoot);
      const lhr = JSON.parse(fs.readFileSync(outFile, 'utf8')) as Result;
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      return mapValues(METRICS, ({id, kind}) =>
        kind === 'score'
          ? Math.round((lhr.categories[id]?.score ?? NaN) * 100)
          : (lhr.audits[id]?.numericValue ?? NaN),
      );
    } catch (err) {
      if (attempt === 3 || !errorText(err).includes('NO_NAVSTART')) throw err;
    }
  }
}

/** Weights, then Lighthouse's rounds, whose reports go to `runDir`. */
export async function measureServed(
  buildDirs: {ours: string; stock: string | null},
  rounds: Served['rounds'],
  runDir: string,
): Promise<Served> {
  const ours = await startNginx({buildDir: buildDirs.ours});
  const stock = buildDirs.stock ? await startNginx({buildDir: buildDirs.stock}) : null;
  try {
    const urls = Object.entries(PAGES).flatMap(([name, page]) => {
      const site = name === 'stock' ? stock : ours;
      return site ? [[name as PageName, site.siteUrl + page] as const] : [];
    });
    const served: Served = {weights: {}, rounds, lighthouse: {}, errors: []};
    const browser = await chromium.launch({
      executablePath: chromiumExecutablePath,
      args: chromiumArgs,
    });
    for (const [name, url] of urls) {
      const w = (served.weights[name] = await measureWeight(browser, url));
      log(`${name}: ${w.files} JS/CSS files, ${kB(w.gzip)} gzip`);
    }
    await browser.close();
    for (const ff of FORM_FACTORS)
      for (let round = 1; round <= rounds[ff]; round++)
        for (const [name, url] of urls) {
          log(`lighthouse ${ff} round ${round}/${rounds[ff]}: ${name}`);
          const outFile = path.join(runDir, `lh-${name}-${ff}-${round}.json`);
          try {
            (served.lighthouse[`${name}/${ff}`] ??= []).push(lighthouse(url, ff, outFile));
          } catch (err) {
            const why = errorText(err).replace(/\n/g, ' | ');
            log(`  failed: ${why}`);
            served.errors.push(`${path.basename(outFile)}: ${why}`);
          }
        }
    return served;
  } finally {
    await ours.stop();
    await stock?.stop();
  }
}
