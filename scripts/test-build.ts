/**
 * `tsx scripts/test-build.ts [--force]`: the one production build the tests use, for the
 * sub-path /acme/docs/ (every link must carry the base), unless newer than its sources.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {repoRoot, runAsCli} from './run-cli';

export const TEST_BASE_URL = '/acme/docs/';
/** Only used for absolute URLs in the build (sitemap, canonical); traffic stays on 127.0.0.1. */
export const TEST_SITE_URL = 'https://acme.example.com';
export const TEST_BUILD_DIR_NAME = 'build-subpath';
export const testBuildDir = path.join(repoRoot, TEST_BUILD_DIR_NAME);

/** What the build is made from: newer than the stamp means the build is stale. */
const INPUTS = [
  'docs',
  'src',
  'static',
  'docusaurus.config.ts',
  'sidebars.ts',
  'package-lock.json',
  // It holds the test base and site URLs: changing them must rebuild.
  'scripts/test-build.ts',
];
/** Touched by this script after a build, dated when the build started. */
const STAMP = path.join(repoRoot, 'node_modules', '.cache', 'test-build', 'built-at');

/** The newest modification time of a file, or of a folder and everything in it (0: none). */
function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const inside = fs.statSync(p).isDirectory()
    ? fs.readdirSync(p, {recursive: true, encoding: 'utf8'})
    : [];
  return Math.max(...[p, ...inside.map((f) => path.join(p, f))].map((f) => fs.statSync(f).mtimeMs));
}

export const testBuildExists = (): boolean => fs.existsSync(path.join(testBuildDir, 'index.html'));

/** The test build exists, was made by this script for the test base, after its last input change. */
export function testBuildIsFresh(): boolean {
  if (!testBuildExists() || !fs.existsSync(STAMP)) return false;
  const builtAt = fs.statSync(STAMP).mtimeMs;
  return Math.max(...INPUTS.map((p) => newestMtime(path.join(repoRoot, p)))) < builtAt;
}

function main(argv: string[]): void {
  const {values} = parseArgs({args: argv, options: {force: {type: 'boolean', default: false}}});
  if (!values.force && testBuildIsFresh()) {
    console.log(`[test build] ${TEST_BUILD_DIR_NAME}/ is newer than its sources: reused`);
    return;
  }
  console.log(`[test build] building for BASE_URL=${TEST_BASE_URL} into ${TEST_BUILD_DIR_NAME}/`);
  const startedAt = Date.now();
  const docusaurus = path.join(repoRoot, 'node_modules', '.bin', 'docusaurus');
  const res = spawnSync(docusaurus, ['build', '--out-dir', TEST_BUILD_DIR_NAME], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: {...process.env, BASE_URL: TEST_BASE_URL, SITE_URL: TEST_SITE_URL},
  });
  if (res.status !== 0) throw new Error(`docusaurus build for ${TEST_BASE_URL} failed`);
  fs.mkdirSync(path.dirname(STAMP), {recursive: true});
  fs.writeFileSync(STAMP, '');
  fs.utimesSync(STAMP, new Date(startedAt), new Date(startedAt));
}

runAsCli(__filename, main);
