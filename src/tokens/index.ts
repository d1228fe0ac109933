/**
 * What the widgets and the store use, no more; snippets come from `./snippets`, so a page that
 * shows one does not load the core. The clock and randomness (`env`) are the UI's to pass in.
 */
export type * from './model';
export type * from './events';

// State and actions
export {initialState} from './state';
export {MAX_ACTIVE_TOKENS} from './limits';
export {applyEvent} from './reducer';
export {drillState, EXAMPLE_NAMES} from './drills';
export {handleRequest} from './http';
export {IMPORT_ROUTES} from './http/util';
export {parsePathId} from './http/connect-api';
export {save, load} from './persistence';
export {encodeShare, decodeShare} from './share-url';

// Reading the state
export {findIntegration, activeTokens, tokenHistory, appTables} from './lookups';
export {canGenerate} from './ops/generate';
export {appTokenStatus, sendsActiveToken} from './ops/app';
export {isUnavailable} from './ops/outage';
export {schemaNameOf} from './schema-name';
export {plural} from './plural';
export {
  accountClientId,
  integrations,
  revealedSecret,
  copiedToken,
  appStatus,
  revokeWarning,
  tokenRoute,
  type IntegrationView,
  type TokenRoute,
} from './selectors/tokens';
export {
  requestLog,
  counters,
  timeline,
  failedQueue,
  resendReadiness,
  lastResend,
  type TimelinePoint,
} from './selectors/traffic';
export {destinationSummary, schemaRowTotals} from './selectors/destination';
export {
  drillStatus,
  DRILL_STEPS,
  type DrillFix,
  type DrillStatus,
  type DrillStepKey,
  type Replacement,
} from './selectors/drills';
