/**
 * `npm run bench`: our site against a stock Docusaurus site, measured in the same run.
 *
 *   npm run bench                  measure and print; always exits 0
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
import {coldBuild, type BuildResult} from './build';
import {BASE_URL, log, OUT_DIR, pathOf, repoRoot, SITE_URL} from './config';
import {measureServed} from './measure';
import {parseArgs, type Options} from './options';
import {renderReport} from './report';
import {analyse, loadAverage, newRunDir, saveResults} from './results';
import {runCoreBench} from './run-core-bench';
import {prepareStockSite, type StockSite} from './stock-site';

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
    console.error(build.log.split('\n').slice(-30).join('\n'));
    throw new Error('build failed: see bench-results/…/build.log');
  }
  return build;
}

/** The baseline; a failure (no registry, a build error) is reported, not fatal. */
async function stockSite(
  opts: Options,
  runDir: string,
): Promise<{stock: StockSite | null; stockError: string | null}> {
  const guidePage = path.join(buildDir, pathOf('guide'), 'index.html');
  try {
    const guideHtml = fs.readFileSync(guidePage, 'utf8');
    const stock = await prepareStockSite({guideHtml, rebuild: opts.build, runDir});
    log(`stock site ready (${stock.install}); its guide leaves out: ${stock.dropped.join(', ')}`);
    return {stock, stockError: null};
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log(`stock site not available: ${message}`);
    return {stock: null, stockError: message.split('\n')[0]};
  }
}

async function main(opts: Options): Promise<number> {
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
  let core = null;
  if (opts.core) {
    log('npm run bench:core…');
    core = await runCoreBench(repoRoot);
  }
  const load = {start: loadAtStart, end: loadAverage()};
  const analysed = analyse({options: opts, build, stock, stockError, served, core, load});
  const report = renderReport(analysed);
  console.log(report);
  saveResults(runDir, analysed, report);
  log(`results in ${path.relative(repoRoot, runDir)}/`);
  const failed = analysed.checks.filter((c) => !c.ok).length;
  return opts.check && failed > 0 ? 1 : 0;
}

const options = parseArgs(process.argv.slice(2));
main(options).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    // A crash is a failure for --check; without it the bench only reports.
    process.exit(options.check ? 1 : 0);
  },
);
