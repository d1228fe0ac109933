import {emptyCounters} from './log';
import type {Env, SandboxState} from './model';

/** Stitch's example client id; every integration of the account shares it. */
export const DEFAULT_CLIENT_ID = 116078;
/** Realistic starting points (the token id is the one in Stitch's docs). */
export const FIRST_TOKEN_ID = 828705046;
export const FIRST_INTEGRATION_ID = 261871;
export const FIRST_RECORD_ID = 1;
export const MAX_ACTIVE_TOKENS = 2;
/** Records in one Import API batch (Stitch's limit). */
export const MAX_BATCH = 20000;
/**
 * A table name, wherever one arrives (the push event, the Import API's `table_name`, a save):
 * a letter or `_`, then letters, digits and `_`, at most 127 characters.
 */
export const TABLE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,126}$/;

/*
 * Caps that keep every state the sandbox can reach small enough to save and load back.
 * Real accounts have far fewer of each; a reader who hits one is told next to the button.
 */
/** Integrations in one sandbox. */
export const MAX_INTEGRATIONS = 20;
/** Tokens ever generated (active and revoked) since the last reset. */
export const MAX_TOKENS = 300;
/** Newest rows with data kept per table (older rows keep their id only). */
export const RECENT_ROWS = 20;
/**
 * Ids stay far below 2^53 (they are JSON numbers): a counter past this is a hand-edited
 * link, and a session cannot get there (a push adds at most 20,000).
 */
export const MAX_ID = 2 ** 50;
/** The end of year 9999: `new Date(t).toISOString()` works for every time up to here. */
export const MAX_TIME = 253402300799999;

export function initialState(clientId: number = DEFAULT_CLIENT_ID): SandboxState {
  return {
    preset: 'planned',
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
    counters: emptyCounters,
    rotations: [],
    outage: false,
    nextIntegrationId: FIRST_INTEGRATION_ID,
    nextTokenId: FIRST_TOKEN_ID,
    nextRecordId: FIRST_RECORD_ID,
    nextLogSeq: 1,
    lastAt: 0,
  };
}

/**
 * A fresh sandbox that keeps the id sequences and the clock, so ids are never reused on the
 * account (token ids only ever increase, as in Stitch) and time never goes back.
 */
export function resetState(s: SandboxState): SandboxState {
  return {
    ...initialState(s.clientId),
    preset: s.preset,
    nextIntegrationId: s.nextIntegrationId,
    nextTokenId: s.nextTokenId,
    nextRecordId: s.nextRecordId,
    nextLogSeq: s.nextLogSeq,
    lastAt: s.lastAt,
  };
}

/**
 * The time of an action: the injected clock, but never before the state's latest time (a
 * clock set back, or another tab's later action) and always a valid `Date`.
 */
export function clock(s: SandboxState, env: Env): number {
  const t = env.now();
  const now = Number.isFinite(t) ? Math.min(Math.floor(t), MAX_TIME) : s.lastAt;
  return Math.max(now, s.lastAt);
}
