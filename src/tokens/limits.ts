/** Bounds a save is checked against; actions saturate or refuse at them, so states load. */

/** Ids, sequences and counters: far below 2^53, reached only by a hand-made link. */
export const MAX_ID = 2 ** 50;
/** The end of year 9999: `new Date(t).toISOString()` works for every time up to here. */
export const MAX_TIME = 253402300799999;

/** Records in one Import API batch (Stitch's limit). */
export const MAX_BATCH = 20000;
/** Integrations in one sandbox. */
export const MAX_INTEGRATIONS = 20;
export const MAX_ACTIVE_TOKENS = 2;
/** Revoked tokens kept per integration: the newest, plus any a rotation or the app names. */
export const KEPT_REVOKED = 5;
/** Every token a state can hold: the active and kept revoked tokens of every integration. */
export const MAX_TOKENS = MAX_INTEGRATIONS * (MAX_ACTIVE_TOKENS + KEPT_REVOKED);
/** Newest rows with data kept per table and per queued entry (older rows keep a count only). */
export const RECENT_ROWS = 20;

/** The log keeps this many entries; counters stay exact. */
export const LOG_CAPACITY = 200;
/** A log line's parts are cut to these lengths when written, so a save always holds them. */
export const MAX_ACTION = 160;
export const MAX_OUTCOME = 400;
/** Distinct status codes (100–599) the counters can hold. */
export const MAX_STATUSES = 500;

/** Batches the application holds for a retry after 503/504, and its attempts at each. */
export const MAX_PENDING = 64;
export const MAX_ATTEMPTS = 1000;
/** The longest back-off between two attempts. */
export const MAX_BACKOFF_MS = 60_000;

/** An integration's display name and its schema name, in characters. */
export const MAX_DISPLAY_NAME = 100;
export const MAX_SCHEMA_NAME = 100;
/** A table name wherever one arrives: a letter or `_`, then letters, digits, `_` (≤127). */
export const TABLE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,126}$/;
/** SHA-256 in hex, and the hint the app shows of a token (its last 4 characters). */
export const FINGERPRINT_CHARS = 64;
export const HINT_CHARS = 4;
