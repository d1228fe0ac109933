/** Median and range of repeated measurements, and the forms figures are printed in. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spread(values: number[]): Spread | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return {median, min: v[0], max: v.at(-1)!, runs: v.length};
}

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const MiB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** The median, and the range when the runs differ as shown (0.000–0.000 says nothing). */
export function fmtSpread(s: Spread | null, fmt: (n: number) => string): string {
  if (!s) return 'n/a';
  const [min, max] = [fmt(s.min), fmt(s.max)];
  return s.runs > 1 && min !== max ? `${fmt(s.median)} (${min}–${max})` : fmt(s.median);
}

/** A Markdown table, columns padded to their widest cell. */
export function renderTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${head.map((_, i) => (cells[i] ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)]
    .join('\n')
    .concat('\n');
}
