/** The printed report: the builds, the pages side by side and against stock, core, checks. */
import {CHECKED, renderChecks, runChecks, type Check, type CheckInput} from './checks';
import type {Options} from './cli';
import {renderCore, saveChecks, type MixResult} from './core-saves';
import {
  FORM_FACTORS,
  kB,
  mapValues,
  median,
  METRICS,
  renderTable,
  type FormFactor,
  type Kind,
  type Metric,
} from './format';
import type {Served} from './measure';
import {TEST_BASE_URL} from '../test-build';
import {PAGES, type PageName, type StockSite} from './sites';

/** Build times in ms (null: reused); `load`: 1-minute load averages at the start and end. */
export type Measured = {
  opts: Options;
  ours: number | null;
  stock: StockSite;
  served: Served;
  core: MixResult[] | null;
  load: [number, number];
};

const NAMES = Object.keys(PAGES) as PageName[];
const NONE = '–';

type Figure = number | null | undefined;

/** The runs' median (the one the checks use), and their range when they differ as shown. */
function spread(values: number[], mid: Figure, show: (n: number) => string): string {
  if (mid == null) return NONE;
  const [lo, hi] = [show(Math.min(...values)), show(Math.max(...values))];
  return lo === hi ? show(mid) : `${show(mid)} (${lo}–${hi})`;
}

/** Ours against stock: the difference of scores in points, the ratio of times and weights. */
function vsStock(ours: Figure, stock: Figure, kind: Kind): string {
  // A layout shift is not compared: stock's is 0.
  if (ours == null || stock == null || kind === 'shift') return NONE;
  if (kind === 'score') return `${ours > stock ? '+' : ''}${ours - stock}`;
  return stock === 0 ? NONE : `${(ours / stock).toFixed(2)}×`;
}

function buildLine({ours, stock}: Measured): string {
  const time = (ms: number | null) => (ms === null ? 'reused' : `${(ms / 1000).toFixed(1)} s`);
  const stockSite =
    'error' in stock
      ? `stock site not available (${stock.error})`
      : `stock ${time(stock.buildMs)} (site ${stock.install}; its guide is our guide's Markdown version, the llms .md)`;
  return `Cold builds: ours ${time(ours)}, ${stockSite}\n`;
}

const runs = (m: Measured, page: PageName, ff: FormFactor, metric: Metric) =>
  (m.served.lighthouse[`${page}/${ff}`] ?? []).map((r) => r[metric]);

function pagesTable(m: Measured, medians: CheckInput): string {
  const w = m.served.weights;
  const weight = (p: PageName) => {
    const x = w[p];
    return x ? `${kB(x.raw)} / ${kB(x.gzip)} (${x.files})` : NONE;
  };
  const rows = [
    [
      'JS+CSS fetched raw / gzip (files)',
      ...NAMES.map(weight),
      ...CHECKED.map((p) => vsStock(w[p]?.gzip, w.stock?.gzip, 'bytes')),
    ],
  ];
  for (const ff of FORM_FACTORS)
    for (const [key, {label, show, kind}] of Object.entries(METRICS)) {
      const metric = key as Metric;
      rows.push([
        `LH ${ff} ${label}`,
        ...NAMES.map((p) => spread(runs(m, p, ff, metric), medians[ff][p]?.[metric], show)),
        ...CHECKED.map((p) => vsStock(medians[ff][p]?.[metric], medians[ff].stock?.[metric], kind)),
      ]);
    }
  const head = ['metric', ...NAMES, ...CHECKED.map((p) => `${p} vs stock`)];
  return (
    "Pages (stock = our guide's prose on a stock Docusaurus site): median (min–max); against " +
    'stock from the medians: ours − stock for scores (points), ours ÷ stock for times and weight (×)\n' +
    renderTable(head, rows)
  );
}

export function renderReport(m: Measured): {report: string; checks: Check[]} {
  const {opts, core, load, served} = m;
  const medians = (ff: FormFactor) =>
    mapValues(PAGES, (_, p) => mapValues(METRICS, (_, k) => median(runs(m, p, ff, k))));
  const input: CheckInput = {
    jsCssGzip: {guide: served.weights.guide?.gzip, sandbox: served.weights.sandbox?.gzip},
    mobile: medians('mobile'),
    desktop: medians('desktop'),
  };
  const checks = [...runChecks(input), ...(core ? saveChecks(core) : [])];
  const lh = opts.lighthouse
    ? `Lighthouse 12.8: ${served.rounds.mobile} mobile and ${served.rounds.desktop} desktop rounds, each round stock then guide, sandbox.`
    : 'Lighthouse skipped (--no-lighthouse).';
  const report = [
    buildLine(m),
    pagesTable(m, input),
    core ? `Core bench (npm run bench:core)\n${renderCore(core)}` : '',
    served.errors.length ? `Lighthouse runs that failed:\n  ${served.errors.join('\n  ')}\n` : '',
    renderChecks(checks, opts.check),
    `Compared: our guide and sandbox pages with the stock guide, both sites built for ${TEST_BASE_URL} and ` +
      `served by nginx with the deploy recipe (gzip). kB = 1000 bytes, gzip level 6 on the fetched ` +
      `bodies. ${lh} Load average (1 min): ${load[0]} at the start, ${load[1]} at the end.`,
  ];
  return {report: report.filter(Boolean).join('\n'), checks};
}
