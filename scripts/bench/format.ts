/** The forms the bench prints figures in. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const count = (n: number): string => n.toLocaleString('en');

/** A Markdown table, columns padded to their widest cell. */
export function renderTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n') + '\n';
}

/** The median of the finite values, or null when there is none. */
export function median(values: number[]): number | null {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = v.length >> 1;
  const [lo, hi] = [v[mid - (v.length % 2 ? 0 : 1)], v[mid]];
  return lo === undefined || hi === undefined ? null : (lo + hi) / 2;
}
