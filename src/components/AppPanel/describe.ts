import {plural, type AppTokenStatus, type Outcome} from '@site/src/tokens';

/** What the application sends, in words: by ID and last four characters, never the value. */
export function describeAppToken(
  t: AppTokenStatus,
  integrationName: (id: number) => string,
): string {
  switch (t.kind) {
    case 'none':
      return 'No token: every push is refused with 401.';
    case 'unknown':
      return `A value ending in …${t.hint} that matches no token: every push is refused with 401.`;
    case 'valid':
      return `Token ${t.tokenId} (…${t.hint}), active, of ${integrationName(t.integrationId)}.`;
    case 'revoked':
      return `Token ${t.tokenId} (…${t.hint}) of ${integrationName(t.integrationId)}, which is revoked: every push is refused with 401.`;
  }
}

/** The result of setting the token, next to the field. */
export function describeSetToken(outcome: Outcome): {error: boolean; text: string} {
  if (!outcome.ok) return {error: true, text: outcome.reason};
  if (outcome.type !== 'appTokenSet') return {error: false, text: ''};
  const r = outcome.resolved;
  switch (r.kind) {
    case 'none':
      return {error: false, text: 'The field was empty, so the application now sends no token.'};
    case 'unknown':
      return {
        error: true,
        text: `No token has that value (it ends in …${r.hint}). The application will send it, and Stitch will answer 401. Copy a token from the reveal and paste it whole.`,
      };
    case 'revoked':
      return {
        error: true,
        text: `That is token ${r.tokenId}, which is revoked: pushes with it fail with 401.`,
      };
    case 'valid':
      return {error: false, text: `The application now sends token ${r.tokenId}.`};
  }
}

/**
 * The answer to one "Send push", numbered (`n`, the panel's nth push) so that two identical
 * answers in a row still change the live region and are announced.
 */
export function describePush(outcome: Outcome, count: number, n: number): string {
  return `Push ${n}: ${pushResult(outcome, count)}`;
}

function pushResult(outcome: Outcome, count: number): string {
  if (!outcome.ok) return outcome.reason;
  if (outcome.type !== 'pushed') return '';
  if (outcome.status === 201) return `201: ${plural(count, 'record')} accepted.`;
  if (outcome.status === 401)
    return `401: not authenticated; ${plural(count, 'record')} queued for re-send.`;
  return `${outcome.status}: the push was refused.`;
}
