/**
 * Creating an integration (its schema name by Stitch's rule) and generating tokens, the web
 * app's and the Connect API's way; self-contained so a generate touches few modules.
 */
import {clock, withLog} from '../log';
import {refusal, refusals} from '../refusals';
import {onGenerated} from '../rotation';
import {makeToken} from '../secret';
import {
  MAX_ACTIVE_TOKENS,
  MAX_DISPLAY_NAME,
  MAX_ID,
  MAX_INTEGRATIONS,
  MAX_SCHEMA_NAME,
} from '../limits';
import type {Env, Integration, LogChannel, SandboxState, Token} from '../model';
import type {Result, Step} from '../events';

const activeIds = (s: SandboxState, integrationId: number) =>
  s.tokens.filter((t) => t.integrationId === integrationId).map((t) => t.id);

/** Whether the integration may get another token, and the reason when not. */
export function canGenerate(s: SandboxState, integrationId: number): Result<object> {
  if (!s.integrations.some((i) => i.id === integrationId))
    return refusals.unknownIntegration(integrationId);
  const active = activeIds(s, integrationId);
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
  via: LogChannel,
): Step<Result<{tokenId: number; secret: string}>> {
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
    rotations: onGenerated(s.rotations, integrationId, id, activeIds(s, integrationId), now),
  };
  return {
    state: withLog(next, now, {
      via,
      kind: 'generate',
      action: via === 'connect' ? `POST /v4/sources/${integrationId}/tokens` : 'Generate token',
      tokenId: id,
      integrationId,
      status: 200,
      outcome: `Token ${id} generated`,
      records: 0,
    }),
    result: {ok: true, tokenId: id, secret},
  };
}

export interface SchemaName {
  /** The schema a name gives: a usable identifier, or '' when nothing usable is left. */
  readonly schema: string;
  /** Characters the rule dropped because an identifier cannot hold them, each once. */
  readonly dropped: readonly string[];
}

/**
 * Stitch's rule: drop `.` `(` `)`, spaces and `-` become `_`, lowercase. A schema must then
 * be a usable identifier in the destination (letters, digits and `_`, not starting with a
 * digit), so accents are taken off (é → e), anything else an identifier cannot hold is
 * dropped, and a leading digit gets a `_` before it.
 */
export function schemaNameOf(name: string): SchemaName {
  const base = name
    .trim()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[.()]/g, '')
    .replace(/[\s-]/g, '_')
    .toLowerCase();
  const dropped = [...new Set([...base].filter((c) => !/[a-z0-9_]/.test(c)))];
  const kept = base.replace(/[^a-z0-9_]/g, '');
  if (!/[a-z0-9]/.test(kept)) return {schema: '', dropped};
  const schema = /^\d/.test(kept) ? `_${kept}` : kept;
  return {schema: schema.slice(0, MAX_SCHEMA_NAME), dropped};
}

export function toSchemaName(name: string): string {
  return schemaNameOf(name).schema;
}

/** A schema name as a save may hold it: what the rule gives for itself. */
export function isSchemaName(schema: string): boolean {
  return schema !== '' && toSchemaName(schema) === schema;
}

/**
 * Checks a new integration's name (and the Integration Schema Name, when the reader set
 * one) against the rules and the schemas already taken.
 */
export function checkDisplayName(
  displayName: string,
  takenSchemas: readonly string[],
  schemaName = '',
): Result<{displayName: string; schema: string}> {
  const name = displayName.trim();
  if (name === '') return refusal('name-empty', 'Enter a name for the integration.');
  if (name.length > MAX_DISPLAY_NAME) {
    return refusal(
      'name-too-long',
      `The name is ${name.length} characters long; use at most ${MAX_DISPLAY_NAME}.`,
    );
  }
  const custom = schemaName.trim();
  if (custom.length > MAX_SCHEMA_NAME) {
    return refusal(
      'schema-too-long',
      `The schema name is ${custom.length} characters long; use at most ${MAX_SCHEMA_NAME}.`,
    );
  }
  const from = custom === '' ? name : custom;
  const {schema} = schemaNameOf(from);
  if (schema === '') {
    return refusal(
      'schema-empty',
      `"${from}" has no letter or digit to make a schema name from: use letters or digits.`,
    );
  }
  if (takenSchemas.includes(schema)) {
    return refusal(
      'schema-taken',
      `The schema "${schema}" is already used by another integration; schema names must be unique.`,
    );
  }
  return {ok: true, displayName: name, schema};
}

/** "Save and Generate Token": the integration, then its first token, as one action. */
export function opCreateIntegration(
  s: SandboxState,
  displayName: string,
  schemaName: string,
  env: Env,
): Step<Result<{integration: Integration; tokenId: number; secret: string}>> {
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
  const gen = opGenerateToken(created, integration.id, env, 'web');
  if (!gen.result.ok) return {state: s, result: gen.result};
  return {
    state: gen.state,
    result: {ok: true, integration, tokenId: gen.result.tokenId, secret: gen.result.secret},
  };
}
