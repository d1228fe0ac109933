import type {Result} from './types';

export const MAX_DISPLAY_NAME = 100;

/** Stitch's rule: drop `.` `(` `)`, spaces and `-` become `_`, lowercase. */
export function toSchemaName(displayName: string): string {
  return displayName.trim().replace(/[.()]/g, '').replace(/[ -]/g, '_').toLowerCase();
}

/** Checks a display name against the rules and the schemas already taken. */
export function checkDisplayName(
  displayName: string,
  takenSchemas: readonly string[],
): Result<{displayName: string; schema: string}> {
  const name = displayName.trim();
  if (name === '') {
    return {ok: false, code: 'name-empty', reason: 'Enter a name for the integration.'};
  }
  if (name.length > MAX_DISPLAY_NAME) {
    return {
      ok: false,
      code: 'name-too-long',
      reason: `The name is ${name.length} characters long; use at most ${MAX_DISPLAY_NAME}.`,
    };
  }
  const schema = toSchemaName(name);
  if (schema.replace(/_/g, '') === '') {
    return {
      ok: false,
      code: 'schema-empty',
      reason: `"${name}" gives an empty schema name: use letters or digits.`,
    };
  }
  if (takenSchemas.includes(schema)) {
    return {
      ok: false,
      code: 'schema-taken',
      reason: `The schema "${schema}" is already used by another integration; schema names must be unique.`,
    };
  }
  return {ok: true, displayName: name, schema};
}
