/**
 * The requests the snippet tests send, and the Import API records they push: built from the
 * values a reader types, as the site shows them. Only tests use them.
 */
import type {HttpRequest} from '../../src/tokens/events';
import {IMPORT_ROUTES} from '../../src/tokens/http/util';
import type {JsonObject, JsonValue} from '../../src/tokens/model';
import {wellFormed} from '../../src/tokens/snippets/text';

type Id = string | number;
const request = (method: string, path: string, body?: JsonValue): HttpRequest =>
  body === undefined ? {method, path} : {method, path, body};
const segment = (id: Id) => encodeURIComponent(wellFormed(String(id)));
const tokensOf = (sourceId: Id) => `/v4/sources/${segment(sourceId)}/tokens`;

export const requests = {
  listSources: () => request('GET', '/v4/sources'),
  listTokens: (sourceId: Id) => request('GET', tokensOf(sourceId)),
  createToken: (sourceId: Id) => request('POST', tokensOf(sourceId)),
  revokeToken: (sourceId: Id, tokenId: Id) =>
    request('DELETE', `${tokensOf(sourceId)}/${segment(tokenId)}`),
  importStatus: () => request('GET', IMPORT_ROUTES.status),
  validate: (records: readonly JsonObject[]) => request('POST', IMPORT_ROUTES.validate, records),
  push: (records: readonly JsonObject[]) => request('POST', IMPORT_ROUTES.push, records),
};

/** One Import API record, as the push reference documents it. */
export function importRecord(r: {
  readonly clientId: number;
  readonly tableName: string;
  readonly data: JsonObject;
  readonly keyNames?: readonly string[];
  readonly sequence?: number;
}): JsonObject {
  return {
    client_id: r.clientId,
    table_name: r.tableName,
    sequence: r.sequence ?? 1,
    data: r.data,
    key_names: r.keyNames ?? ['id'],
    action: 'upsert',
  };
}
