/**
 * Lighthouse on several pages in rounds: each round runs every page once, in order (stock,
 * guide, sandbox, stock, guide, sandbox, …), so that the load of the shared machine at any
 * moment weighs on the baseline and our pages alike. Runs are sequential: two at once on
 * two cores would skew each other.
 */
import path from 'node:path';
import {log, repoRoot, type PageName} from './config';
import {runLighthouse, type FormFactor, type LighthouseRun} from './lighthouse';
import {spread, type Spread} from './stats';

export interface LhTarget {
  name: PageName;
  url: string;
}

/** One page's runs in one form factor, by round (null where the run failed). */
export interface LhSeries {
  runs: (LighthouseRun | null)[];
  errors: string[];
  /** Runs done again because Lighthouse lost the navigation in its trace. */
  retried: number;
}

export type LhSummary = Record<keyof LighthouseRun, Spread | null> & {
  errors: string[];
  retried: number;
};

async function runWithRetry(
  target: LhTarget,
  formFactor: FormFactor,
  outFile: string,
  series: LhSeries,
): Promise<LighthouseRun | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouse({repoRoot, url: target.url, formFactor, outFile});
    } catch (err) {
      const message = String(err instanceof Error ? err.message : err);
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

export async function lighthouseRounds(opts: {
  targets: LhTarget[];
  formFactor: FormFactor;
  rounds: number;
  runDir: string;
}): Promise<Map<PageName, LhSeries>> {
  const {targets, formFactor, rounds} = opts;
  const all = new Map<PageName, LhSeries>(
    targets.map((t) => [t.name, {runs: [], errors: [], retried: 0}]),
  );
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      log(`lighthouse ${formFactor} round ${round}/${rounds}: ${target.name}`);
      const series = all.get(target.name)!;
      const outFile = path.join(opts.runDir, `lh-${target.name}-${formFactor}-${round}.json`);
      series.runs.push(await runWithRetry(target, formFactor, outFile, series));
    }
  }
  return all;
}

export function summarise(series: LhSeries): LhSummary {
  const done = series.runs.filter((r): r is LighthouseRun => r !== null);
  const pick = (k: keyof LighthouseRun) => spread(done.map((r) => r[k]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    ttiMs: pick('ttiMs'),
    cls: pick('cls'),
    totalBytes: pick('totalBytes'),
    errors: series.errors,
    retried: series.retried,
  };
}
