/** Creating an integration and generating tokens, the web app's and the Connect API's way. */
import {clock, tokenLog, withLog, type TokenDoor} from '../log';
import {activeTokens, findIntegration} from '../lookups';
import {refusals} from '../refusals';
import {checkDisplayName} from '../schema-name';
import {onGenerated} from '../rotation';
import {makeToken} from '../secret';
import {MAX_ACTIVE_TOKENS, MAX_ID, MAX_INTEGRATIONS} from '../limits';
import type {Env, Integration, SandboxState, Token} from '../model';
import type {OutcomeOf, Result, Step} from '../events';

/** Whether the integration may get another token, and the reason when not. */
export function canGenerate(s: SandboxState, integrationId: number): Result<object> {
  if (findIntegration(s, integrationId) === undefined)
    return refusals.unknownIntegration(integrationId);
  const active = activeTokens(s, integrationId).map((t) => t.id);
  if (active.length >= MAX_ACTIVE_TOKENS) return refusals.tokenLimit(active);
  if (s.nextTokenId >= MAX_ID) return refusals.sandboxFull('token ids');
  return {ok: true};
}

function nextTokenId(s: SandboxState, env: Env): number {
  // Ids grow by an irregular positive step, as Stitch's do (828705046, then 828792559 …),
  // up to the ceiling: the last id left is still handed out.
  return Math.min(s.nextTokenId + 1 + Math.floor(env.random() * 99999), MAX_ID);
}

export function opGenerateToken(
  s: SandboxState,
  integrationId: number,
  env: Env,
  door: TokenDoor,
): Step<OutcomeOf<'tokenGenerated'>> {
  const check = canGenerate(s, integrationId);
  if (!check.ok) return {state: s, result: check};
  const now = clock(s, env);
  const {secret, fingerprint} = makeToken(env);
  const id = s.nextTokenId;
  const token: Token = {
    id,
    integrationId,
    createdAt: now,
    revokedAt: null,
    lastUsedAt: null,
    fingerprint,
  };
  const next: SandboxState = {
    ...s,
    tokens: [...s.tokens, token],
    nextTokenId: nextTokenId(s, env),
    rotations: onGenerated(
      s.rotations,
      integrationId,
      id,
      activeTokens(s, integrationId).map((t) => t.id),
      now,
    ),
  };
  return {
    state: withLog(next, now, tokenLog(door, 'generate', integrationId, id)),
    result: {ok: true, type: 'tokenGenerated', tokenId: id, secret},
  };
}

/** "Save and Generate Token": the integration, then its first token, as one action. */
export function opCreateIntegration(
  s: SandboxState,
  displayName: string,
  schemaName: string,
  env: Env,
): Step<OutcomeOf<'integrationCreated'>> {
  if (s.integrations.length >= MAX_INTEGRATIONS)
    return {state: s, result: refusals.integrationLimit()};
  if (s.nextIntegrationId >= MAX_ID)
    return {state: s, result: refusals.sandboxFull('integration ids')};
  const check = checkDisplayName(
    displayName,
    s.integrations.map((i) => i.schema),
    schemaName,
  );
  if (!check.ok) return {state: s, result: check};
  const now = clock(s, env);
  const integration: Integration = {
    id: s.nextIntegrationId,
    displayName: check.displayName,
    schema: check.schema,
    stitchClientId: s.clientId,
    createdAt: now,
    updatedAt: now,
  };
  const created = withLog(
    {
      ...s,
      integrations: [...s.integrations, integration],
      nextIntegrationId: s.nextIntegrationId + 1,
    },
    now,
    {
      via: 'web',
      kind: 'create',
      action: 'Save and Generate Token',
      tokenId: null,
      integrationId: integration.id,
      status: 200,
      outcome: `Integration "${integration.displayName}" created (schema ${integration.schema})`,
      records: 0,
    },
  );
  const gen = opGenerateToken(created, integration.id, env, {via: 'web'});
  if (!gen.result.ok) return {state: s, result: gen.result};
  return {
    state: gen.state,
    result: {...gen.result, type: 'integrationCreated', integration},
  };
}
