/**
 * What the rotation script needs to know, shared by its Python, JavaScript and Go versions:
 * which integration, which client and table to validate with, and the environment it reads.
 *
 * The script follows the Connect guide's six steps, plus a validate step: find the source,
 * list its token ids (exactly one may be active), create a token, validate it with the
 * Import API, hand it to the reader's secret store and wait, revoke the old token (the
 * smaller id, after checking that the list is still old + new), verify that only the new
 * one is left. It never prints a token's value, and stops with a message and exit code 1 on
 * anything unexpected.
 */
import type {JsonObject} from '../../model';
import {wellFormed, wellFormedJson} from '../text';

export interface RotationParams {
  /** The Import API integration (Connect "source") whose token is rotated. */
  readonly sourceId: number;
  /** The client_id of the sample record the new token is validated with. */
  readonly clientId: number;
  /** A table the application pushes to; validate stores nothing. */
  readonly tableName: string;
  /** The sample record's data. */
  readonly sampleData: JsonObject;
  readonly keyNames: readonly string[];
}

/** The guide's example: Stitch's example ids, a `customers` table. */
export const ROTATION_DEFAULTS: RotationParams = {
  sourceId: 261871,
  clientId: 116078,
  tableName: 'customers',
  sampleData: {id: 1, name: 'Rotation check'},
  keyNames: ['id'],
};

export const ROTATION_ENV = {
  /** Seconds to wait between handing over the new token and revoking the old one. */
  graceSeconds: 'ROTATION_GRACE_SECONDS',
  /** The default secret store: the file the application reads its token from. */
  tokenFile: 'IMPORT_TOKEN_FILE',
} as const;

export const DEFAULT_GRACE_SECONDS = 60;

/** The parameters checked (ids are positive integers) and their text well-formed. */
export function rotationParams(p: Partial<RotationParams> = {}): RotationParams {
  const merged = {...ROTATION_DEFAULTS, ...p};
  for (const [name, id] of [
    ['sourceId', merged.sourceId],
    ['clientId', merged.clientId],
  ] as const) {
    // Written into the scripts as number literals: only a positive integer may go there.
    if (!Number.isSafeInteger(id) || id <= 0) {
      throw new Error(`${name} must be a positive integer, not ${String(id)}`);
    }
  }
  return {
    ...merged,
    tableName: wellFormed(merged.tableName),
    sampleData: wellFormedJson(merged.sampleData) as JsonObject,
    keyNames: merged.keyNames.map(wellFormed),
  };
}
