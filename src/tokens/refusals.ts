/** Every refusal's wording in one place, so the web app and the API doors say the same. */
import {plural} from './plural';
import type {Refusal, RefusalCode} from './events';
import {MAX_ACTIVE_TOKENS, MAX_BATCH, MAX_INTEGRATIONS, MAX_PENDING} from './limits';

export function refusal(code: RefusalCode, reason: string): Refusal {
  return {ok: false, code, reason};
}

export const refusals = {
  unknownIntegration: (id: number) =>
    refusal('unknown-integration', `There is no integration with id ${id}.`),
  unknownToken: (integrationId: number, tokenId: number) =>
    refusal('unknown-token', `Integration ${integrationId} has no token with id ${tokenId}.`),
  alreadyRevoked: (tokenId: number) =>
    refusal('already-revoked', `Token ${tokenId} is already revoked.`),
  tokenLimit: (ids: readonly number[]) =>
    refusal(
      'token-limit',
      `This integration already has ${MAX_ACTIVE_TOKENS} active tokens (${ids.join(' and ')}). Revoke one before generating another.`,
    ),
  integrationLimit: () =>
    refusal(
      'integration-limit',
      `This sandbox holds at most ${MAX_INTEGRATIONS} integrations. Reset it to add more.`,
    ),
  /** Generating while a token is shown would discard its value unseen. */
  revealOpen: () =>
    refusal('reveal-open', 'Close the token window first: its value is shown only once.'),
  noReveal: () => refusal('no-reveal', 'No token is being shown.'),
  nothingToCopy: () =>
    refusal(
      'no-reveal',
      'Nothing to copy: a token can only be copied while it is shown, right after it is generated.',
    ),
  nothingCopied: () => refusal('nothing-copied', 'No token has been copied yet.'),
  invalidClientId: () => refusal('invalid-client-id', 'A client_id is a positive whole number.'),
  invalidCount: () => refusal('invalid-count', `A batch holds 1 to ${MAX_BATCH} records.`),
  invalidTable: () =>
    refusal(
      'invalid-table',
      'A table name starts with a letter or _ and has only letters, digits and _ (at most 127).',
    ),
  /** A sequence at its ceiling (a hand-made link): ids are never reused, even after a reset. */
  sandboxFull: (what: string) =>
    refusal(
      'sandbox-full',
      `This sandbox has used up its ${what} (a shared link set them at the limit), and ids are never reused: it cannot take more. Open your own sandbox instead.`,
    ),
  holdFull: () =>
    refusal(
      'hold-full',
      `The application already holds ${MAX_PENDING} batches for a retry: it sends nothing new until the Import API answers again.`,
    ),
  nothingToResend: () => refusal('nothing-to-resend', 'There are no failed requests to re-send.'),
  queuedNote: (records: number) =>
    `${plural(records, 'record')} ${records === 1 ? 'stays' : 'stay'} queued`,
};
