/**
 * The token core's public API: what the widgets and the store use. Tests and scripts import
 * internals from their own modules.
 *
 *   const env = {now: () => Date.now(), random: Math.random}; // in the UI, not in the core
 *   let s = initialState();
 *   const step = applyEvent(s, {type: 'createIntegration', displayName: 'Customer Records'}, env);
 *   s = step.state; // step.outcome: {ok: true, type: 'integrationCreated', secret, …} | Refusal
 *   rotationStatus(s)?.verdict.text;
 *   const {state, response} = handleRequest(s, {method: 'GET', path: '/v4/sources', headers}, env);
 */
export type * from './model';
export type * from './events';

// State and actions
export {initialState} from './state';
export {MAX_ACTIVE_TOKENS, MAX_INTEGRATIONS, RECENT_ROWS} from './limits';
export {applyEvent} from './reducer';
export {presetState, EXAMPLE_NAMES} from './presets';
export {handleRequest} from './http';
export {parsePathId} from './http/connect-api';
export {IMPORT_ROUTES} from './http/import-api';
export {CONNECT_BASE_URL} from './http/util';
export {MAX_TOKEN_VALUE} from './ops/app';

// Reading the state (selectors)
export {findIntegration, activeTokens, tokensOf, appTables} from './lookups';
export {canGenerate} from './ops/generate';
export {appTokenStatus} from './ops/app';
export {PUSH_ACTION} from './ops/push';
export {VALIDATE_ACTION} from './ops/validate';
export {isUnavailable} from './ops/outage';
export {schemaNameOf} from './schema-name';
export {MAX_DISPLAY_NAME, MAX_SCHEMA_NAME} from './limits';
export {
  integrations,
  accountClientId,
  revealedSecret,
  copiedToken,
  appView,
  revokeWarning,
  type RevokeWarning,
  type IntegrationView,
  type AppView,
} from './selectors/tokens';
export {
  rotationStatus,
  type RotationStatus,
  type Verdict,
  type VerdictTone,
} from './selectors/rotation';
export {
  requestLog,
  counters,
  timeline,
  failedQueue,
  resendReadiness,
  lastResend,
  trafficOn,
  type ResendReadiness,
  type CountersView,
  type TimelinePoint,
  type FailedQueueView,
} from './selectors/traffic';
export {
  destinationSummary,
  schemaRowTotals,
  REJECTED_TABLE,
  type TableSummary,
  type SchemaSummary,
  type SchemaRowTotal,
} from './selectors/destination';

// Saving, sharing, other tabs
export {save, load, MAX_PAYLOAD_BYTES, type LoadResult, type SaveResult} from './persistence';
export {encodeShare, decodeShare, MAX_SHARE_CHARS} from './share-url';

// Words
export {plural} from './plural';
export {
  drillStatus,
  tokenRoute,
  DRILL_STEPS,
  type DrillFix,
  type DrillStatus,
  type DrillStep,
  type DrillStepKey,
  type Replacement,
  type TokenRoute,
} from './selectors/drills';

// Requests as snippets in the reader's language (curl, Python, JavaScript, Go)
export {
  requestSnippets,
  toCurl,
  requests,
  importRecord,
  LANGUAGES,
  type Snippet,
  type SnippetLanguage,
  type RecordInput,
} from './snippets';
