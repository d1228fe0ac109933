/** What `npm run bench -- --check` enforces: weights absolute, speed against stock's medians. */
import {FORM_FACTORS, kB, METRICS, renderTable, type Metric} from './format';

const BUDGETS = {
  /** JS+CSS the browser fetches, gzip (kB = 1000 bytes, the stricter reading). */
  jsCssGzip: {guide: 210_000, sandbox: 260_000},
  /** Mobile performance of the guide and the sandbox: at least stock + this many points. */
  performanceOverStock: 10,
  /** Mobile TBT of the sandbox: at most this share of stock's. */
  sandboxTbtOfStock: 0.5,
  otherScores: 100,
  /** "CLS 0": what Lighthouse shows as 0. */
  clsBelow: 0.001,
} as const;

/** Our pages: checked here, set beside stock in the report. */
export const CHECKED = ['guide', 'sandbox'] as const;
type Checked = (typeof CHECKED)[number];
const OTHER_SCORES = ['accessibility', 'bestPractices', 'seo'] as const;

/** Medians of one page in one form factor (missing or null: not measured). */
export type Medians = Partial<Record<Metric, number | null>>;
type Pages = Partial<Record<Checked | 'stock', Medians>>;

export interface CheckInput {
  jsCssGzip: Partial<Record<Checked, number>>;
  mobile: Pages;
  desktop: Pages;
}
export type Check = {name: string; value: string; limit: string; ok: boolean; measured: boolean};

/** A figure not measured fails its check. */
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

export function runChecks(input: CheckInput): Check[] {
  const {jsCssGzip, performanceOverStock: points, sandboxTbtOfStock: share} = BUDGETS;
  const {performance: perf, tbtMs: tbt} = input.mobile.stock ?? {};
  // Ours against a stock figure that was not measured is not measured either.
  const vs = (stock: number | null | undefined, ours: number | null | undefined) =>
    stock == null ? null : ours;
  return [
    ...CHECKED.map((page) =>
      check(
        `${page} JS+CSS fetched, gzip`,
        input.jsCssGzip[page],
        `≤ ${kB(jsCssGzip[page])}`,
        kB,
        (bytes) => bytes <= jsCssGzip[page],
      ),
    ),
    ...CHECKED.map((page) =>
      check(
        `${page} mobile performance vs stock`,
        vs(perf, input.mobile[page]?.performance),
        `≥ stock + ${points}, at most 100`,
        (x) => `${x} (stock ${perf})`,
        // A score cannot pass 100: against a stock 95, "+10" means 100.
        (x) => x >= Math.min((perf ?? 0) + points, 100),
      ),
    ),
    check(
      'sandbox mobile TBT vs stock',
      vs(tbt, input.mobile.sandbox?.tbtMs),
      `≤ ${share} × stock`,
      (x) => `${Math.round(x)} ms (stock ${Math.round(tbt ?? 0)} ms)`,
      (x) => x <= share * (tbt ?? 0),
    ),
    ...CHECKED.flatMap((page) =>
      OTHER_SCORES.map((key) =>
        check(
          `${page} mobile ${METRICS[key].label}`,
          input.mobile[page]?.[key],
          `= ${BUDGETS.otherScores}`,
          String,
          (score) => score >= BUDGETS.otherScores,
        ),
      ),
    ),
    ...CHECKED.flatMap((page) =>
      FORM_FACTORS.map((ff) =>
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

/** The checks as a table, under a verdict that says whether they are enforced. */
export function renderChecks(checks: Check[], enforced: boolean): string {
  const failed = checks.filter((c) => !c.ok).length;
  const verdict = failed ? `${failed} of ${checks.length} FAIL` : `all ${checks.length} pass`;
  const result = (c: Check) => (c.ok ? 'ok' : c.measured ? 'FAIL' : 'FAIL (not measured)');
  return `Checks (${enforced ? '--check' : 'not enforced without --check'}): ${verdict}\n${renderTable(
    ['check', 'value', 'limit', 'result'],
    checks.map((c) => [c.name, c.value, c.limit, result(c)]),
  )}`;
}
