/**
 * What `npm run bench -- --check` enforces. Weights are absolute (bytes do not depend on
 * the machine); Lighthouse performance and TBT are held against the stock baseline of the
 * same run, on medians. Pure functions: tests/unit/bench/.
 */
import type {OurPage, PageName} from './config';
import {SAVE_CAP_BYTES, type MixResult} from './core-saves';
import type {Metric} from './lighthouse';
import {kB} from './stats';

export const BUDGETS = {
  /** JS+CSS the browser fetches, gzip (kB = 1000 bytes, the stricter reading). */
  jsCssGzip: {guide: 210_000, sandbox: 260_000} as Record<'guide' | 'sandbox', number>,
  /** Mobile performance of the guide and the sandbox: at least stock + this many points. */
  performanceOverStock: 10,
  /** Mobile TBT of the sandbox: at most this share of stock's. */
  sandboxTbtOfStock: 0.5,
  /** Accessibility, best practices and SEO (mobile). */
  otherScores: 100,
  /** "CLS 0": what Lighthouse shows as 0. */
  clsBelow: 0.001,
} as const;

/** Medians of one page in one form factor (missing or null: not measured). */
export type Medians = Partial<Record<Metric, number | null>>;

export interface CheckInput {
  jsCssGzip: Partial<Record<OurPage, number>>;
  mobile: Partial<Record<PageName, Medians>>;
  desktop: Partial<Record<PageName, Medians>>;
}

export interface Check {
  name: string;
  value: string;
  limit: string;
  /** Passed; false also when a figure it needs was not measured. */
  ok: boolean;
  measured: boolean;
}

const CHECKED = ['guide', 'sandbox'] as const;

/** A check of one figure (null: not measured, which fails it). */
function check<T>(
  name: string,
  figure: T | null | undefined,
  limit: string,
  show: (x: T) => string,
  pass: (x: T) => boolean,
): Check {
  if (figure === null || figure === undefined)
    return {name, value: 'not measured', limit, ok: false, measured: false};
  return {name, value: show(figure), limit, ok: pass(figure), measured: true};
}

const both = <A, B>(a: A | null | undefined, b: B | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined ? null : ([a, b] as const);

function vsStockChecks({mobile}: CheckInput): Check[] {
  const base = mobile.stock?.performance;
  // A score cannot pass 100: against a stock 95, "+10" means 100.
  const min = base == null ? null : Math.min(base + BUDGETS.performanceOverStock, 100);
  const perf = CHECKED.map((page) =>
    check(
      `${page} mobile performance vs stock`,
      both(mobile[page]?.performance, min),
      `≥ stock + ${BUDGETS.performanceOverStock}${min === null ? '' : ` = ${min}`}`,
      ([ours]) => `${ours} (stock ${base})`,
      ([ours, atLeast]) => ours >= atLeast,
    ),
  );
  const baseTbt = mobile.stock?.tbtMs;
  const maxTbt = baseTbt == null ? null : BUDGETS.sandboxTbtOfStock * baseTbt;
  const tbt = check(
    'sandbox mobile TBT vs stock',
    both(mobile.sandbox?.tbtMs, maxTbt),
    `≤ ${BUDGETS.sandboxTbtOfStock} × stock${maxTbt === null ? '' : ` = ${Math.round(maxTbt)} ms`}`,
    ([ours]) => `${Math.round(ours)} ms (stock ${Math.round(baseTbt!)} ms)`,
    ([ours, atMost]) => ours <= atMost,
  );
  return [...perf, tbt];
}

/** Every check, passed or not; a measurement that is missing fails its checks. */
export function runChecks(input: CheckInput): Check[] {
  const scores = [
    ['accessibility', 'accessibility'],
    ['bestPractices', 'best practices'],
    ['seo', 'SEO'],
  ] as const;
  return [
    ...CHECKED.map((page) =>
      check(
        `${page} JS+CSS fetched, gzip`,
        input.jsCssGzip[page],
        `≤ ${kB(BUDGETS.jsCssGzip[page])}`,
        kB,
        (bytes) => bytes <= BUDGETS.jsCssGzip[page],
      ),
    ),
    ...vsStockChecks(input),
    ...CHECKED.flatMap((page) =>
      scores.map(([key, label]) =>
        check(
          `${page} mobile ${label}`,
          input.mobile[page]?.[key],
          `= ${BUDGETS.otherScores}`,
          String,
          (score) => score >= BUDGETS.otherScores,
        ),
      ),
    ),
    ...CHECKED.flatMap((page) =>
      (['mobile', 'desktop'] as const).map((ff) =>
        check(
          `${page} ${ff} CLS`,
          input[ff][page]?.cls,
          '= 0',
          (cls) => cls.toFixed(3),
          (cls) => cls < BUDGETS.clsBelow,
        ),
      ),
    ),
  ];
}

/** Each traffic mix of the core bench: saved within the cap, and loaded back, to its end. */
export function saveChecks(mixes: MixResult[]): Check[] {
  const limit = `≤ ${SAVE_CAP_BYTES.toLocaleString('en')} bytes, loads back`;
  return mixes.map((m) =>
    check(
      `core save, ${m.mix}`,
      m,
      limit,
      ({stopped, points}) =>
        stopped
          ? `stopped at ${stopped.events.toLocaleString('en')} events: ${stopped.reason}`
          : `${Math.max(0, ...points.map((p) => p.bytes)).toLocaleString('en')} bytes at most` +
            (points.every((p) => p.loadsBack) ? '' : ', does NOT load back'),
      ({stopped, points}) =>
        !stopped && points.every((p) => p.bytes <= SAVE_CAP_BYTES && p.loadsBack),
    ),
  );
}
