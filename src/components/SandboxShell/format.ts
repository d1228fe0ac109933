import type {LogEntry} from '@site/src/tokens';

/*
 * One formatter for every time the sandbox shows. UTC and fixed digits, so the same state
 * reads the same in every browser, locale and test run.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** "14:03:22 UTC": request times, last used, revoked at. */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

/** "2026-05-01 14:03:22 UTC": creation times. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${formatTime(ms)}`;
}

/** A token is named by its ID, never by its value: "Token 828705047", "unknown", "none". */
export function tokenLabel(tokenId: LogEntry['tokenId']): string {
  if (tokenId === null) return 'none';
  if (tokenId === 'unknown') return 'unknown';
  return `Token ${tokenId}`;
}
