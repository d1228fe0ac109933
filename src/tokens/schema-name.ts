/** A name's schema by Stitch's rule, and the checks a new integration's names must pass. */
import {MAX_DISPLAY_NAME, MAX_SCHEMA_NAME} from './limits';
import {refusal} from './refusals';
import type {Result} from './events';

/**
 * Stitch's rule (drop `.()`, spaces and `-` become `_`, lowercase), then what a destination
 * identifier cannot hold goes: accents come off, the rest drops (`dropped`, each once), a
 * leading digit gets a `_`; `schema` is '' when nothing usable is left.
 */
export function schemaNameOf(name: string) {
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

/** A new integration's name, and its schema name when set, against the rules and taken schemas. */
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
