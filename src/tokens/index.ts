/**
 * Public API of the token sandbox core. Widgets import from here only.
 *
 *   const env = { now: () => Date.now(), random: Math.random }; // in the UI, not in the core
 *   let s = initialState();
 *   const step = applyEvent(s, { type: 'createIntegration', displayName: 'Customer Records' }, env);
 *   s = step.state; // step.outcome: { ok: true, type: 'integrationCreated', secret, … } | Refusal
 *   rotationStatus(s)?.verdict.text;
 *
 *   const { state, response } = handleRequest(s, { method: 'GET', path: '/v4/sources', headers: { Authorization: 'Bearer x' } }, env);
 */
export type * from './types';
export {
  initialState,
  DEFAULT_CLIENT_ID,
  FIRST_TOKEN_ID,
  MAX_ACTIVE_TOKENS,
  MAX_BATCH,
  DEFAULT_TABLE,
  TICK_TABLE,
  TABLE_NAME_PATTERN,
} from './state';
export {applyEvent, applyEvents, MAX_TOKEN_VALUE} from './reducer';
export {toSchemaName, checkDisplayName, MAX_DISPLAY_NAME} from './schema-name';
export {SECRET_PREFIX} from './secret';
export {mulberry32, seededEnv} from './random';
export {LOG_CAPACITY} from './log';
export type {Row} from './rows';
export {
  integrations,
  integration,
  tokensOf,
  activeTokens,
  canGenerate,
  revealedSecret,
  copiedToken,
  appTokenStatus,
  appView,
  revokeWarning,
  rotationStatus,
  requestLog,
  counters,
  timeline,
  failedQueue,
  destinationSummary,
  schemaRowTotals,
  tableRows,
  recordPlacement,
} from './selectors';
export type {
  IntegrationView,
  CountersView,
  RotationStatus,
  RotationStep,
  RotationStepKey,
  Verdict,
  VerdictTone,
  TimelinePoint,
  FailedQueueView,
  TableSummary,
  SchemaSummary,
  SchemaRowTotal,
} from './selectors';
export {handleRequest, connectApi, importApi, parsePathId, CONNECT_BASE_URL} from './http';
export {toCurl} from './curl';
export {
  serialize,
  save,
  load,
  STORAGE_VERSION,
  MAX_PAYLOAD_BYTES,
  MAX_STORED_RECORDS,
} from './persistence';
export type {LoadResult} from './persistence';
export {encodeShare, decodeShare, MAX_SHARE_CHARS} from './share-url';
export {adoptExternalState} from './tab-sync';
export {plural} from './plural';
