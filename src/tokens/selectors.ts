/**
 * Everything the UI shows is read through these; none of them exposes a secret except
 * `revealedSecret`, and only while the reveal is open.
 */
import {logEntries} from './log';
import {activeTokensOf, canGenerateToken, findIntegration} from './ops';
import {isRunning, rotationOf} from './rotation';
import {batchesOf, own, rowsOf, tableOf, type Row} from './rows';
import type {
  AppTokenStatus,
  Counters,
  Integration,
  LogEntry,
  Result,
  Reveal,
  Rotation,
  SandboxState,
  Token,
  TokenView,
} from './types';
import {plural} from './plural';

export interface IntegrationView extends Integration {
  readonly activeTokens: number;
}

export function integrations(s: SandboxState): IntegrationView[] {
  return s.integrations.map((i) => ({...i, activeTokens: activeTokensOf(s, i.id).length}));
}

export function integration(s: SandboxState, id: number): Integration | null {
  return findIntegration(s, id) ?? null;
}

function view(t: Token): TokenView {
  return {
    id: t.id,
    integrationId: t.integrationId,
    createdAt: t.createdAt,
    revokedAt: t.revokedAt,
    lastUsedAt: t.lastUsedAt,
    active: t.revokedAt === null,
  };
}

/** All tokens of an integration, oldest first, metadata only. */
export function tokensOf(s: SandboxState, integrationId: number): TokenView[] {
  return [...s.tokens, ...s.revokedTokens]
    .filter((t) => t.integrationId === integrationId)
    .sort((a, b) => a.id - b.id)
    .map(view);
}

export function activeTokens(s: SandboxState, integrationId: number): TokenView[] {
  return activeTokensOf(s, integrationId).map(view);
}

export function canGenerate(s: SandboxState, integrationId: number): Result<object> {
  return canGenerateToken(s, integrationId);
}

/** The secret, only between generation and "Close and Continue". */
export function revealedSecret(s: SandboxState): Reveal | null {
  return s.reveal;
}

/** Which token was copied last (no secret): for "use the token I copied". */
export function copiedToken(
  s: SandboxState,
): {tokenId: number; integrationId: number; hint: string} | null {
  const c = s.app.clipboard;
  return c === null ? null : {tokenId: c.tokenId, integrationId: c.integrationId, hint: c.hint};
}

export function appTokenStatus(s: SandboxState): AppTokenStatus {
  const t = s.app.token;
  if (t === null) return {kind: 'none'};
  if (t.tokenId === null) return {kind: 'unknown', hint: t.hint};
  const active = s.tokens.find((x) => x.id === t.tokenId);
  if (active !== undefined)
    return {kind: 'valid', tokenId: active.id, integrationId: active.integrationId, hint: t.hint};
  const revoked = s.revokedTokens.find((x) => x.id === t.tokenId)!;
  return {kind: 'revoked', tokenId: revoked.id, integrationId: revoked.integrationId, hint: t.hint};
}

export function appView(s: SandboxState) {
  return {
    token: appTokenStatus(s),
    clientId: s.app.clientId,
    clientMatches: s.app.clientId === s.clientId,
    integrationId: s.app.integrationId,
    lastResponse: s.app.lastResponse,
  };
}

/**
 * True when revoking this token would cut the application off: it is the token the app
 * sends and no other active token of its integration exists. The confirm dialog shows it.
 */
export function revokeWarning(s: SandboxState, tokenId: number): boolean {
  const t = s.tokens.find((x) => x.id === tokenId);
  if (t === undefined || s.app.token?.tokenId !== tokenId) return false;
  return activeTokensOf(s, t.integrationId).length === 1;
}

export type RotationStepKey = 'second-token' | 'app-switched' | 'old-revoked' | 'verified';

export interface RotationStep {
  readonly key: RotationStepKey;
  readonly label: string;
  readonly done: boolean;
  readonly at: number | null;
}

export type VerdictTone = 'success' | 'info' | 'warning' | 'error';

export interface Verdict {
  readonly tone: VerdictTone;
  readonly text: string;
}

export interface RotationStatus {
  readonly integrationId: number;
  readonly trigger: Rotation['trigger'];
  readonly inProgress: boolean;
  readonly abandoned: boolean;
  readonly oldTokenId: number;
  readonly newTokenId: number | null;
  readonly startedAt: number;
  /** Steps in the safe order; `done` may be true out of order (revoke-first). */
  readonly steps: readonly RotationStep[];
  /** The old token was revoked before the app was confirmed on the new one. */
  readonly revokedBeforeSwitch: boolean;
  readonly interrupted: number;
  readonly resent: number;
  readonly verdict: Verdict;
}

const requests = (n: number): string => plural(n, 'request');

function verdictOf(r: Rotation): Verdict {
  const running = isRunning(r);
  if (r.abandonedAt !== null) {
    return {
      tone: 'info',
      text: 'Rotation abandoned: the new token was revoked while the old one still works',
    };
  }
  const one = r.interrupted === 1;
  if (r.interrupted > 0 && r.resent < r.interrupted) {
    return {
      tone: 'error',
      text: `${requests(r.interrupted)} failed while an invalid token was in use: re-send ${one ? 'it' : 'them'}`,
    };
  }
  if (r.interrupted > 0) {
    const failed = `${requests(r.interrupted)} failed while an invalid token was in use and ${one ? 'was' : 'were'} re-sent`;
    return {
      tone: 'warning',
      text: running ? `Rotation in progress; ${failed}` : `Rotated; ${failed}`,
    };
  }
  return running
    ? {tone: 'info', text: 'Rotation in progress with 0 interrupted requests so far'}
    : {tone: 'success', text: 'Rotated with 0 interrupted requests'};
}

/** Rotation of the given integration, or of the one the application belongs to; null if none ever began. */
export function rotationStatus(s: SandboxState, integrationId?: number): RotationStatus | null {
  const id = integrationId ?? s.app.integrationId;
  if (id === null) return null;
  const r = rotationOf(s.rotations, id);
  if (r === undefined) return null;
  const steps: RotationStep[] = [
    {key: 'second-token', label: 'A second token exists', done: r.newTokenId !== null, at: null},
    {
      key: 'app-switched',
      label: 'The application uses the new token (seen by its last use)',
      done: r.switchedAt !== null,
      at: r.switchedAt,
    },
    {
      key: 'old-revoked',
      label: 'The old token is revoked',
      done: r.oldRevokedAt !== null,
      at: r.oldRevokedAt,
    },
    {
      key: 'verified',
      label: 'A push with the new token succeeded after the revoke',
      done: r.verifiedAt !== null,
      at: r.verifiedAt,
    },
  ];
  const created =
    r.newTokenId === null
      ? null
      : (s.tokens.find((t) => t.id === r.newTokenId) ??
        s.revokedTokens.find((t) => t.id === r.newTokenId));
  steps[0] = {...steps[0]!, at: created?.createdAt ?? null};
  return {
    integrationId: id,
    trigger: r.trigger,
    inProgress: isRunning(r),
    abandoned: r.abandonedAt !== null,
    oldTokenId: r.oldTokenId,
    newTokenId: r.newTokenId,
    startedAt: r.startedAt,
    steps,
    revokedBeforeSwitch:
      r.oldRevokedAt !== null && (r.switchedAt === null || r.switchedAt > r.oldRevokedAt),
    interrupted: r.interrupted,
    resent: r.resent,
    verdict: verdictOf(r),
  };
}

/** Newest first, at most LOG_CAPACITY entries. */
export function requestLog(s: SandboxState): LogEntry[] {
  return logEntries(s.log);
}

export interface CountersView extends Omit<Counters, 'byStatus'> {
  /** status code (as a string key) -> count */
  readonly byStatus: {readonly [status: string]: number};
}

export function counters(s: SandboxState): CountersView {
  return {
    ...s.counters,
    byStatus: Object.fromEntries(s.counters.byStatus.map((x) => [String(x.status), x.count])),
  };
}

export interface TimelinePoint {
  readonly seq: number;
  readonly at: number;
  readonly via: LogEntry['via'];
  readonly tokenId: LogEntry['tokenId'];
  readonly status: number;
  readonly ok: boolean;
  readonly records: number;
}

/** Oldest first, for a chart of requests over time by token. */
export function timeline(s: SandboxState): TimelinePoint[] {
  return logEntries(s.log)
    .reverse()
    .map((e) => ({
      seq: e.seq,
      at: e.at,
      via: e.via,
      tokenId: e.tokenId,
      status: e.status,
      ok: e.status < 300,
      records: e.records,
    }));
}

export interface FailedQueueView {
  readonly requests: number;
  readonly records: number;
  /**
   * Oldest first. `integrationId`: the integration the request was refused for (null: the
   * application had none); a re-send delivers it only with a token of that integration.
   */
  readonly batches: readonly {
    table: string;
    recordIds: readonly number[];
    integrationId: number | null;
    clientIds: readonly number[];
  }[];
}

export function failedQueue(s: SandboxState): FailedQueueView {
  return {
    requests: s.failed?.requests ?? 0,
    records: s.failed?.total ?? 0,
    batches: batchesOf(s.failed).map((b) => ({
      table: b.table,
      recordIds: b.ids,
      integrationId: b.integrationId,
      clientIds: b.clientIds,
    })),
  };
}

export interface TableSummary {
  readonly table: string;
  readonly rowCount: number;
  /** The newest `maxRows` rows, oldest first. */
  readonly rows: readonly Row[];
}

export interface SchemaSummary {
  readonly schema: string;
  readonly tables: readonly TableSummary[];
}

export function destinationSummary(s: SandboxState, maxRows = 50): SchemaSummary[] {
  return Object.entries(s.destination).map(([schema, tables]) => ({
    schema,
    tables: Object.entries(tables).map(([table, newest]) => {
      const rows: Row[] = [];
      // Walk back only as far as needed: tables can be large, the UI shows a tail.
      for (let b: typeof newest | null = newest; b !== null && rows.length < maxRows; b = b.prev) {
        for (let i = b.ids.length - 1; i >= 0 && rows.length < maxRows; i--) {
          const id = b.ids[i]!;
          rows.push({id, data: b.data?.[i] ?? {id}});
        }
      }
      return {table, rowCount: newest.total, rows: rows.reverse()};
    }),
  }));
}

export interface SchemaRowTotal {
  readonly schema: string;
  readonly integrationId: number;
  /** Rows loaded into the schema, all tables together. */
  readonly rows: number;
}

/** Loaded rows per schema, one entry per integration (0 before any load), in integration order. */
export function schemaRowTotals(s: SandboxState): SchemaRowTotal[] {
  return s.integrations.map((i) => {
    const tables = own(s.destination, i.schema);
    let rows = 0;
    if (tables !== undefined) for (const newest of Object.values(tables)) rows += newest.total;
    return {schema: i.schema, integrationId: i.id, rows};
  });
}

/** Every row of one table, oldest first. */
export function tableRows(s: SandboxState, schema: string, table: string): Row[] {
  return rowsOf(tableOf(s.destination, schema, table));
}

/** Where each record id is: for tests and for "exactly once" checks. */
export function recordPlacement(s: SandboxState): {
  loaded: Map<number, string>;
  queued: number[];
  duplicates: number[];
} {
  const loaded = new Map<number, string>();
  const duplicates: number[] = [];
  for (const [schema, tables] of Object.entries(s.destination)) {
    for (const [table, newest] of Object.entries(tables)) {
      for (let b: typeof newest | null = newest; b !== null; b = b.prev) {
        for (const id of b.ids) {
          if (loaded.has(id)) duplicates.push(id);
          loaded.set(id, `${schema}.${table}`);
        }
      }
    }
  }
  const queued = batchesOf(s.failed).flatMap((b) => [...b.ids]);
  for (const id of queued) if (loaded.has(id)) duplicates.push(id);
  return {loaded, queued, duplicates};
}
