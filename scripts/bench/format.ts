/** The figures the bench reads from Lighthouse, and the forms it prints figures in. */
import {markdownTable} from 'markdown-table';
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const count = (n: number): string => n.toLocaleString('en');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** How a figure compares with stock's (see `vsStock` in report.ts). */
export type Kind = 'score' | 'ms' | 'bytes' | 'shift';
const score = {kind: 'score', show: String} as const;
/** Lighthouse's figures by their report ids: category scores (0–100), audits in ms, the shift. */
export const METRICS = {
  performance: {id: 'performance', label: 'performance', ...score},
  accessibility: {id: 'accessibility', label: 'accessibility', ...score},
  bestPractices: {id: 'best-practices', label: 'best practices', ...score},
  seo: {id: 'seo', label: 'SEO', ...score},
  lcpMs: {id: 'largest-contentful-paint', label: 'LCP', kind: 'ms', show: seconds},
  tbtMs: {id: 'total-blocking-time', label: 'TBT', kind: 'ms', show: (n) => `${n.toFixed(0)} ms`},
  cls: {id: 'cumulative-layout-shift', label: 'CLS', kind: 'shift', show: (n) => n.toFixed(3)},
} satisfies Record<string, {id: string; label: string; kind: Kind; show: (n: number) => string}>;
export type Metric = keyof typeof METRICS;
export const FORM_FACTORS = ['mobile', 'desktop'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

/** An object with the same keys, each value mapped. */
export const mapValues = <K extends string, V, W>(o: Record<K, V>, f: (v: V, k: K) => W) =>
  Object.fromEntries(Object.entries<V>(o).map(([k, v]) => [k, f(v, k as K)])) as Record<K, W>;

/** A Markdown table, columns padded to their widest cell. */
export const renderTable = (head: string[], rows: string[][]): string =>
  `${markdownTable([head, ...rows])}\n`;

/** The median of the finite values, or null when there is none. */
export function median(values: number[]): number | null {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = v.length >> 1;
  const [lo, hi] = [v[mid - (v.length % 2 ? 0 : 1)], v[mid]];
  return lo === undefined || hi === undefined ? null : (lo + hi) / 2;
}
