/**
 * Lighthouse 12.8 from node_modules against pages served by nginx (gzip on), with Debian's
 * Chromium. Mobile is Lighthouse's default (Moto G-class, simulated slow 4G); desktop is
 * `--preset=desktop`. Pages run in rounds: each round runs every page once, in order (stock,
 * guide, sandbox, stock, guide, sandbox, …), so that the load of the shared machine at any
 * moment weighs on the baseline and our pages alike. Runs are sequential: two at once on two
 * cores would skew each other.
 */
import fs from 'node:fs';
import path from 'node:path';
import {chromiumExecutablePath} from '../../tests/support/browser';
import {log, repoRoot, type PageName} from './config';
import {run, tail} from './exec';
import {spread, type Spread} from './stats';

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
  /** Time to interactive: not scored by Lighthouse 12, shown for what the script loader costs. */
  ttiMs: 'interactive',
  cls: 'cumulative-layout-shift',
  totalBytes: 'total-byte-weight',
} as const;

export type Metric = keyof typeof SCORES | keyof typeof AUDITS;
export type LighthouseRun = Record<Metric, number>;
export const METRICS = [...Object.keys(SCORES), ...Object.keys(AUDITS)] as Metric[];

/** One page's runs in one form factor, by round (null where the run failed). */
export interface LhSeries {
  runs: (LighthouseRun | null)[];
  errors: string[];
  /** Runs done again because Lighthouse lost the navigation in its trace. */
  retried: number;
}

export type LhSummary = Record<Metric, Spread | null> & {errors: string[]; retried: number};

interface LhJson {
  categories: Record<string, {score: number | null}>;
  audits: Record<string, {numericValue?: number}>;
  runtimeError?: {code: string; message: string};
}

async function runLighthouse(url: string, formFactor: FormFactor, outFile: string) {
  const ran = await run(
    path.join(repoRoot, 'node_modules', '.bin', 'lighthouse'),
    [
      url,
      '--output=json',
      `--output-path=${outFile}`,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    ],
    {
      cwd: repoRoot,
      env: {...process.env, CHROME_PATH: chromiumExecutablePath ?? process.env.CHROME_PATH ?? ''},
    },
  );
  if (ran.code !== 0 || !fs.existsSync(outFile))
    throw new Error(`lighthouse exited ${ran.code}: ${tail(ran.output, 3).replace(/\n/g, ' | ')}`);
  const lhr = JSON.parse(fs.readFileSync(outFile, 'utf8')) as LhJson;
  if (lhr.runtimeError)
    throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return Object.fromEntries([
    ...Object.entries(SCORES).map(([key, id]) => [key, score(id)]),
    ...Object.entries(AUDITS).map(([key, id]) => [key, audit(id)]),
  ]) as LighthouseRun;
}

async function runWithRetry(
  url: string,
  formFactor: FormFactor,
  outFile: string,
  series: LhSeries,
): Promise<LighthouseRun | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouse(url, formFactor, outFile);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // Lighthouse sometimes loses the navigation in the trace it recorded (NO_NAVSTART):
      // a flaw of the recording, not of the page, so run it again.
      if (attempt < 3 && message.includes('NO_NAVSTART')) {
        series.retried++;
        log(`  retrying: ${message}`);
        continue;
      }
      series.errors.push(message);
      log(`  failed: ${message}`);
      return null;
    }
  }
}

/** Every target once per round, `rounds` times; reports go to `runDir`. */
export async function lighthouseRounds(opts: {
  targets: {name: PageName; url: string}[];
  formFactor: FormFactor;
  rounds: number;
  runDir: string;
}): Promise<Map<PageName, LhSeries>> {
  const {targets, formFactor, rounds} = opts;
  const all = new Map(targets.map((t) => [t.name, {runs: [], errors: [], retried: 0} as LhSeries]));
  for (let round = 1; round <= rounds; round++) {
    for (const {name, url} of targets) {
      log(`lighthouse ${formFactor} round ${round}/${rounds}: ${name}`);
      const series = all.get(name)!;
      const outFile = path.join(opts.runDir, `lh-${name}-${formFactor}-${round}.json`);
      series.runs.push(await runWithRetry(url, formFactor, outFile, series));
    }
  }
  return all;
}

export function summarise(series: LhSeries): LhSummary {
  const done = series.runs.filter((r): r is LighthouseRun => r !== null);
  const spreads = Object.fromEntries(METRICS.map((m) => [m, spread(done.map((r) => r[m]))]));
  const {errors, retried} = series;
  return {...(spreads as Record<Metric, Spread | null>), errors, retried};
}
