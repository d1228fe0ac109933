import {MAX_ID} from './limits';
import {queuedRecords} from './queue';
import type {SandboxState} from './model';

/** Stitch's example client id; every integration of the account shares it. */
export const DEFAULT_CLIENT_ID = 116078;
/** Realistic starting points (the token id is the one in Stitch's docs). */
export const FIRST_TOKEN_ID = 828705046;
const FIRST_INTEGRATION_ID = 261871;
const FIRST_RECORD_ID = 1;

export function initialState(clientId: number = DEFAULT_CLIENT_ID): SandboxState {
  return {
    drill: 'planned',
    clientId,
    integrations: [],
    tokens: [],
    revokedTokens: [],
    reveal: null,
    app: {
      token: null,
      clientId,
      integrationId: null,
      lastResponse: null,
      pending: [],
      traffic: false,
      clipboard: null,
    },
    destination: {},
    failed: [],
    log: [],
    counters: {total: 0, ok: 0, failed: 0, byStatus: [], recordsLoaded: 0, retried: 0},
    rotations: [],
    outage: false,
    nextIntegrationId: FIRST_INTEGRATION_ID,
    nextTokenId: FIRST_TOKEN_ID,
    nextRecordId: FIRST_RECORD_ID,
    nextLogSeq: 1,
    lastAt: 0,
  };
}

/** A fresh sandbox keeping the id sequences and clock: ids never reused, time never going back. */
export function resetState(s: SandboxState): SandboxState {
  return {
    ...initialState(s.clientId),
    drill: s.drill,
    nextIntegrationId: s.nextIntegrationId,
    nextTokenId: s.nextTokenId,
    nextRecordId: s.nextRecordId,
    nextLogSeq: s.nextLogSeq,
    lastAt: s.lastAt,
  };
}

/** Records the sandbox can still number and count, less those a re-send or retry will. */
export function recordRoom(s: SandboxState): number {
  const held = s.app.pending.reduce((n, p) => n + p.count, 0);
  const used = Math.max(s.nextRecordId, s.counters.recordsLoaded);
  return MAX_ID - used - queuedRecords(s.failed) - held;
}
