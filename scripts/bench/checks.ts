/**
 * What `npm run bench -- --check` enforces. Weights are absolute (bytes do not depend on
 * the machine); Lighthouse performance and TBT are held against the stock baseline of the
 * same run, on medians. Pure functions: tests/unit/bench/.
 */
import type {OurPage, PageName} from './config';
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

/** Medians of one page in one form factor (null: not measured). */
export interface Medians {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  tbtMs: number | null;
  cls: number | null;
}

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
const NOT_MEASURED = 'not measured';

function weightChecks(input: CheckInput): Check[] {
  return CHECKED.map((page) => {
    const bytes = input.jsCssGzip[page];
    const limit = BUDGETS.jsCssGzip[page];
    return {
      name: `${page} JS+CSS fetched, gzip`,
      value: bytes === undefined ? NOT_MEASURED : kB(bytes),
      limit: `≤ ${kB(limit)}`,
      ok: bytes !== undefined && bytes <= limit,
      measured: bytes !== undefined,
    };
  });
}

function vsStockChecks(input: CheckInput): Check[] {
  const stock = input.mobile.stock;
  const checks: Check[] = CHECKED.map((page) => {
    const ours = input.mobile[page]?.performance ?? null;
    const base = stock?.performance ?? null;
    // A score cannot pass 100: against a stock 95, "+10" means 100.
    const min = base === null ? null : Math.min(base + BUDGETS.performanceOverStock, 100);
    return {
      name: `${page} mobile performance vs stock`,
      value: ours === null ? NOT_MEASURED : `${ours} (stock ${base ?? NOT_MEASURED})`,
      limit: `≥ stock + ${BUDGETS.performanceOverStock}${min === null ? '' : ` = ${min}`}`,
      ok: ours !== null && min !== null && ours >= min,
      measured: ours !== null && min !== null,
    };
  });
  const tbt = input.mobile.sandbox?.tbtMs ?? null;
  const baseTbt = stock?.tbtMs ?? null;
  const maxTbt = baseTbt === null ? null : BUDGETS.sandboxTbtOfStock * baseTbt;
  checks.push({
    name: 'sandbox mobile TBT vs stock',
    value:
      tbt === null
        ? NOT_MEASURED
        : `${Math.round(tbt)} ms (stock ${baseTbt === null ? NOT_MEASURED : `${Math.round(baseTbt)} ms`})`,
    limit: `≤ ${BUDGETS.sandboxTbtOfStock} × stock${maxTbt === null ? '' : ` = ${Math.round(maxTbt)} ms`}`,
    ok: tbt !== null && maxTbt !== null && tbt <= maxTbt,
    measured: tbt !== null && maxTbt !== null,
  });
  return checks;
}

function scoreChecks(input: CheckInput): Check[] {
  const scores = [
    ['accessibility', 'accessibility'],
    ['bestPractices', 'best practices'],
    ['seo', 'SEO'],
  ] as const;
  return CHECKED.flatMap((page) =>
    scores.map(([key, label]) => {
      const score = input.mobile[page]?.[key] ?? null;
      return {
        name: `${page} mobile ${label}`,
        value: score === null ? NOT_MEASURED : String(score),
        limit: `= ${BUDGETS.otherScores}`,
        ok: score !== null && score >= BUDGETS.otherScores,
        measured: score !== null,
      };
    }),
  );
}

function clsChecks(input: CheckInput): Check[] {
  return CHECKED.flatMap((page) =>
    (['mobile', 'desktop'] as const).map((formFactor) => {
      const cls = input[formFactor][page]?.cls ?? null;
      return {
        name: `${page} ${formFactor} CLS`,
        value: cls === null ? NOT_MEASURED : cls.toFixed(3),
        limit: '= 0',
        ok: cls !== null && cls < BUDGETS.clsBelow,
        measured: cls !== null,
      };
    }),
  );
}

/** Every check, passed or not; a measurement that is missing fails its checks. */
export function runChecks(input: CheckInput): Check[] {
  return [
    ...weightChecks(input),
    ...vsStockChecks(input),
    ...scoreChecks(input),
    ...clsChecks(input),
  ];
}
