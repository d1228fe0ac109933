/** Everything one run measured, what follows from it (summaries, ratios, checks), saved. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {BuildResult} from './build';
import type {Check, CheckInput, Medians} from './checks';
import {runChecks, saveChecks} from './checks';
import {compareWithStock, type VsStock} from './compare';
import {BASE_URL, OUR_PAGES, RESULTS_DIR, type PageName} from './config';
import {METRICS, summarise, type FormFactor, type LhSummary} from './lighthouse';
import type {Options} from './cli';
import type {CoreSummary} from './core-cli';
import type {LhKey, Served} from './measure';
import type {StockSite} from './stock-site';
import {sandboxChunks, type OwnChunks} from './weights';

export type CoreResult = {available: true; data: CoreSummary} | {available: false; reason: string};

export interface Measured {
  options: Options;
  /** null with --no-build. */
  build: BuildResult | null;
  stock: StockSite | null;
  stockError: string | null;
  served: Served;
  core: CoreResult | null;
  /** 1-minute load averages before and after: how busy the shared machine was. */
  load: {start: number; end: number};
}

export interface Analysed extends Measured {
  summaries: Map<LhKey, LhSummary>;
  vsStock: Map<LhKey, VsStock>;
  own: OwnChunks | null;
  checks: Check[];
}

export const loadAverage = (): number => Math.round(os.loadavg()[0] * 10) / 10;

const mediansOf = (s: LhSummary): Medians =>
  Object.fromEntries(METRICS.map((m) => [m, s[m]?.median ?? null]));

function checkInput(served: Served, summaries: Map<LhKey, LhSummary>): CheckInput {
  const input: CheckInput = {jsCssGzip: {}, mobile: {}, desktop: {}};
  for (const page of OUR_PAGES) {
    const w = served.weights.get(page.name);
    if (w) input.jsCssGzip[page.name] = w.jsCss.gzip;
  }
  for (const [key, summary] of summaries) {
    const [page, formFactor] = key.split('/') as [PageName, FormFactor];
    input[formFactor][page] = mediansOf(summary);
  }
  return input;
}

function versusStock(served: Served): Map<LhKey, VsStock> {
  const out = new Map<LhKey, VsStock>();
  for (const [key, series] of served.lighthouse) {
    const [page, formFactor] = key.split('/') as [PageName, FormFactor];
    const stock = served.lighthouse.get(`stock/${formFactor}`);
    if (page !== 'stock' && stock) out.set(key, compareWithStock(series.runs, stock.runs));
  }
  return out;
}

export function analyse(m: Measured): Analysed {
  const summaries = new Map<LhKey, LhSummary>();
  for (const [key, series] of m.served.lighthouse) summaries.set(key, summarise(series));
  const [home, guide, sandbox] = (['home', 'guide', 'sandbox'] as const).map((n) =>
    m.served.weights.get(n),
  );
  return {
    ...m,
    summaries,
    vsStock: versusStock(m.served),
    own: home && guide && sandbox ? sandboxChunks(home, guide, sandbox) : null,
    checks: [
      ...runChecks(checkInput(m.served, summaries)),
      ...(m.core?.available ? saveChecks(m.core.data.mixes) : []),
    ],
  };
}

/** bench-results/<stamp>/ for this run's files (Lighthouse reports, build logs). */
export function newRunDir(): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const runDir = path.join(RESULTS_DIR, stamp);
  fs.mkdirSync(runDir, {recursive: true});
  return runDir;
}

export function saveResults(runDir: string, a: Analysed, table: string): void {
  const withoutLog = (b: BuildResult | null) => b && {...b, log: undefined};
  const result = {
    when: new Date().toISOString(),
    options: a.options,
    baseUrl: BASE_URL,
    load: a.load,
    build: withoutLog(a.build),
    stock: a.stock ? {...a.stock, build: withoutLog(a.stock.build)} : {error: a.stockError},
    weights: Object.fromEntries(a.served.weights),
    sandboxChunks: a.own,
    lighthouse: Object.fromEntries(a.summaries),
    lighthouseRuns: Object.fromEntries(a.served.lighthouse),
    vsStock: Object.fromEntries(a.vsStock),
    core: a.core,
    checks: a.checks,
  };
  const json = JSON.stringify(result, null, 2);
  fs.writeFileSync(path.join(runDir, 'results.json'), json);
  fs.writeFileSync(path.join(runDir, 'table.txt'), `${table}\n`);
  fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), json);
  fs.writeFileSync(path.join(RESULTS_DIR, 'latest.txt'), `${table}\n`);
}
