import {isUnavailable, plural, type AppTokenStatus, type LogEntry} from '@site/src/tokens';

/** What the application sends, in words: by ID and last four characters, never the value. */
export function describeAppToken(
  t: AppTokenStatus,
  integrationName: (id: number) => string,
): string {
  switch (t.kind) {
    case 'none':
      return 'No token: every push is refused with 401.';
    case 'unknown':
      return `A value ending in …${t.hint} that matches no token: every push is refused with 401. Copy a token from its window and paste it whole.`;
    case 'valid':
      return `Token ${t.tokenId} (…${t.hint}), active, of ${integrationName(t.integrationId)}.`;
    case 'revoked':
      return `Token ${t.tokenId} (…${t.hint}) of ${integrationName(t.integrationId)}, which is revoked: every push is refused with 401.`;
  }
}

/** The answer to the reader's own request, read from the log (announced once it arrives). */
export function describeRequest(e: LogEntry): string {
  const validate = e.kind === 'validate';
  const what = validate ? 'Validate' : 'Push';
  switch (true) {
    case e.status === 200:
      return `${what}: 200, the token and the batch are valid (nothing stored).`;
    case e.status === 201:
      return `${what}: 201, ${plural(e.records, 'record')} accepted.`;
    case e.status === 401:
      return validate
        ? `${what}: 401, not authenticated (nothing to re-send).`
        : `${what}: 401, not authenticated; ${plural(e.records, 'record')} queued for re-send.`;
    case isUnavailable(e.status):
      return `${what}: ${e.status}, the Import API is unavailable; the application will retry.`;
    default:
      return `${what}: ${e.status}, refused.`;
  }
}
