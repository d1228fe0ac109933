/**
 * The two sites the bench compares, built cold for one base URL: ours, and a stock classic
 * site whose one added doc is our guide's llms `.md`. The stock site is installed once, outside
 * the repo (our type-check and lint would read it), and reused while its versions match.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BASE_URL = '/acme/docs/';
export const SITE_URL = 'https://acme.example.com';
const STOCK_VERSIONS = {createDocusaurus: '3.10.2', swcHtml: '1.16.2'} as const;
const stockCacheDir =
  process.env.BENCH_STOCK_DIR ??
  path.join(process.env.XDG_CACHE_HOME ?? `${os.homedir()}/.cache`, 'stitch-docs-bench/stock');
export const stockSiteDir = path.join(stockCacheDir, 'site');
/** The stock guide's URL path under the base URL (the template has no `trailingSlash`). */
export const STOCK_GUIDE_PATH = 'docs/import-api-access-tokens';

export const log = (msg: string): void => console.error(`[bench] ${msg}`);

/** Runs a command to completion (the bench does one thing at a time). */
export function run(cmd: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, {cwd, env, encoding: 'utf8', maxBuffer: 1 << 30});
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error?.message ?? ''}`;
  const tail = (lines: number) => output.trim().split('\n').slice(-lines).join('\n');
  return {ok: r.status === 0, stdout: r.stdout ?? '', output, tail};
}

/** A cold production build (generated files, the bundler's cache, the output cleared): ms. */
export function coldBuild(siteDir: string, outDir: string, logFile: string): number {
  for (const dir of ['.docusaurus', path.join('node_modules', '.cache'), outDir])
    fs.rmSync(path.join(siteDir, dir), {recursive: true, force: true});
  const started = performance.now();
  const docusaurus = path.join(siteDir, 'node_modules', '.bin', 'docusaurus');
  const env = {...process.env, BASE_URL, SITE_URL};
  const ran = run(docusaurus, ['build', '--out-dir', outDir], siteDir, env);
  fs.writeFileSync(logFile, ran.output);
  if (!ran.ok) throw new Error(`build of ${siteDir} failed (${logFile}):\n${ran.tail(15)}`);
  return performance.now() - started;
}

function mustRun(cmd: string, args: string[], cwd: string): void {
  const ran = run(cmd, args, cwd);
  if (!ran.ok) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${ran.tail(8)}`);
}

/** Scaffolds and installs the stock site unless the one there has the same versions. */
function ensureStockInstalled(): 'reused' | 'installed' {
  const wanted = JSON.stringify(STOCK_VERSIONS);
  const marker = path.join(stockCacheDir, 'installed.json');
  const bin = path.join(stockSiteDir, 'node_modules', '.bin', 'docusaurus');
  if (fs.existsSync(bin) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === wanted)
    return 'reused';
  log(`stock site: create-docusaurus@${STOCK_VERSIONS.createDocusaurus} into ${stockCacheDir}…`);
  fs.rmSync(stockCacheDir, {recursive: true, force: true});
  fs.mkdirSync(stockCacheDir, {recursive: true});
  const scaffold = `create-docusaurus@${STOCK_VERSIONS.createDocusaurus}`;
  mustRun(
    'npx',
    ['-y', scaffold, 'site', 'classic', '--typescript', '--skip-install'],
    stockCacheDir,
  );
  // The registry here lacks other platforms' builds of the @swc/html the template's
  // dependencies ask for (shared/notes/toolchain.md): pin the one that installs.
  const pkgPath = path.join(stockSiteDir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as Record<string, unknown>;
  pkg.overrides = {'@swc/html': STOCK_VERSIONS.swcHtml};
  fs.writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  log('stock site: npm install…');
  mustRun('npm', ['install', '--no-audit', '--no-fund'], stockSiteDir);
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

/**
 * Our guide's Markdown version as a stock doc: read as CommonMark (`format: md`: no MDX,
 * so braces and angle brackets in the prose stay text), without the line naming its source.
 */
export const stockGuide = (guideMd: string): string =>
  `---\nformat: md\n---\n\n${guideMd.replace(/^Source: .*\n\n?/m, '')}`;

/** Installs the stock site when needed, gives it our guide's Markdown and config, readies it. */
export function prepareStockSite(guideMd: string): {install: 'reused' | 'installed'} {
  const install = ensureStockInstalled();
  const configPath = path.join(stockSiteDir, 'docusaurus.config.ts');
  const config = configureStock(fs.readFileSync(configPath, 'utf8'), SITE_URL, BASE_URL);
  fs.writeFileSync(configPath, config);
  fs.writeFileSync(
    path.join(stockSiteDir, 'docs', 'import-api-access-tokens.md'),
    stockGuide(guideMd),
  );
  return {install};
}
