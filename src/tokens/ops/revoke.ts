import {clock, tokenLog, withLog, type TokenDoor} from '../log';
import {findIntegration, findToken} from '../lookups';
import {refusals} from '../refusals';
import {KEPT_REVOKED} from '../limits';
import {onRevoked} from '../rotation';
import type {Env, Integration, SandboxState} from '../model';
import type {OutcomeOf, Step} from '../events';

/** Keeps the newest KEPT_REVOKED revoked tokens and named ones, so daily rotations do not grow. */
function foldRevoked(s: SandboxState, integrationId: number): SandboxState {
  const named = new Set([
    s.app.token?.tokenId,
    ...s.rotations.flatMap((r) => [r.oldTokenId, r.newTokenId]),
  ]);
  const mine = s.revokedTokens.filter((t) => t.integrationId === integrationId);
  const excess = mine.length - KEPT_REVOKED;
  if (excess <= 0) return s;
  // Ascending ids: the oldest unnamed go first.
  const drop = new Set(mine.filter((t) => !named.has(t.id)).slice(0, excess));
  return {...s, revokedTokens: s.revokedTokens.filter((t) => !drop.has(t))};
}

/** Revocation takes effect at once; the integration's `updated_at` changes with it. */
export function opRevokeToken(
  s: SandboxState,
  {integrationId, tokenId}: {readonly integrationId: number; readonly tokenId: number},
  env: Env,
  door: TokenDoor,
): Step<OutcomeOf<'tokenRevoked'>> {
  const integration = findIntegration(s, integrationId);
  if (integration === undefined)
    return {state: s, result: refusals.unknownIntegration(integrationId)};
  const token = findToken(s, tokenId);
  if (token === undefined || token.integrationId !== integrationId)
    return {state: s, result: refusals.unknownToken(integrationId, tokenId)};
  if (token.revokedAt !== null) return {state: s, result: refusals.alreadyRevoked(tokenId)};
  const now = clock(s, env);
  const tokens = s.tokens.filter((t) => t.id !== tokenId);
  const updated: Integration = {...integration, updatedAt: now};
  const remaining = tokens.filter((t) => t.integrationId === integrationId).map((t) => t.id);
  const next: SandboxState = foldRevoked(
    {
      ...s,
      tokens,
      revokedTokens: [...s.revokedTokens, {...token, revokedAt: now}].sort((a, b) => a.id - b.id),
      integrations: s.integrations.map((i) => (i.id === integrationId ? updated : i)),
      rotations: onRevoked(
        s.rotations,
        integrationId,
        tokenId,
        s.app.token?.tokenId ?? null,
        remaining,
        now,
      ),
    },
    integrationId,
  );
  return {
    state: withLog(next, now, tokenLog(door, 'revoke', integrationId, tokenId)),
    result: {ok: true, type: 'tokenRevoked', tokenId},
  };
}
