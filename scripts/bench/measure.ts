/**
 * Serves our build and the stock site's, each with the nginx deploy recipe (gzip, caching,
 * CSP from its own build) on its own loopback port, and measures what the browser fetches
 * for each page, then Lighthouse in rounds.
 */
import fs from 'node:fs';
import path from 'node:path';
import {chromium} from '@playwright/test';
import {chromiumArgs, chromiumExecutablePath} from '../../tests/support/browser';
import {startNginx, type RunningNginx} from '../../tests/support/nginx';
import {log, OUR_PAGES, type PageName} from './config';
import type {Options} from './cli';
import {lighthouseRounds, type FormFactor, type LhSeries} from './lighthouse';
import {STOCK_GUIDE_PATH} from './stock-site';
import {kB} from './stats';
import {measurePage, type PageWeight} from './weights';

export type LhKey = `${PageName}/${FormFactor}`;

export interface Served {
  weights: Map<PageName, PageWeight>;
  lighthouse: Map<LhKey, LhSeries>;
}

/** Every page, ours in the build and the stock guide when there is a stock build. */
function pageUrls(ours: RunningNginx, stock: RunningNginx | null, buildDir: string) {
  const urls = new Map<PageName, string>();
  for (const p of OUR_PAGES) {
    if (fs.existsSync(path.join(buildDir, p.path, 'index.html')))
      urls.set(p.name, ours.siteUrl + p.path);
  }
  if (stock) urls.set('stock', stock.siteUrl + STOCK_GUIDE_PATH);
  return urls;
}

async function measureWeights(urls: Map<PageName, string>): Promise<Map<PageName, PageWeight>> {
  const weights = new Map<PageName, PageWeight>();
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath,
    args: chromiumArgs,
  });
  try {
    for (const [name, url] of urls) {
      const w = await measurePage(browser, name, url);
      weights.set(name, w);
      log(`${name}: ${w.jsCss.count} JS/CSS files, ${kB(w.jsCss.gzip)} gzip`);
    }
  } finally {
    await browser.close();
  }
  return weights;
}

async function measureLighthouse(
  opts: Options,
  urls: Map<PageName, string>,
  runDir: string,
): Promise<Map<LhKey, LhSeries>> {
  const out = new Map<LhKey, LhSeries>();
  // The baseline first in every round, then our pages in the order asked for.
  const names: PageName[] = ['stock', ...opts.pages];
  const targets = names.flatMap((name) => {
    const url = urls.get(name);
    return url ? [{name, url}] : [];
  });
  for (const formFactor of opts.formFactors) {
    const rounds = formFactor === 'mobile' ? opts.runs : opts.desktopRuns;
    const series = await lighthouseRounds({targets, formFactor, rounds, runDir});
    for (const [name, s] of series) out.set(`${name}/${formFactor}`, s);
  }
  return out;
}

export async function measureServed(opts: {
  options: Options;
  buildDir: string;
  stockBuildDir: string | null;
  runDir: string;
}): Promise<Served> {
  const nginx: RunningNginx[] = [];
  try {
    const ours = await startNginx({buildDir: opts.buildDir});
    nginx.push(ours);
    const stock = opts.stockBuildDir ? await startNginx({buildDir: opts.stockBuildDir}) : null;
    if (stock) nginx.push(stock);
    log(`nginx: ours on ${ours.siteUrl}${stock ? `, stock on ${stock.siteUrl}` : ''}`);
    const urls = pageUrls(ours, stock, opts.buildDir);
    const weights = await measureWeights(urls);
    const lighthouse = opts.options.lighthouse
      ? await measureLighthouse(opts.options, urls, opts.runDir)
      : new Map<LhKey, LhSeries>();
    return {weights, lighthouse};
  } finally {
    for (const server of nginx) await server.stop();
  }
}
