/** The printed report: a few small tables, each with one job. */
import path from 'node:path';
import type {BuildResult} from './build';
import type {Check} from './checks';
import type {Versus, VsStock} from './compare';
import {BASE_URL, type PageName} from './config';
import type {LhSummary} from './lighthouse';
import {renderCore} from './core-cli';
import type {Analysed} from './results';
import {fmtSpread, kB, MiB, renderTable, type Spread} from './stats';
import type {Fetched, PageWeight} from './weights';

const NONE = '–';

function buildTable(a: Analysed): string {
  const stockBuild = a.stock?.build ?? null;
  const cell = (b: BuildResult | null, f: (b: BuildResult) => string) => (b ? f(b) : NONE);
  const rows = [
    ['cold build wall time', (b: BuildResult) => `${(b.wallMs / 1000).toFixed(1)} s`],
    ['peak memory (process tree RSS)', (b: BuildResult) => MiB(b.peakTreeRssBytes ?? NaN)],
    ['peak memory (largest process)', (b: BuildResult) => MiB(b.peakProcessRssBytes ?? NaN)],
  ] as const;
  const body = rows.map(([metric, f]) => [metric, cell(a.build, f), cell(stockBuild, f)]);
  const left = a.stock?.dropped ?? [];
  const widgets = left.filter((d) => d.startsWith('widget')).length;
  const stockNote = a.stock
    ? `stock site: ${a.stock.siteDir} (${a.stock.install}); its guide is ours without ` +
      `${widgets} widgets and ${left.length - widgets} pictures`
    : `stock site: not available (${a.stockError ?? 'not built'})`;
  return `Build (cold)\n${renderTable(['metric', 'ours', 'stock'], body)}${stockNote}\n`;
}

const score = (n: number) => n.toFixed(0);
const seconds = (n: number) => `${(n / 1000).toFixed(2)} s`;
const LH_ROWS: [string, keyof LhSummary, (n: number) => string][] = [
  ['performance', 'performance', score],
  ['accessibility', 'accessibility', score],
  ['best practices', 'bestPractices', score],
  ['SEO', 'seo', score],
  ['LCP', 'lcpMs', seconds],
  ['TBT', 'tbtMs', (n) => `${n.toFixed(0)} ms`],
  ['TTI (not scored)', 'ttiMs', seconds],
  ['CLS', 'cls', (n) => n.toFixed(3)],
  ['total bytes', 'totalBytes', kB],
];

function pagesTable(a: Analysed): string {
  const pages = (['stock', 'home', 'guide', 'sandbox'] as PageName[]).filter((p) =>
    a.served.weights.has(p),
  );
  const weight = (label: string, f: (w: PageWeight) => string) => [
    label,
    ...pages.map((p) => {
      const w = a.served.weights.get(p);
      return w ? f(w) : NONE;
    }),
  ];
  const rows = [
    weight('JS fetched raw / gzip', (w) => `${kB(w.js.raw)} / ${kB(w.js.gzip)} (${w.js.count})`),
    weight('CSS fetched raw / gzip', (w) => `${kB(w.css.raw)} / ${kB(w.css.gzip)}`),
    weight('JS+CSS fetched gzip', (w) => kB(w.jsCss.gzip)),
    weight('all fetched raw / gzip', (w) => `${kB(w.all.raw)} / ${kB(w.all.gzip)}`),
  ];
  for (const ff of a.options.formFactors) {
    for (const [label, key, fmt] of LH_ROWS) {
      const cells = pages.map((p) => {
        const s = a.summaries.get(`${p}/${ff}`);
        return s ? fmtSpread(s[key] as Spread | null, fmt) : NONE;
      });
      if (cells.some((c) => c !== NONE)) rows.push([`LH ${ff} ${label}`, ...cells]);
    }
  }
  return `Pages (stock = the guide's prose on a stock Docusaurus site)\n${renderTable(['metric', ...pages], rows)}`;
}

function chunksTable(a: Analysed): string {
  if (!a.own) return 'Sandbox chunks: not available (needs the home, guide and sandbox pages)\n';
  const files = (fs: Fetched[]) =>
    `${kB(fs.reduce((n, f) => n + f.raw, 0))} / ${kB(fs.reduce((n, f) => n + f.gzip, 0))} ` +
    `(${fs.map((f) => path.basename(f.path)).join(', ') || 'none'})`;
  return `Sandbox chunks, raw / gzip\n${renderTable(
    ['which', 'files'],
    [
      ['sandbox page only', files(a.own.sandboxOnly)],
      ['shared with the guide only', files(a.own.sharedWithGuide)],
    ],
  )}`;
}

function fmtVersus(v: Versus, fmt: (n: number) => string): string {
  if (v.value === null) return NONE;
  const range =
    v.perRound && v.perRound.runs > 1 ? ` (${fmt(v.perRound.min)}…${fmt(v.perRound.max)})` : '';
  return `${fmt(v.value)}${range}`;
}

function vsStockTable(a: Analysed): string {
  const pages = a.options.pages;
  const points = (n: number) => `${n > 0 ? '+' : ''}${n.toFixed(n % 1 ? 1 : 0)}`;
  const times = (n: number) => `${n.toFixed(2)}×`;
  const rows: string[][] = [];
  for (const ff of a.options.formFactors) {
    const row = (label: string, pick: (v: VsStock) => Versus, fmt: (n: number) => string) => [
      `${ff} ${label}`,
      ...pages.map((p) => {
        const vs = a.vsStock.get(`${p}/${ff}`);
        return vs ? fmtVersus(pick(vs), fmt) : NONE;
      }),
    ];
    rows.push(
      row('performance (points)', (v) => v.performancePoints, points),
      row('TBT ratio', (v) => v.tbtRatio, times),
      row('LCP ratio', (v) => v.lcpRatio, times),
    );
  }
  const gzip = (p: PageName) => {
    const ours = a.served.weights.get(p)?.jsCss.gzip;
    const stock = a.served.weights.get('stock')?.jsCss.gzip;
    return ours && stock ? times(ours / stock) : NONE;
  };
  rows.push(['JS+CSS gzip ratio', ...pages.map(gzip)]);
  return `Against stock: ours − stock (points), ours ÷ stock (×), from the medians; (min…max) round by round\n${renderTable(['metric', ...pages], rows)}`;
}

function coreTable(a: Analysed): string {
  if (!a.core) return '';
  if (!a.core.available) return `Core bench: not available (${a.core.reason})\n`;
  return `Core bench (npm run bench:core)\n${renderCore(a.core.data)}`;
}

function checksTable(checks: Check[], enforced: boolean): string {
  const failed = checks.filter((c) => c.measured && !c.ok).length;
  const unmeasured = checks.filter((c) => !c.measured).length;
  const verdict =
    (failed ? `${failed} of ${checks.length} FAIL` : 'no failure') +
    (unmeasured ? `, ${unmeasured} not measured${enforced ? ' (FAIL)' : ''}` : '');
  const title = enforced ? '--check' : 'not enforced without --check';
  const result = (c: Check) => (c.ok ? 'ok' : c.measured ? 'FAIL' : 'not measured');
  return `Checks (${title}): ${verdict}\n${renderTable(
    ['check', 'value', 'limit', 'result'],
    checks.map((c) => [c.name, c.value, c.limit, result(c)]),
  )}`;
}

export function renderReport(a: Analysed): string {
  const o = a.options;
  const lh = o.lighthouse
    ? `Lighthouse 12.8: median (min–max) of ${o.runs} mobile and ${o.desktopRuns} desktop rounds, each round stock then ${o.pages.join(', ')}.`
    : 'Lighthouse skipped (--no-lighthouse).';
  return [
    a.build || a.stock?.build ? buildTable(a) : '',
    pagesTable(a),
    chunksTable(a),
    o.lighthouse && a.stock ? vsStockTable(a) : '',
    coreTable(a),
    checksTable(a.checks, o.check),
    `Both sites built for ${BASE_URL}, served by nginx with the deploy recipe (gzip). kB = 1000 bytes; ` +
      `gzip computed on the fetched bodies (level 6). ${lh} Load average (1 min, 2 cores): ${a.load.start} at the start, ${a.load.end} at the end.`,
  ]
    .filter(Boolean)
    .join('\n');
}
