import {emptyCounters, emptyLog} from './log';
import type {SandboxState} from './types';

/** Stitch's example client id; every integration of the account shares it. */
export const DEFAULT_CLIENT_ID = 116078;
/** Realistic starting points (the token id is the one in Stitch's docs). */
export const FIRST_TOKEN_ID = 828705046;
export const FIRST_INTEGRATION_ID = 261871;
export const FIRST_RECORD_ID = 1;
export const MAX_ACTIVE_TOKENS = 2;
export const MAX_BATCH = 20000;
export const DEFAULT_TABLE = 'orders';
/**
 * A table name, wherever one arrives (the push event, the Import API's `table_name`, a save):
 * a letter or `_`, then letters, digits and `_`, at most 127 characters.
 */
export const TABLE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,126}$/;
export const TICK_TABLE = 'events';

export function initialState(clientId: number = DEFAULT_CLIENT_ID): SandboxState {
  return {
    clientId,
    integrations: [],
    tokens: [],
    revokedTokens: [],
    reveal: null,
    app: {token: null, clientId, integrationId: null, lastResponse: null, clipboard: null},
    destination: {},
    failed: null,
    log: emptyLog,
    counters: emptyCounters,
    rotations: [],
    nextIntegrationId: FIRST_INTEGRATION_ID,
    nextTokenId: FIRST_TOKEN_ID,
    nextRecordId: FIRST_RECORD_ID,
    nextLogSeq: 1,
  };
}

/**
 * A fresh sandbox that keeps the id sequences, so ids are never reused on the account
 * (token ids only ever increase, as in Stitch).
 */
export function resetState(s: SandboxState): SandboxState {
  return {
    ...initialState(s.clientId),
    nextIntegrationId: s.nextIntegrationId,
    nextTokenId: s.nextTokenId,
    nextRecordId: s.nextRecordId,
    nextLogSeq: s.nextLogSeq,
  };
}
