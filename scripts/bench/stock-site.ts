/**
 * The baseline: a stock `create-docusaurus` classic site whose docs hold our guide's prose
 * as plain Markdown (`stock-guide.ts`), built for the same base URL as ours and served by the
 * same nginx recipe, so that the only difference between the two guide pages is the site.
 *
 * It lives outside the repo, in `$XDG_CACHE_HOME/stitch-docs-bench/stock/` (default
 * `~/.cache/…`, or `BENCH_STOCK_DIR`), because Docusaurus does not compile a site's own
 * TypeScript under a `node_modules/` path, and the repo's type-check and lint would read it.
 * It is reused while its marker names the same versions: scaffolding and installing it
 * takes a minute or two, once. Its build is cold too, and redone on every run unless
 * `--no-build` finds it up to date.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {coldBuild, type BuildResult} from './build';
import {BASE_URL, log, SITE_URL} from './config';
import {run, tail} from './exec';
import {stockGuideFromHtml} from './stock-guide';

export const STOCK_VERSIONS = {createDocusaurus: '3.10.2', swcHtml: '1.16.2'} as const;
export const stockCacheDir =
  process.env.BENCH_STOCK_DIR ??
  path.join(
    process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'),
    'stitch-docs-bench',
    'stock',
  );
const siteDir = path.join(stockCacheDir, 'site');
const markerPath = path.join(stockCacheDir, 'installed.json');
const guideDoc = path.join(siteDir, 'docs', 'import-api-access-tokens.md');
/** The stock guide's URL path under the base URL (the template has no `trailingSlash`). */
export const STOCK_GUIDE_PATH = 'docs/import-api-access-tokens';

export interface StockSite {
  siteDir: string;
  buildDir: string;
  install: 'reused' | 'installed';
  /** null when --no-build found the previous build up to date. */
  build: BuildResult | null;
  /** What the Markdown copy of the guide left out (widgets, pictures). */
  dropped: string[];
}

/** Runs a command in `cwd`; a failure throws with the last lines it printed. */
async function exec(cmd: string, args: string[], cwd: string): Promise<void> {
  const ran = await run(cmd, args, {cwd});
  if (ran.code !== 0)
    throw new Error(
      `${cmd} ${args.join(' ')} exited ${ran.code} in ${cwd}:\n${tail(ran.output, 8)}`,
    );
}

async function ensureInstalled(): Promise<StockSite['install']> {
  const wanted = JSON.stringify(STOCK_VERSIONS);
  const marker = fs.existsSync(markerPath) ? fs.readFileSync(markerPath, 'utf8') : null;
  const bin = path.join(siteDir, 'node_modules', '.bin', 'docusaurus');
  if (marker === wanted && fs.existsSync(bin)) return 'reused';
  const version = STOCK_VERSIONS.createDocusaurus;
  log(`stock site: create-docusaurus@${version} classic into ${stockCacheDir} (once)…`);
  fs.rmSync(stockCacheDir, {recursive: true, force: true});
  fs.mkdirSync(stockCacheDir, {recursive: true});
  const scaffold = ['-y', `create-docusaurus@${version}`, 'site', 'classic', '--typescript'];
  await exec('npx', [...scaffold, '--skip-install'], stockCacheDir);
  // The registry here lacks other platforms' builds of the @swc/html the template's
  // dependencies ask for (shared/notes/toolchain.md): pin the one that installs.
  const pkgPath = path.join(siteDir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as Record<string, unknown>;
  pkg.overrides = {'@swc/html': STOCK_VERSIONS.swcHtml};
  fs.writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  log('stock site: npm install…');
  await exec('npm', ['install', '--no-audit', '--no-fund'], siteDir);
  fs.writeFileSync(markerPath, wanted);
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

function writeIfChanged(file: string, text: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return false;
  fs.writeFileSync(file, text);
  return true;
}

/**
 * Installs the stock site when needed, writes its guide from our build's guide page
 * (`guideHtml`) and builds it cold (`rebuild`, or when something changed).
 */
export async function prepareStockSite(opts: {
  guideHtml: string;
  rebuild: boolean;
  runDir: string;
}): Promise<StockSite> {
  const install = await ensureInstalled();
  const guide = stockGuideFromHtml(opts.guideHtml, {siteUrl: SITE_URL, baseUrl: BASE_URL});
  const configPath = path.join(siteDir, 'docusaurus.config.ts');
  const config = configureStock(fs.readFileSync(configPath, 'utf8'), SITE_URL, BASE_URL);
  const changed = [writeIfChanged(configPath, config), writeIfChanged(guideDoc, guide.markdown)];
  const buildDir = path.join(siteDir, 'build');
  let build: BuildResult | null = null;
  if (opts.rebuild || changed.some(Boolean) || !fs.existsSync(path.join(buildDir, 'index.html'))) {
    log(`stock site: cold build for BASE_URL=${BASE_URL}…`);
    build = await coldBuild({repoRoot: siteDir, outDir: 'build', env: {}});
    fs.writeFileSync(path.join(opts.runDir, 'stock-build.log'), build.log);
    if (!build.ok) throw new Error(`stock build failed:\n${tail(build.log, 15)}`);
  }
  return {siteDir, buildDir, install, build, dropped: guide.dropped};
}
