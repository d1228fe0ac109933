/**
 * Our pages against the stock baseline measured in the same run. Absolute Lighthouse
 * figures swing from machine to machine and hour to hour; the difference from a baseline
 * measured in between our runs does much less. Pure functions: tests/unit/bench/.
 */
import type {LighthouseRun, Metric} from './lighthouse';
import {spread, type Spread} from './stats';

/** A page's Lighthouse runs by round (null: that run failed). */
type Runs = (LighthouseRun | null)[];

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
}

type Combine = (ours: number, stock: number) => number | null;

const difference: Combine = (ours, stock) => ours - stock;
/** No ratio to a zero baseline (a TBT of 0 ms): it would say nothing. */
const ratio: Combine = (ours, stock) => (stock === 0 ? null : ours / stock);

function median(runs: Runs, metric: Metric): number | null {
  return spread(runs.flatMap((r) => (r ? [r[metric]] : [])))?.median ?? null;
}

function versus(ours: Runs, stock: Runs, metric: Metric, combine: Combine): Versus {
  const a = median(ours, metric);
  const b = median(stock, metric);
  const perRound: number[] = [];
  ours.forEach((run, i) => {
    const base = stock[i];
    const v = run && base ? combine(run[metric], base[metric]) : null;
    if (v !== null && Number.isFinite(v)) perRound.push(v);
  });
  return {value: a === null || b === null ? null : combine(a, b), perRound: spread(perRound)};
}

export function compareWithStock(ours: Runs, stock: Runs): VsStock {
  return {
    performancePoints: versus(ours, stock, 'performance', difference),
    tbtRatio: versus(ours, stock, 'tbtMs', ratio),
    lcpRatio: versus(ours, stock, 'lcpMs', ratio),
  };
}
