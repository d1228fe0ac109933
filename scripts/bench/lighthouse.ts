/**
 * Lighthouse 12.8 from node_modules against a page served by nginx (gzip on), with
 * Debian's Chromium. Mobile is Lighthouse's default (Moto G-class, simulated slow 4G);
 * desktop is `--preset=desktop`.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {chromiumExecutablePath} from '../../tests/support/browser';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  /** Time to interactive (not scored by Lighthouse 12, shown for what the script loader costs). */
  ttiMs: number;
  cls: number;
  totalBytes: number;
}

interface LhJson {
  categories: Record<string, {score: number | null}>;
  audits: Record<string, {numericValue?: number}>;
  runtimeError?: {code: string; message: string};
}

export async function runLighthouse(opts: {
  repoRoot: string;
  url: string;
  formFactor: FormFactor;
  outFile: string;
}): Promise<LighthouseRun> {
  const bin = path.join(opts.repoRoot, 'node_modules', '.bin', 'lighthouse');
  const args = [
    opts.url,
    '--output=json',
    `--output-path=${opts.outFile}`,
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(opts.formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const child = spawn(bin, args, {
    cwd: opts.repoRoot,
    env: {...process.env, CHROME_PATH: chromiumExecutablePath ?? process.env.CHROME_PATH ?? ''},
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code: number = await new Promise((r) => child.on('close', (c) => r(c ?? 1)));
  if (code !== 0 || !fs.existsSync(opts.outFile)) {
    throw new Error(
      `lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
  }
  const lhr = JSON.parse(fs.readFileSync(opts.outFile, 'utf8')) as LhJson;
  if (lhr.runtimeError)
    throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    ttiMs: num('interactive'),
    cls: num('cumulative-layout-shift'),
    totalBytes: num('total-byte-weight'),
  };
}
