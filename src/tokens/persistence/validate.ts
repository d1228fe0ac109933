/** Relations every state keeps (each checked in n log n at most): a bad save is refused whole. */
import {KEPT_REVOKED, LOG_CAPACITY, MAX_ACTIVE_TOKENS, MAX_BACKOFF_MS, MAX_TOKENS} from '../limits';
import {schemaRows} from '../destination';
import {findIntegration, findToken} from '../lookups';
import {queuedRequests} from '../queue';
import {isSchemaName} from '../schema-name';
import {plausibleFingerprint} from '../secret';
import {recordRoom} from '../state';
import type {QueueEntry, SandboxState, Token} from '../model';
import {Invalid} from './schema';

function bad(what: string): never {
  throw new Invalid(what);
}

/** `a ≤ b`, for times that may be null (no constraint then). */
function ordered(where: string, ...times: (number | null)[]): void {
  const set = times.filter((t): t is number => t !== null);
  if (set.some((t, i) => t < (set[i - 1] ?? t))) bad(`${where}: times out of order`);
}

function ascending<T>(where: string, items: readonly T[], key: (x: T) => number): void {
  const ids = items.map(key);
  if (ids.some((id, i) => id <= (ids[i - 1] ?? -1))) bad(`${where}: not in order`);
}

function checkIntegrations(s: SandboxState): void {
  const ids = new Set<number>();
  const schemas = new Set<string>();
  s.integrations.forEach((i, k) => {
    const w = `integration ${k}`;
    if (i.displayName.trim() !== i.displayName || i.displayName === '') bad(`${w}: bad name`);
    if (!isSchemaName(i.schema)) bad(`${w}: "${i.schema}" is not a schema name`);
    if (i.id >= s.nextIntegrationId) bad(`${w}: id beyond the id sequence`);
    ordered(w, i.createdAt, i.updatedAt, s.lastAt);
    ids.add(i.id);
    schemas.add(i.schema);
  });
  if (ids.size !== s.integrations.length) bad('integrations: duplicate id');
  if (schemas.size !== s.integrations.length) bad('integrations: duplicate schema');
}

function checkToken(s: SandboxState, t: Token, w: string): void {
  const owner = findIntegration(s, t.integrationId);
  if (owner === undefined) bad(`${w}: unknown integration ${t.integrationId}`);
  if (!plausibleFingerprint(t.fingerprint)) bad(`${w}: not a real fingerprint`);
  if (t.id >= s.nextTokenId) bad(`${w}: id beyond the id sequence`);
  ordered(w, owner.createdAt, t.createdAt, t.lastUsedAt, t.revokedAt, s.lastAt);
}

function checkTokens(s: SandboxState): void {
  s.tokens.forEach((t, k) => checkToken(s, t, `token ${k}`));
  s.revokedTokens.forEach((t, k) => checkToken(s, t, `revoked token ${k}`));
  if (s.tokens.some((t) => t.revokedAt !== null))
    bad('tokens: a revoked token is listed as active');
  if (s.revokedTokens.some((t) => t.revokedAt === null))
    bad('revoked: an active token is listed as revoked');
  ascending('tokens', s.tokens, (t) => t.id);
  ascending('revoked tokens', s.revokedTokens, (t) => t.id);
  const all = [...s.tokens, ...s.revokedTokens];
  if (all.length > MAX_TOKENS) bad('tokens: more than the sandbox keeps');
  if (new Set(all.map((t) => t.id)).size !== all.length) bad('tokens: duplicate id');
  if (new Set(all.map((t) => t.fingerprint)).size !== all.length)
    bad('tokens: duplicate fingerprint');
  const tally = (list: readonly Token[], max: number, what: string) => {
    const n = new Map<number, number>();
    for (const t of list) n.set(t.integrationId, (n.get(t.integrationId) ?? 0) + 1);
    for (const [id, k] of n) if (k > max) bad(`integration ${id}: too many ${what} tokens`);
  };
  tally(s.tokens, MAX_ACTIVE_TOKENS, 'active');
  tally(s.revokedTokens, KEPT_REVOKED, 'revoked');
}

function checkApp(s: SandboxState): void {
  const a = s.app;
  if (a.integrationId !== null && findIntegration(s, a.integrationId) === undefined)
    bad('app: refers to an unknown integration');
  if (a.token !== null) {
    if (!/^[0-9a-f]{64}$/.test(a.token.fingerprint)) bad('app token: bad fingerprint');
    const byFingerprint = [...s.tokens, ...s.revokedTokens].find(
      (t) => t.fingerprint === a.token!.fingerprint,
    );
    if ((byFingerprint?.id ?? null) !== a.token.tokenId)
      bad('app token: does not match the token it names');
    if (byFingerprint !== undefined && byFingerprint.integrationId !== a.integrationId)
      bad('app: its token belongs to another integration');
  }
  if (a.lastResponse !== null) ordered('app last response', a.lastResponse.at, s.lastAt);
  for (const p of a.pending)
    if (p.retryAt > s.lastAt + MAX_BACKOFF_MS) bad('app pending: retry too far ahead');
}

/** Rows kept by their place (an id, or a place in an entry): ascending, within `[lo, hi)`. */
function rowsWithin<T>(
  where: string,
  lo: number,
  hi: number,
  rows: readonly T[],
  place: (r: T) => number,
): void {
  ascending(where, rows, place);
  if (rows.some((r) => place(r) < lo || place(r) >= hi))
    bad(`${where}: a recent row it does not hold`);
}

function checkDestination(s: SandboxState): void {
  const schemas = new Set(s.integrations.map((i) => i.schema));
  for (const [schema, tables] of Object.entries(s.destination)) {
    if (!schemas.has(schema)) bad(`destination: schema ${schema} has no integration`);
    for (const [name, t] of Object.entries(tables)) {
      const w = `destination ${schema}.${name}`;
      const end = t.first + t.total;
      if (end > s.nextRecordId) bad(`${w}: a record id beyond the id sequence`);
      rowsWithin(w, t.first, end, t.recent, (r) => r.id);
    }
  }
}

/** What a queued request was sent for: the first entry of each starts a request. */
const originOf = (e: QueueEntry) => `${e.integrationId}:${e.clientIds.join()}`;

function checkQueue(s: SandboxState): void {
  const started = new Set<string>();
  s.failed.forEach((e, k) => {
    const w = `failed queue entry ${k}`;
    rowsWithin(w, 0, e.total, e.recent, (r) => r.at);
    if (e.requests > 0) started.add(originOf(e));
    else if (!started.has(originOf(e))) bad(`${w}: continues no request`);
    if (e.integrationId !== null && findIntegration(s, e.integrationId) === undefined)
      bad(`${w}: unknown integration`);
    if (e.clientIds.length === 0) bad(`${w}: bad client ids`);
    if (new Set(e.clientIds).size !== e.clientIds.length) bad(`${w}: duplicate client ids`);
  });
  if (new Set(s.failed.map((e) => `${e.table}/${originOf(e)}`)).size !== s.failed.length)
    bad('failed queue: two entries of one table and origin');
}

function checkLogAndCounters(s: SandboxState): void {
  const c = s.counters;
  if (c.ok + c.failed !== c.total) bad('counters: do not add up');
  if (c.retried > c.total) bad('counters: more retries than requests');
  if (c.total >= s.nextLogSeq) bad('counters: more requests than the log sequence');
  if (c.byStatus.reduce((n, x) => n + x.count, 0) !== c.total) bad('counters: do not add up');
  if (new Set(c.byStatus.map((x) => x.status)).size !== c.byStatus.length)
    bad('counters: duplicate status');
  if (s.log.length !== Math.min(c.total, LOG_CAPACITY)) bad('log: does not match the counters');
  if (queuedRequests(s.failed) > c.failed) bad('counters: fewer failures than queued requests');
  const loaded = Object.keys(s.destination).reduce((n, k) => n + schemaRows(s.destination, k), 0);
  if (loaded !== c.recordsLoaded) bad('counters: records loaded do not match the rows');
  ascending('log', s.log, (e) => e.seq);
  s.log.forEach((e, k) => {
    if (e.seq >= s.nextLogSeq) bad(`log entry ${k}: beyond the log sequence`);
    ordered('log', s.log[k - 1]?.at ?? null, e.at, s.lastAt);
  });
}

function checkRotations(s: SandboxState): void {
  const seen = new Set<number>();
  s.rotations.forEach((r, k) => {
    const w = `rotation ${k}`;
    if (seen.has(r.integrationId)) bad(`${w}: duplicate`);
    seen.add(r.integrationId);
    const own = (id: number | null) =>
      id === null || findToken(s, id)?.integrationId === r.integrationId;
    if (!own(r.oldTokenId) || !own(r.newTokenId)) bad(`${w}: a token of another integration`);
    if (r.oldTokenId === r.newTokenId) bad(`${w}: old and new token are the same`);
    const old = findToken(s, r.oldTokenId)!;
    if (r.oldRevokedAt !== null && old.revokedAt !== r.oldRevokedAt)
      bad(`${w}: revoke time differs`);
    for (const t of [r.oldRevokedAt, r.validatedAt, r.switchedAt, r.verifiedAt, r.abandonedAt])
      ordered(w, r.startedAt, t, s.lastAt);
    if (r.verifiedAt !== null && (r.oldRevokedAt === null || r.switchedAt === null))
      bad(`${w}: verified before it was switched and revoked`);
    if (r.verifiedAt !== null && r.abandonedAt !== null) bad(`${w}: both verified and abandoned`);
    if (r.resent > r.interrupted) bad(`${w}: more re-sent than interrupted`);
    if (r.resentRecords > 0 && r.resent === 0) bad(`${w}: re-sent records without a re-send`);
    if (r.resentRecords > s.counters.recordsLoaded) bad(`${w}: more re-sent than loaded`);
    if (r.interrupted > s.counters.failed) bad(`${w}: more interrupted than failed requests`);
  });
}

/** Throws `Invalid` with the first relation a state breaks. */
export function validate(s: SandboxState): void {
  checkIntegrations(s);
  checkTokens(s);
  checkApp(s);
  checkDestination(s);
  checkQueue(s);
  if (recordRoom(s) < 0) bad('more records than the sandbox can number');
  checkLogAndCounters(s);
  checkRotations(s);
}
