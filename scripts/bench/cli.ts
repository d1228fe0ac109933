/**
 * `npm run bench [-- --check] [--runs N] [--no-build] [--no-lighthouse] [--no-core]`: our
 * guide and sandbox against our guide on a stock Docusaurus site, both built cold and
 * measured in the same run, then the core bench; files go to bench-results/<time>/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {repoRoot, runAsCli, wholeNumber} from '../run-cli';
import {measureSaves} from './core-saves';
import {renderReport, type Measured} from './report';
import {coldBuild, log, PAGES, stockSite} from './sites';

export type Options = ReturnType<typeof parseOptions>;

/** Medians of fewer runs swing too much to hold a page to a few points. */
const MIN_CHECK_RUNS = 5;
/** Desktop figures feed only the CLS check, which does not swing: fewer rounds do. */
const DESKTOP_RUNS = 3;
const OUT_DIR = 'build-bench';

export function parseOptions(args: string[]) {
  const flag = (on: boolean) => ({type: 'boolean', default: on}) as const;
  const {values} = parseArgs({
    args,
    options: {
      check: flag(false),
      runs: {type: 'string', default: '5'},
      build: flag(true),
      lighthouse: flag(true),
      core: flag(true),
    },
    allowNegative: true, // --no-build, --no-lighthouse, --no-core
  });
  const o = {...values, runs: wholeNumber(values.runs, '--runs', 1)};
  if (o.check && (!o.lighthouse || !o.core))
    throw new Error('--check enforces every budget: run it without --no-lighthouse or --no-core');
  if (o.check && o.runs < MIN_CHECK_RUNS)
    throw new Error(`--check compares medians: it needs --runs ${MIN_CHECK_RUNS} or more`);
  return o;
}

const loadAverage = () => Math.round((os.loadavg()[0] ?? 0) * 10) / 10;

async function main(args: string[]): Promise<number> {
  const opts = parseOptions(args);
  // Playwright loads only once the arguments are known to be good: a mistake fails at once.
  const {measureServed} = await import('./measure');
  const runDir = path.join(repoRoot, 'bench-results', new Date().toISOString().replace(/\W/g, '-'));
  fs.mkdirSync(runDir, {recursive: true});
  const loadAtStart = loadAverage();
  const ours = coldBuild(repoRoot, OUT_DIR, path.join(runDir, 'build.log'), !opts.build);
  const guideMd = path.join(repoRoot, OUT_DIR, `${PAGES.guide.replace(/\/$/, '')}.md`);
  const stock = stockSite(guideMd, path.join(runDir, 'stock-build.log'), !opts.build);
  const desktop = Math.min(opts.runs, DESKTOP_RUNS);
  const served = await measureServed(
    {ours: path.join(repoRoot, OUT_DIR), stock: stock.buildDir ?? null},
    opts.lighthouse ? {mobile: opts.runs, desktop} : {mobile: 0, desktop: 0},
    runDir,
  );
  if (opts.core) log('core bench (npm run bench:core)…');
  const core = opts.core ? measureSaves() : null;
  const measured: Measured = {opts, ours, stock, served, core, load: [loadAtStart, loadAverage()]};
  const {report, checks} = renderReport(measured);
  console.log(report);
  const json = JSON.stringify({...measured, checks}, null, 2);
  fs.writeFileSync(path.join(runDir, 'results.json'), json);
  fs.writeFileSync(path.join(runDir, 'report.txt'), `${report}\n`);
  log(`results in ${path.relative(repoRoot, runDir)}/`);
  return opts.check && checks.some((c) => !c.ok) ? 1 : 0;
}

runAsCli(__filename, main);
