/** What the web app and the application show of integrations and tokens: never a secret. */
import {activeTokens, findActive} from '../lookups';
import {MAX_ACTIVE_TOKENS} from '../limits';
import type {Reveal, SandboxState} from '../model';
import {appTokenStatus} from '../ops/app';

/** The account's client_id: every integration's records carry it. */
export function accountClientId(s: SandboxState): number {
  return s.clientId;
}

export type IntegrationView = ReturnType<typeof integrations>[number];

export function integrations(s: SandboxState) {
  return s.integrations.map((i) => ({...i, activeTokens: activeTokens(s, i.id).length}));
}

/** The secret, only between generation and "Close and Continue". */
export function revealedSecret(s: SandboxState): Reveal | null {
  return s.reveal;
}

/** Which token was copied last (no secret): for "use the token I copied". */
export function copiedToken(s: SandboxState) {
  const c = s.app.clipboard;
  return c === null ? null : {tokenId: c.tokenId, integrationId: c.integrationId, hint: c.hint};
}

export function appStatus(s: SandboxState) {
  const pending = s.app.pending;
  return {
    token: appTokenStatus(s),
    clientId: s.app.clientId,
    clientMatches: s.app.clientId === s.clientId,
    integrationId: s.app.integrationId,
    lastResponse: s.app.lastResponse,
    /** Records held for a retry after a 503/504, and when the next attempt is due. */
    pending: {
      records: pending.reduce((n, p) => n + p.count, 0),
      nextRetryAt: pending.length === 0 ? null : Math.min(...pending.map((p) => p.retryAt)),
    },
    /** "Continuous traffic": the application pushes every second while a page shows it. */
    traffic: s.app.traffic,
  };
}

/** The application sends this token, or can (it is the copied one and its window is closed). */
export function reachable(s: SandboxState, tokenId: number | null): boolean {
  if (tokenId === null || findActive(s, tokenId) === undefined) return false;
  if (s.reveal?.tokenId === tokenId) return false;
  return s.app.token?.tokenId === tokenId || s.app.clipboard?.tokenId === tokenId;
}

/** For a token the app sends: another active token to switch to first, and if it was copied. */
export function revokeWarning(s: SandboxState, tokenId: number) {
  const t = findActive(s, tokenId);
  if (t === undefined || s.app.token?.tokenId !== tokenId) return null;
  const other = activeTokens(s, t.integrationId).find((x) => x.id !== tokenId);
  // The application sends `tokenId`, so it can reach the other only if that one was copied.
  const otherCopied = other !== undefined && reachable(s, other.id);
  return {otherActive: other?.id ?? null, otherCopied};
}

export type FreeSlot =
  {readonly kind: 'generate'} | {readonly kind: 'revoke-first'; readonly tokenId: number};

/** How the app can get a valid token of the integration: sent, shown, copied, or a free slot. */
export type TokenRoute =
  {readonly kind: 'sent' | 'reveal' | 'copied'; readonly tokenId: number} | FreeSlot;

/** A free slot, or the active token to revoke first (one the app does not send, unused first). */
export function freeSlot(s: SandboxState, integrationId: number): FreeSlot {
  const active = activeTokens(s, integrationId);
  const others = active.filter((t) => t.id !== s.app.token?.tokenId);
  const spare = others.find((t) => t.lastUsedAt === null) ?? others[0];
  if (active.length < MAX_ACTIVE_TOKENS || spare === undefined) return {kind: 'generate'};
  return {kind: 'revoke-first', tokenId: spare.id};
}

export function tokenRoute(s: SandboxState, integrationId: number): TokenRoute {
  const sent = appTokenStatus(s);
  if (sent.kind === 'valid' && sent.integrationId === integrationId)
    return {kind: 'sent', tokenId: sent.tokenId};
  if (s.reveal?.integrationId === integrationId) return {kind: 'reveal', tokenId: s.reveal.tokenId};
  const copied = s.app.clipboard;
  if (copied?.integrationId === integrationId && findActive(s, copied.tokenId) !== undefined)
    return {kind: 'copied', tokenId: copied.tokenId};
  return freeSlot(s, integrationId);
}
