/** The printed report: the builds, the pages side by side, against stock, the checks. */
import {runChecks, type Check, type CheckInput} from './checks';
import {renderCore, type CoreSummary} from './core-cli';
import {kB, median, renderTable} from './format';
import type {FormFactor, Metric, PageName, Served} from './measure';
import type {Options} from './cli';
import {BASE_URL} from './sites';

/** Build times in ms (null: reused); `load`: 1-minute load averages at the start and end. */
export type Measured = {
  opts: Options;
  ours: number | null;
  stock: {install: string; buildMs: number | null; buildDir: string} | {error: string};
  served: Served;
  core: CoreSummary | null;
  load: [number, number];
};

const PAGES: PageName[] = ['stock', 'guide', 'sandbox'];
const FORM_FACTORS: FormFactor[] = ['mobile', 'desktop'];
const NONE = '–';
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const LH_ROWS: [string, Metric, (n: number) => string][] = [
  ['performance', 'performance', String],
  ['accessibility', 'accessibility', String],
  ['best practices', 'bestPractices', String],
  ['SEO', 'seo', String],
  ['LCP', 'lcpMs', seconds],
  ['TBT', 'tbtMs', (n) => `${n.toFixed(0)} ms`],
  ['CLS', 'cls', (n) => n.toFixed(3)],
];

const figures = (m: Measured, page: PageName, ff: FormFactor, metric: Metric) =>
  (m.served.lighthouse[`${page}/${ff}`] ?? []).flatMap((r) => (r ? [r[metric]] : []));
const medianOf = (m: Measured, page: PageName, ff: FormFactor, metric: Metric) =>
  median(figures(m, page, ff, metric));

/** The median, and the range when the runs differ as shown. */
function spread(values: number[], fmt: (n: number) => string): string {
  const mid = median(values);
  if (mid === null) return NONE;
  const [lo, hi] = [fmt(Math.min(...values)), fmt(Math.max(...values))];
  return lo === hi ? fmt(mid) : `${fmt(mid)} (${lo}–${hi})`;
}

function buildLine({ours, stock}: Measured): string {
  const time = (ms: number | null) => (ms === null ? 'reused' : `${(ms / 1000).toFixed(1)} s`);
  const stockSite =
    'error' in stock
      ? `stock site not available (${stock.error})`
      : `stock ${time(stock.buildMs)} (site ${stock.install}; its guide is our guide's Markdown version, the llms .md)`;
  return `Cold builds: ours ${time(ours)}, ${stockSite}\n`;
}

function pagesTable(m: Measured): string {
  const weight = (p: PageName) => {
    const w = m.served.weights[p];
    return w ? `${kB(w.raw)} / ${kB(w.gzip)} (${w.files})` : NONE;
  };
  const rows = [['JS+CSS fetched raw / gzip (files)', ...PAGES.map(weight)]];
  for (const ff of FORM_FACTORS)
    for (const [label, metric, fmt] of LH_ROWS)
      rows.push([`LH ${ff} ${label}`, ...PAGES.map((p) => spread(figures(m, p, ff, metric), fmt))]);
  return `Pages (stock = our guide's prose on a stock Docusaurus site): median (min–max)\n${renderTable(['metric', ...PAGES], rows)}`;
}

function vsStockTable(m: Measured): string {
  const ours = PAGES.filter((p) => p !== 'stock');
  const vs = (label: string, of: (p: PageName) => number | null | undefined, points = false) => [
    label,
    ...ours.map((p) => {
      const [a, b] = [of(p), of('stock')];
      if (a == null || b == null || (!points && b === 0)) return NONE;
      return points ? `${a > b ? '+' : ''}${a - b}` : `${(a / b).toFixed(2)}×`;
    }),
  ];
  const rows = FORM_FACTORS.flatMap((ff) => [
    vs(`${ff} performance, points`, (p) => medianOf(m, p, ff, 'performance'), true),
    vs(`${ff} TBT ratio`, (p) => medianOf(m, p, ff, 'tbtMs')),
    vs(`${ff} LCP ratio`, (p) => medianOf(m, p, ff, 'lcpMs')),
  ]);
  rows.push(vs('JS+CSS gzip ratio', (p) => m.served.weights[p]?.gzip));
  return `Against stock, from the medians: ours − stock (points), ours ÷ stock (×)\n${renderTable(['metric', ...ours], rows)}`;
}

function checkInput(m: Measured): CheckInput {
  const medians = (ff: FormFactor) =>
    Object.fromEntries(
      PAGES.map((p) => [p, Object.fromEntries(LH_ROWS.map(([, k]) => [k, medianOf(m, p, ff, k)]))]),
    );
  const {guide, sandbox} = m.served.weights;
  return {
    jsCssGzip: {guide: guide?.gzip, sandbox: sandbox?.gzip},
    mobile: medians('mobile'),
    desktop: medians('desktop'),
  };
}

function checksTable(checks: Check[], enforced: boolean): string {
  const failed = checks.filter((c) => !c.ok).length;
  const verdict = failed ? `${failed} of ${checks.length} FAIL` : `all ${checks.length} pass`;
  const result = (c: Check) => (c.ok ? 'ok' : c.measured ? 'FAIL' : 'FAIL (not measured)');
  return `Checks (${enforced ? '--check' : 'not enforced without --check'}): ${verdict}\n${renderTable(
    ['check', 'value', 'limit', 'result'],
    checks.map((c) => [c.name, c.value, c.limit, result(c)]),
  )}`;
}

export function renderReport(m: Measured): {report: string; checks: Check[]} {
  const {opts, core, load} = m;
  const checks = [...runChecks(checkInput(m)), ...(core?.checks ?? [])];
  const lh = opts.lighthouse
    ? `Lighthouse 12.8: ${opts.runs} mobile and ${m.served.lighthouse['guide/desktop']?.length} desktop rounds, each round stock then guide, sandbox.`
    : 'Lighthouse skipped (--no-lighthouse).';
  const report = [
    buildLine(m),
    pagesTable(m),
    'error' in m.stock || !opts.lighthouse ? '' : vsStockTable(m),
    core ? `Core bench (npm run bench:core)\n${renderCore(core)}\n` : '',
    m.served.errors.length
      ? `Lighthouse runs that failed:\n  ${m.served.errors.join('\n  ')}\n`
      : '',
    checksTable(checks, opts.check),
    `Compared: our guide and sandbox pages with the stock guide, both sites built for ${BASE_URL} and ` +
      `served by nginx with the deploy recipe (gzip). kB = 1000 bytes, gzip level 6 on the fetched ` +
      `bodies. ${lh} Load average (1 min): ${load[0]} at the start, ${load[1]} at the end.`,
  ];
  return {report: report.filter(Boolean).join('\n'), checks};
}
