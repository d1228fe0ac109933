import type {LogEntry} from '@site/src/tokens';

/** "2026-05-01 14:03:22 UTC": creation times; UTC reads the same in every browser and locale. */
export function formatDateTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** "14:03:22 UTC": request times, last used, revoked at. */
export function formatTime(ms: number): string {
  return formatDateTime(ms).slice('2026-05-01 '.length);
}

/** A token is named by its ID, never by its value: "Token 828705047", "unknown", "none". */
export function tokenLabel(tokenId: LogEntry['tokenId']): string {
  if (tokenId === null) return 'none';
  if (tokenId === 'unknown') return 'unknown';
  return `Token ${tokenId}`;
}
