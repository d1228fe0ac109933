/** What the web app and the application show of integrations and tokens: never a secret. */
import {activeTokens, findActive} from '../lookups';
import type {AppTokenStatus} from '../events';
import type {Integration, Reveal, SandboxState} from '../model';
import {appTokenStatus} from '../ops/app';

/** The account's client_id: every integration's records carry it. */
export function accountClientId(s: SandboxState): number {
  return s.clientId;
}

export interface IntegrationView extends Integration {
  readonly activeTokens: number;
}

export function integrations(s: SandboxState): IntegrationView[] {
  return s.integrations.map((i) => ({...i, activeTokens: activeTokens(s, i.id).length}));
}

/** The secret, only between generation and "Close and Continue". */
export function revealedSecret(s: SandboxState): Reveal | null {
  return s.reveal;
}

/** Which token was copied last (no secret): for "use the token I copied". */
export function copiedToken(
  s: SandboxState,
): {tokenId: number; integrationId: number; hint: string} | null {
  const c = s.app.clipboard;
  return c === null ? null : {tokenId: c.tokenId, integrationId: c.integrationId, hint: c.hint};
}

export interface AppStatus {
  readonly token: AppTokenStatus;
  readonly clientId: number;
  readonly clientMatches: boolean;
  readonly integrationId: number | null;
  readonly lastResponse: SandboxState['app']['lastResponse'];
  /** Records held for a retry after a 503/504, and when the next attempt is due. */
  readonly pending: {readonly records: number; readonly nextRetryAt: number | null};
  /** "Continuous traffic": the application pushes every second while a page shows it. */
  readonly traffic: boolean;
}

export function appStatus(s: SandboxState): AppStatus {
  const pending = s.app.pending;
  return {
    token: appTokenStatus(s),
    clientId: s.app.clientId,
    clientMatches: s.app.clientId === s.clientId,
    integrationId: s.app.integrationId,
    lastResponse: s.app.lastResponse,
    pending: {
      records: pending.reduce((n, p) => n + p.count, 0),
      nextRetryAt: pending.length === 0 ? null : Math.min(...pending.map((p) => p.retryAt)),
    },
    traffic: s.app.traffic,
  };
}

/** Revoking this token cuts the application off: it is the token the application sends. */
export interface RevokeWarning {
  /** Another active token of the integration the application could switch to first. */
  readonly otherActive: number | null;
}

/** The warning a revoke confirmation shows, or null when the application does not send it. */
export function revokeWarning(s: SandboxState, tokenId: number): RevokeWarning | null {
  const t = findActive(s, tokenId);
  if (t === undefined || s.app.token?.tokenId !== tokenId) return null;
  const other = activeTokens(s, t.integrationId).find((x) => x.id !== tokenId);
  return {otherActive: other?.id ?? null};
}
