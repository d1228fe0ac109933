/**
 * `npm run bench`: our site against a stock Docusaurus site, measured in the same run.
 *
 *   npm run bench                  measure and print
 *   npm run bench -- --check       also enforce the checks (checks.ts); exits 1 on a breach
 *   options: --runs N (mobile Lighthouse rounds, default 5), --desktop-runs N (default 3),
 *            --no-build (reuse build-bench/ and the stock build), --no-lighthouse, --no-core,
 *            --pages guide,sandbox (our pages for Lighthouse; home too if listed),
 *            --form-factor mobile|desktop (one of the two)
 *
 * Steps: our site built cold for /acme/docs/ into build-bench/; the stock site
 * (stock-site.ts) given our guide's prose and built cold for the same base URL; both served
 * by nginx with the deploy recipe; page weights in the browser; Lighthouse in rounds
 * (stock, guide, sandbox, stock, …); the core bench. Results go to bench-results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {runAsCli, wholeNumber} from '../run-cli';
import {coldBuild, type BuildResult} from './build';
import {
  BASE_URL,
  log,
  OUR_PAGES,
  OUT_DIR,
  pathOf,
  repoRoot,
  SITE_URL,
  type OurPage,
} from './config';
import type {CoreSummary} from './core-cli';
import {run, tail} from './exec';
import type {FormFactor} from './lighthouse';
import {measureServed} from './measure';
import {renderReport} from './report';
import {analyse, loadAverage, newRunDir, saveResults, type CoreResult} from './results';
import {prepareStockSite, type StockSite} from './stock-site';

export interface Options {
  check: boolean;
  /** Lighthouse rounds in mobile (the checks' form factor) and in desktop. */
  runs: number;
  desktopRuns: number;
  build: boolean;
  lighthouse: boolean;
  core: boolean;
  /** Our pages that Lighthouse measures, beside the stock guide. */
  pages: OurPage[];
  formFactors: FormFactor[];
}

const FORM_FACTORS: FormFactor[] = ['mobile', 'desktop'];
/** Medians of fewer runs swing too much to hold a page to a few points. */
const MIN_CHECK_RUNS = 5;

function listOption<T extends string>(value: string, allowed: readonly T[]): T[] {
  const items = value.split(',').filter(Boolean);
  if (!items.length || items.some((i) => !allowed.includes(i as T)))
    throw new Error(`Expected a comma-separated list of ${allowed.join(', ')}; got "${value}"`);
  return items as T[];
}

export function parseOptions(args: string[]): Options {
  const flag = {type: 'boolean', default: false} as const;
  const {values: v} = parseArgs({
    args,
    options: {
      check: flag,
      runs: {type: 'string', default: '5'},
      'desktop-runs': {type: 'string', default: '3'},
      'no-build': flag,
      'no-lighthouse': flag,
      'no-core': flag,
      pages: {type: 'string', default: 'guide,sandbox'},
      'form-factor': {type: 'string', default: FORM_FACTORS.join(',')},
    },
  });
  const o: Options = {
    check: v.check,
    runs: wholeNumber(v.runs, '--runs', 1),
    desktopRuns: wholeNumber(v['desktop-runs'], '--desktop-runs', 1),
    build: !v['no-build'],
    lighthouse: !v['no-lighthouse'],
    core: !v['no-core'],
    pages: listOption(
      v.pages,
      OUR_PAGES.map((p) => p.name),
    ),
    formFactors: listOption(v['form-factor'], FORM_FACTORS),
  };
  const everything =
    o.lighthouse && o.core && o.pages.includes('guide') && o.pages.includes('sandbox');
  if (o.check && (!everything || o.formFactors.length < FORM_FACTORS.length))
    throw new Error(
      '--check enforces every budget: run it without --no-lighthouse, --no-core, --pages or --form-factor',
    );
  if (o.check && o.runs < MIN_CHECK_RUNS)
    throw new Error(`--check compares medians: it needs --runs ${MIN_CHECK_RUNS} or more`);
  return o;
}

const buildDir = path.join(repoRoot, OUT_DIR);

/** Our cold build; null with --no-build. Throws when the build fails. */
async function buildOurs(opts: Options, runDir: string): Promise<BuildResult | null> {
  if (!opts.build) {
    if (!fs.existsSync(path.join(buildDir, 'index.html')))
      throw new Error(`--no-build needs an existing ${OUT_DIR}/`);
    return null;
  }
  log(
    `cold build for BASE_URL=${BASE_URL} into ${OUT_DIR}/ (clearing .docusaurus, node_modules/.cache)…`,
  );
  const build = await coldBuild({repoRoot, outDir: OUT_DIR, env: {BASE_URL, SITE_URL}});
  fs.writeFileSync(path.join(runDir, 'build.log'), build.log);
  if (!build.ok) {
    console.error(tail(build.log, 30));
    throw new Error('build failed: see bench-results/…/build.log');
  }
  return build;
}

/** The baseline; a failure (no registry, a build error) is reported, not fatal. */
async function stockSite(opts: Options, runDir: string) {
  try {
    const guideHtml = fs.readFileSync(path.join(buildDir, pathOf('guide'), 'index.html'), 'utf8');
    const stock = await prepareStockSite({guideHtml, rebuild: opts.build, runDir});
    log(`stock site ready (${stock.install}); its guide leaves out: ${stock.dropped.join(', ')}`);
    return {stock, stockError: null};
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log(`stock site not available: ${message}`);
    return {stock: null as StockSite | null, stockError: message.split('\n')[0]};
  }
}

/** `npm run bench:core` in its own process, as a reader runs it (its heap is its own). */
async function coreBench(): Promise<CoreResult> {
  log('npm run bench:core…');
  const ran = await run('npm', ['run', '--silent', 'bench:core', '--', '--json'], {cwd: repoRoot});
  try {
    return {available: true, data: JSON.parse(ran.stdout) as CoreSummary};
  } catch {
    return {available: false, reason: `exit ${ran.code}: ${tail(ran.output, 1).slice(0, 160)}`};
  }
}

async function main(args: string[]): Promise<number> {
  const opts = parseOptions(args);
  const runDir = newRunDir();
  const loadAtStart = loadAverage();
  const build = await buildOurs(opts, runDir);
  const {stock, stockError} = await stockSite(opts, runDir);
  const served = await measureServed({
    options: opts,
    buildDir,
    stockBuildDir: stock?.buildDir ?? null,
    runDir,
  });
  const core = opts.core ? await coreBench() : null;
  const load = {start: loadAtStart, end: loadAverage()};
  const analysed = analyse({options: opts, build, stock, stockError, served, core, load});
  const report = renderReport(analysed);
  console.log(report);
  saveResults(runDir, analysed, report);
  log(`results in ${path.relative(repoRoot, runDir)}/`);
  return opts.check && analysed.checks.some((c) => !c.ok) ? 1 : 0;
}

runAsCli(__filename, main);
