/**
 * `npm run bench [-- --check] [--runs N] [--no-build] [--no-lighthouse] [--no-core]`: our
 * guide and sandbox against our guide on a stock Docusaurus site, both built cold and
 * measured in the same run, then the core bench; files go to bench-results/<time>/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {repoRoot} from '../csp-hashes';
import {runAsCli, wholeNumber} from '../run-cli';
import {coreBench} from './core-cli';
import {renderReport, type Measured} from './report';
import {coldBuild, log, prepareStockSite, stockSiteDir} from './sites';

export type Options = ReturnType<typeof parseOptions>;

/** Medians of fewer runs swing too much to hold a page to a few points. */
const MIN_CHECK_RUNS = 5;
/** Desktop figures feed only the CLS check, which does not swing: fewer rounds do. */
const DESKTOP_RUNS = 3;
const OUT_DIR = 'build-bench';

export function parseOptions(args: string[]) {
  const flag = {type: 'boolean', default: false} as const;
  const {values: v} = parseArgs({
    args,
    options: {
      check: flag,
      runs: {type: 'string', default: '5'},
      'no-build': flag,
      'no-lighthouse': flag,
      'no-core': flag,
    },
  });
  const o = {
    check: v.check,
    runs: wholeNumber(v.runs, '--runs', 1),
    build: !v['no-build'],
    lighthouse: !v['no-lighthouse'],
    core: !v['no-core'],
  };
  if (o.check && (!o.lighthouse || !o.core))
    throw new Error('--check enforces every budget: run it without --no-lighthouse or --no-core');
  if (o.check && o.runs < MIN_CHECK_RUNS)
    throw new Error(`--check compares medians: it needs --runs ${MIN_CHECK_RUNS} or more`);
  return o;
}

/** A cold build's ms, or null when --no-build finds a build there. */
function build(opts: Options, siteDir: string, outDir: string, logFile: string) {
  if (!opts.build && fs.existsSync(path.join(siteDir, outDir, 'index.html'))) return null;
  log(`cold build of ${siteDir} into ${outDir}/ (clearing .docusaurus, node_modules/.cache)…`);
  return coldBuild(siteDir, outDir, logFile);
}

/** The baseline, built; a failure (no registry, a build error) is reported, not fatal. */
function stockSite(opts: Options, runDir: string, guide: string): Measured['stock'] {
  try {
    const guideMd = path.join(repoRoot, OUT_DIR, `${guide.replace(/\/$/, '')}.md`);
    const {install} = prepareStockSite(fs.readFileSync(guideMd, 'utf8'));
    const built = build(opts, stockSiteDir, 'build', path.join(runDir, 'stock-build.log'));
    return {install, buildMs: built, buildDir: path.join(stockSiteDir, 'build')};
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log(`stock site not available: ${message}`);
    return {error: message.split('\n')[0] ?? message};
  }
}

const loadAverage = () => Math.round((os.loadavg()[0] ?? 0) * 10) / 10;

async function main(args: string[]): Promise<number> {
  const opts = parseOptions(args);
  // Playwright loads only once the arguments are known to be good: a mistake fails at once.
  const {measureServed, OUR_PAGES} = await import('./measure');
  const runDir = path.join(repoRoot, 'bench-results', new Date().toISOString().replace(/\W/g, '-'));
  fs.mkdirSync(runDir, {recursive: true});
  const loadAtStart = loadAverage();
  const ours = build(opts, repoRoot, OUT_DIR, path.join(runDir, 'build.log'));
  const stock = stockSite(opts, runDir, OUR_PAGES.guide);
  const served = await measureServed({
    buildDir: path.join(repoRoot, OUT_DIR),
    stockBuildDir: 'buildDir' in stock ? stock.buildDir : null,
    rounds: opts.lighthouse
      ? {mobile: opts.runs, desktop: Math.min(opts.runs, DESKTOP_RUNS)}
      : null,
    runDir,
  });
  if (opts.core) log('core bench (npm run bench:core)…');
  const core = opts.core ? coreBench() : null;
  const measured: Measured = {opts, ours, stock, served, core, load: [loadAtStart, loadAverage()]};
  const {report, checks} = renderReport(measured);
  console.log(report);
  fs.writeFileSync(
    path.join(runDir, 'results.json'),
    JSON.stringify({...measured, checks}, null, 2),
  );
  fs.writeFileSync(path.join(runDir, 'report.txt'), `${report}\n`);
  log(`results in ${path.relative(repoRoot, runDir)}/`);
  return opts.check && checks.some((c) => !c.ok) ? 1 : 0;
}

runAsCli(__filename, main);
