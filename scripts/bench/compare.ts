/**
 * Our pages against the stock baseline measured in the same run. Absolute Lighthouse
 * figures swing from machine to machine and hour to hour; the difference from a baseline
 * measured in between our runs does much less. Pure functions: tests/unit/bench/.
 */
import type {LighthouseRun} from './lighthouse';
import {spread, type Spread} from './stats';

/** A page's Lighthouse runs by round (null: that run failed) and its JS+CSS gzip bytes. */
export interface PageRuns {
  runs: (LighthouseRun | null)[];
  jsCssGzip: number | null;
}

export interface Versus {
  /** From the two medians: ours − stock (points) or ours ÷ stock. */
  value: number | null;
  /** The same, round by round (each of our runs against the stock run of its round). */
  perRound: Spread | null;
}

export interface VsStock {
  performancePoints: Versus;
  tbtRatio: Versus;
  lcpRatio: Versus;
  jsCssGzipRatio: number | null;
}

type Metric = keyof LighthouseRun;
type Combine = (ours: number, stock: number) => number | null;

const difference: Combine = (ours, stock) => ours - stock;
/** No ratio to a zero baseline (a TBT of 0 ms): it would say nothing. */
const ratio: Combine = (ours, stock) => (stock === 0 ? null : ours / stock);

export function median(runs: (LighthouseRun | null)[], metric: Metric): number | null {
  return spread(runs.flatMap((r) => (r ? [r[metric]] : [])))?.median ?? null;
}

function versus(ours: PageRuns, stock: PageRuns, metric: Metric, combine: Combine): Versus {
  const a = median(ours.runs, metric);
  const b = median(stock.runs, metric);
  const perRound: number[] = [];
  ours.runs.forEach((run, i) => {
    const base = stock.runs[i];
    const v = run && base ? combine(run[metric], base[metric]) : null;
    if (v !== null && Number.isFinite(v)) perRound.push(v);
  });
  return {value: a === null || b === null ? null : combine(a, b), perRound: spread(perRound)};
}

export function compareWithStock(ours: PageRuns, stock: PageRuns): VsStock {
  return {
    performancePoints: versus(ours, stock, 'performance', difference),
    tbtRatio: versus(ours, stock, 'tbtMs', ratio),
    lcpRatio: versus(ours, stock, 'lcpMs', ratio),
    jsCssGzipRatio:
      ours.jsCssGzip === null || stock.jsCssGzip === null
        ? null
        : ratio(ours.jsCssGzip, stock.jsCssGzip),
  };
}
