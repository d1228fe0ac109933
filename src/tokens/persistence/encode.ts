/**
 * The save format (version 4), writing side: the state as compact JSON tuples, exactly the
 * state minus what is never saved (the reveal, the clipboard). `decode.ts` reads it back.
 */
import {runsOf} from '../runs';
import type {
  Destination,
  Integration,
  LogEntry,
  PresetKey,
  QueueEntry,
  Rotation,
  RunList,
  SandboxState,
  Table,
  Token,
} from '../model';

export const STORAGE_VERSION = 4;

export const PRESETS: readonly PresetKey[] = [
  'planned',
  'wrong-order',
  'leak',
  'two-integrations',
  'outage',
];

const flat = (list: RunList | null) => runsOf(list).flatMap(([first, count]) => [first, count]);

const tuple = {
  integration: (i: Integration) => [
    i.id,
    i.displayName,
    i.schema,
    i.stitchClientId,
    i.createdAt,
    i.updatedAt,
  ],
  token: (t: Token) => [
    t.id,
    t.integrationId,
    t.createdAt,
    t.revokedAt,
    t.lastUsedAt,
    t.fingerprint,
  ],
  log: (e: LogEntry) => [
    e.seq,
    e.at,
    e.via,
    e.action,
    e.tokenId,
    e.integrationId,
    e.status,
    e.outcome,
    e.records,
  ],
  rotation: (r: Rotation) => [
    r.integrationId,
    r.trigger,
    r.startedAt,
    r.oldTokenId,
    r.newTokenId,
    r.oldRevokedAt,
    r.validatedAt,
    r.switchedAt,
    r.verifiedAt,
    r.abandonedAt,
    r.interrupted,
    r.resent,
    r.resentRecords,
  ],
  table: (t: Table) => [flat(t.runs), t.recent.map((r) => [r.id, r.data])],
  entry: (e: QueueEntry) => [
    e.table,
    flat(e.runs),
    e.data,
    e.requests,
    e.integrationId,
    e.clientIds,
  ],
};

function encodeDestination(dest: Destination) {
  // Null-prototype maps: a schema or table named `__proto__` must stay an own key.
  const out: Record<string, Record<string, unknown>> = Object.create(null);
  for (const [schema, tables] of Object.entries(dest)) {
    out[schema] = Object.create(null);
    for (const [table, t] of Object.entries(tables)) out[schema][table] = tuple.table(t);
  }
  return out;
}

export function encode(s: SandboxState): string {
  const a = s.app;
  return JSON.stringify({
    v: STORAGE_VERSION,
    preset: s.preset,
    clientId: s.clientId,
    outage: s.outage,
    lastAt: s.lastAt,
    next: [s.nextIntegrationId, s.nextTokenId, s.nextRecordId, s.nextLogSeq],
    integrations: s.integrations.map(tuple.integration),
    tokens: s.tokens.map(tuple.token),
    revoked: s.revokedTokens.map(tuple.token),
    app: {
      token: a.token === null ? null : [a.token.fingerprint, a.token.hint, a.token.tokenId],
      clientId: a.clientId,
      integrationId: a.integrationId,
      last:
        a.lastResponse === null
          ? null
          : [a.lastResponse.at, a.lastResponse.status, a.lastResponse.body],
      pending: a.pending.map((p) => [p.table, p.count, p.attempts, p.retryAt]),
      traffic: a.traffic,
    },
    dest: encodeDestination(s.destination),
    failed: s.failed.map(tuple.entry),
    log: s.log.map(tuple.log),
    counters: [
      s.counters.total,
      s.counters.ok,
      s.counters.failed,
      s.counters.byStatus.map((x) => [x.status, x.count]),
      s.counters.recordsLoaded,
      s.counters.retried,
    ],
    rotations: s.rotations.map(tuple.rotation),
  });
}
