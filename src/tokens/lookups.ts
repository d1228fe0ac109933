/** Reading the state: the one place that knows where integrations and tokens live. */
import {looksLikeSecret} from './secret';
import type {TokenView} from './events';
import type {Integration, SandboxState, Token} from './model';

export function findIntegration(s: SandboxState, id: number): Integration | undefined {
  return s.integrations.find((i) => i.id === id);
}

export function findActive(s: SandboxState, id: number | null | undefined): Token | undefined {
  return id == null ? undefined : s.tokens.find((t) => t.id === id);
}

export function findToken(s: SandboxState, id: number): Token | undefined {
  return findActive(s, id) ?? s.revokedTokens.find((t) => t.id === id);
}

/** The token a value (as sent in a header or pasted) is the secret of, by its fingerprint. */
export function findTokenBySecret(s: SandboxState, value: string, fp: string): Token | undefined {
  // Every issued secret has one fixed shape; anything else cannot match, so skip the scan.
  if (!looksLikeSecret(value)) return undefined;
  return (
    s.tokens.find((t) => t.fingerprint === fp) ?? s.revokedTokens.find((t) => t.fingerprint === fp)
  );
}

function tokenView({fingerprint: _fingerprint, ...t}: Token): TokenView {
  return {...t, active: t.revokedAt === null};
}

/** An integration's active tokens, oldest first, metadata only. */
export function activeTokens(s: SandboxState, integrationId: number): TokenView[] {
  return s.tokens.filter((t) => t.integrationId === integrationId).map(tokenView);
}

/** Every token of an integration, active and revoked, oldest first, metadata only. */
export function tokenHistory(s: SandboxState, integrationId: number): TokenView[] {
  return [...s.tokens, ...s.revokedTokens]
    .filter((t) => t.integrationId === integrationId)
    .sort((a, b) => a.id - b.id)
    .map(tokenView);
}

/** Tables the application writes when the integration has no schema to name them after. */
const FALLBACK_TABLES = {push: 'records', tick: 'events'} as const;

/** The app's tables, named after its token's schema so two integrations' data never look alike. */
export function appTables(s: SandboxState): {push: string; tick: string} {
  const id = s.app.integrationId;
  const integration = id === null ? undefined : findIntegration(s, id);
  if (integration === undefined) return FALLBACK_TABLES;
  return {push: integration.schema, tick: `${integration.schema}_events`};
}
