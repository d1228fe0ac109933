/**
 * The two sites the bench compares, built cold for one base URL: ours, and a stock classic site
 * with our guide, installed once outside the repo, where our type-check and lint do not read it.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {chromiumExecutablePath} from '../../tests/support/browser';
import {errorText} from '../run-cli';
import {TEST_BASE_URL as BASE_URL, TEST_SITE_URL as SITE_URL} from '../test-build';

/** Each page under its site's base URL; stock's (no `trailingSlash`) is its `.md` file's path. */
export const PAGES = {
  stock: 'docs/import-api-access-tokens',
  guide: 'developers/import-api/guides/import-api-access-tokens/',
  sandbox: 'developers/import-api/guides/token-rotation-sandbox/',
};
export type PageName = keyof typeof PAGES;
const STOCK_VERSIONS = {createDocusaurus: '3.10.2', swcHtml: '1.16.2'} as const;
const stockCacheDir =
  process.env.BENCH_STOCK_DIR ??
  path.join(process.env.XDG_CACHE_HOME ?? `${os.homedir()}/.cache`, 'stitch-docs-bench/stock');
const stockSiteDir = path.join(stockCacheDir, 'site');

export const log = (msg: string): void => console.error(`[bench] ${msg}`);
/** Every command's environment: the base URL our build reads, the Chromium Lighthouse drives. */
const env = {
  ...process.env,
  BASE_URL,
  SITE_URL,
  CHROME_PATH: chromiumExecutablePath ?? process.env.CHROME_PATH ?? '',
};

/** Runs a command to completion (the bench does one thing at a time); throws with its tail. */
export function run(cmd: string, args: string[], cwd: string, logFile?: string): void {
  const r = spawnSync(cmd, args, {cwd, env, encoding: 'utf8', maxBuffer: 1 << 30});
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error?.message ?? ''}`;
  if (logFile) fs.writeFileSync(logFile, output);
  if (r.status !== 0) {
    const tail = output.trim().split('\n').slice(-8).join('\n');
    const what = [path.basename(cmd), ...args].join(' ');
    throw new Error(`${what} failed in ${cwd}${logFile ? ` (${logFile})` : ''}:\n${tail}`);
  }
}

/** A production build with caches and output cleared: its ms, or null when `reuse` finds one. */
export function coldBuild(siteDir: string, outDir: string, logFile: string, reuse: boolean) {
  if (reuse && fs.existsSync(path.join(siteDir, outDir, 'index.html'))) return null;
  log(`cold build of ${siteDir} into ${outDir}/ (clearing .docusaurus, node_modules/.cache)…`);
  for (const dir of ['.docusaurus', path.join('node_modules', '.cache'), outDir])
    fs.rmSync(path.join(siteDir, dir), {recursive: true, force: true});
  const started = performance.now();
  const docusaurus = path.join(siteDir, 'node_modules', '.bin', 'docusaurus');
  run(docusaurus, ['build', '--out-dir', outDir], siteDir, logFile);
  return performance.now() - started;
}

/** Scaffolds and installs the stock site unless the one there has the same versions. */
function ensureStockInstalled(): 'reused' | 'installed' {
  const wanted = JSON.stringify(STOCK_VERSIONS);
  const marker = path.join(stockCacheDir, 'installed.json');
  const bin = path.join(stockSiteDir, 'node_modules', '.bin', 'docusaurus');
  if (fs.existsSync(bin) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === wanted)
    return 'reused';
  const scaffold = `create-docusaurus@${STOCK_VERSIONS.createDocusaurus}`;
  log(`stock site: ${scaffold} into ${stockCacheDir}…`);
  fs.rmSync(stockCacheDir, {recursive: true, force: true});
  fs.mkdirSync(stockCacheDir, {recursive: true});
  const args = ['-y', scaffold, 'site', 'classic', '--typescript', '--skip-install'];
  run('npx', args, stockCacheDir);
  // The registry here lacks other platforms' builds of the @swc/html the template's
  // dependencies ask for (shared/notes/toolchain.md): pin the one that installs.
  run('npm', ['pkg', 'set', `overrides[@swc/html]=${STOCK_VERSIONS.swcHtml}`], stockSiteDir);
  log('stock site: npm install…');
  run('npm', ['install', '--no-audit', '--no-fund'], stockSiteDir);
  fs.writeFileSync(marker, wanted);
  return 'installed';
}

/** The template's config with our `url` and `baseUrl`; nothing else changes. */
export function configureStock(config: string, siteUrl: string, baseUrl: string): string {
  const out = config
    .replace(/^(\s*)url: '[^']*',$/m, `$1url: '${siteUrl}',`)
    .replace(/^(\s*)baseUrl: '[^']*',$/m, `$1baseUrl: '${baseUrl}',`);
  if (!out.includes(`url: '${siteUrl}',`) || !out.includes(`baseUrl: '${baseUrl}',`))
    throw new Error("The stock docusaurus.config.ts has no `url: '…',` or `baseUrl: '…',` line");
  return out;
}

/** Our guide's `.md` as a stock doc minus its Source line (`format: md`: braces stay text). */
export const stockGuide = (guideMd: string): string =>
  `---\nformat: md\n---\n\n${guideMd.replace(/^Source: .*\n\n?/m, '')}`;

export type StockSite = ReturnType<typeof stockSite>;

/** The stock site with our guide, built; a failure (no registry, a build error) is not fatal. */
export function stockSite(guideMdFile: string, logFile: string, reuse: boolean) {
  try {
    const guideMd = fs.readFileSync(guideMdFile, 'utf8');
    const install = ensureStockInstalled();
    const configPath = path.join(stockSiteDir, 'docusaurus.config.ts');
    fs.writeFileSync(
      configPath,
      configureStock(fs.readFileSync(configPath, 'utf8'), SITE_URL, BASE_URL),
    );
    fs.writeFileSync(path.join(stockSiteDir, `${PAGES.stock}.md`), stockGuide(guideMd));
    const buildMs = coldBuild(stockSiteDir, 'build', logFile, reuse);
    return {install, buildMs, buildDir: path.join(stockSiteDir, 'build')};
  } catch (err) {
    log(`stock site not available: ${errorText(err)}`);
    return {error: errorText(err).split('\n')[0] ?? ''};
  }
}
