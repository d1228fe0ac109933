/**
 * The save format (version 5), writing side: the state as compact JSON tuples, exactly the
 * state minus what is never saved (the reveal, the clipboard), in the field order
 * `schema.ts` states for reading it back. Lists, not objects keyed by user names, so a
 * schema or table called `__proto__` is data.
 */
import type {SandboxState} from '../model';
import {FIELDS as F, STORAGE_VERSION, tupleOf} from './schema';

export function encode(s: SandboxState): string {
  const a = s.app;
  return JSON.stringify({
    v: STORAGE_VERSION,
    drill: s.drill,
    clientId: s.clientId,
    outage: s.outage,
    lastAt: s.lastAt,
    next: [s.nextIntegrationId, s.nextTokenId, s.nextRecordId, s.nextLogSeq],
    integrations: s.integrations.map((i) => tupleOf(F.integration, i)),
    tokens: s.tokens.map((t) => tupleOf(F.token, t)),
    revoked: s.revokedTokens.map((t) => tupleOf(F.token, t)),
    app: {
      token: a.token && tupleOf(F.presented, a.token),
      clientId: a.clientId,
      integrationId: a.integrationId,
      last: a.lastResponse && tupleOf(F.response, a.lastResponse),
      pending: a.pending.map((p) => tupleOf(F.pending, p)),
      traffic: a.traffic,
    },
    dest: Object.entries(s.destination).flatMap(([schema, tables]) =>
      Object.entries(tables).map(([table, t]) =>
        tupleOf(F.table, {
          schema,
          table,
          ...t,
          recent: t.recent.map((r) => tupleOf(F.dataRow, r)),
        }),
      ),
    ),
    failed: s.failed.map((e) =>
      tupleOf(F.entry, {...e, recent: e.recent.map((r) => tupleOf(F.queuedRow, r))}),
    ),
    log: s.log.map((e) => tupleOf(F.log, e)),
    counters: tupleOf(F.counters, {
      ...s.counters,
      byStatus: s.counters.byStatus.map((x) => tupleOf(F.statusCount, x)),
    }),
    rotations: s.rotations.map((r) => tupleOf(F.rotation, r)),
  });
}
