/**
 * Deploy tests' global setup: build the site for a sub-path (or reuse a fresh build),
 * render the nginx recipe for it (fresh CSP hashes every run), start nginx on a free
 * loopback port. The function returned is the teardown: it stops nginx.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type {FullConfig} from '@playwright/test';
import {repoRoot} from '../../scripts/csp-hashes';
import {startNginx} from '../support/nginx';
import {DEPLOY_BASE_URL, DEPLOY_BUILD_DIR, DEPLOY_SITE_URL} from './constants';

const INPUTS = [
  'docs',
  'src',
  'static',
  'docusaurus.config.ts',
  'sidebars.ts',
  'package-lock.json',
];
const STAMP = path.join(repoRoot, 'node_modules', '.cache', 'deploy-tests', 'build-stamp.json');

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, entry)));
  return max;
}

function buildIsFresh(buildDir: string): boolean {
  if (process.env.CI || process.env.DEPLOY_REBUILD) return false;
  if (!fs.existsSync(path.join(buildDir, 'index.html')) || !fs.existsSync(STAMP)) return false;
  const stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8')) as Record<string, unknown>;
  if (stamp.baseUrl !== DEPLOY_BASE_URL || stamp.siteUrl !== DEPLOY_SITE_URL) return false;
  const newestInput = Math.max(...INPUTS.map((p) => newestMtime(path.join(repoRoot, p))));
  return typeof stamp.builtAt === 'number' && newestInput < stamp.builtAt;
}

export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const buildDir = path.join(repoRoot, DEPLOY_BUILD_DIR);
  if (buildIsFresh(buildDir)) {
    console.log(`[deploy] reusing ${DEPLOY_BUILD_DIR} (newer than its inputs)`);
  } else {
    console.log(`[deploy] building for BASE_URL=${DEPLOY_BASE_URL} into ${DEPLOY_BUILD_DIR}…`);
    const startedAt = Date.now();
    const res = spawnSync('npx', ['docusaurus', 'build', '--out-dir', DEPLOY_BUILD_DIR], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: {...process.env, BASE_URL: DEPLOY_BASE_URL, SITE_URL: DEPLOY_SITE_URL},
    });
    if (res.status !== 0) throw new Error(`docusaurus build for ${DEPLOY_BASE_URL} failed`);
    fs.mkdirSync(path.dirname(STAMP), {recursive: true});
    fs.writeFileSync(
      STAMP,
      JSON.stringify({baseUrl: DEPLOY_BASE_URL, siteUrl: DEPLOY_SITE_URL, builtAt: startedAt}),
    );
  }

  const nginx = await startNginx({buildDir});
  if (nginx.baseUrl !== DEPLOY_BASE_URL) {
    await nginx.stop();
    throw new Error(`Build in ${DEPLOY_BUILD_DIR} is for ${nginx.baseUrl}, not ${DEPLOY_BASE_URL}`);
  }
  console.log(`[deploy] nginx ${nginx.pid} serving ${buildDir} at ${nginx.siteUrl}`);
  // Workers start after global setup and inherit these.
  process.env.DEPLOY_ORIGIN = nginx.origin;
  process.env.DEPLOY_NGINX_CONF_DIR = path.join(nginx.workDir, 'conf');

  return async () => {
    await nginx.stop();
  };
}
