import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {applyEvent} from '../../../src/tokens/reducer';
import {decodeShare, encodeShare} from '../../../src/tokens/share-url';
import {handleRequest} from '../../../src/tokens/http';
import {initialState} from '../../../src/tokens/state';
import {MAX_ACTIVE_TOKENS, TABLE_NAME_PATTERN} from '../../../src/tokens/limits';
import {load, serialize} from '../../../src/tokens/persistence';
import {findTable, recordPlacement} from '../../support/sandbox-views';
import {appTables} from '../../../src/tokens/lookups';
import {seededEnv} from '../../../src/tokens/random';
import type {Env, SandboxState} from '../../../src/tokens/model';
import type {SandboxEvent} from '../../../src/tokens/events';
import {AUTH, deepFreeze} from './helpers';
import {defined} from '../../support/defined';

const NAMES = [
  'Customer Records',
  'customer-records',
  'Orders',
  'Events (v2)',
  '',
  '  ',
  '...',
  'x'.repeat(101),
  'Constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
];
/** Words that are Object.prototype keys: a fixed list of ordinary names never hits them. */
const PROTO_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** Display names: fixed tricky ones and any generated string (most are refused or unique). */
const displayName = fc.oneof(
  {weight: 2, arbitrary: fc.constantFrom(...NAMES)},
  {weight: 1, arbitrary: fc.string({maxLength: 110})},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 20})},
);
/** Valid table names, from a few fixed ones, the prototype words and generated ones. */
const tableName = fc.oneof(
  fc.constantFrom('orders', 'events', 'people'),
  fc.constantFrom(...PROTO_WORDS),
  fc.stringMatching(TABLE_NAME_PATTERN, {maxLength: 30}),
);

/** Abstract commands; indices are resolved against the state at run time. */
type Cmd =
  | {k: 'create'; name: string}
  | {k: 'generate'; i: number}
  | {k: 'ack'}
  | {k: 'copy'}
  | {k: 'paste'}
  | {k: 'revoke'; i: number; j: number}
  | {k: 'setToken'; j: number; garbage: boolean}
  | {k: 'client'; bad: boolean}
  | {k: 'push'; count: number; table: string}
  | {k: 'tick'}
  | {k: 'resend'}
  | {k: 'reset'}
  | {k: 'httpGenerate'; i: number}
  | {k: 'httpRevoke'; i: number; j: number}
  | {k: 'httpPush'; j: number; count: number; badClient: boolean; table: string}
  | {k: 'httpList'; i: number};

const idx = fc.nat({max: 9});
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('create' as const),
      name: displayName,
    }),
  },
  {weight: 4, arbitrary: fc.record({k: fc.constant('generate' as const), i: idx})},
  {weight: 2, arbitrary: fc.constant({k: 'ack' as const})},
  {weight: 2, arbitrary: fc.constant({k: 'copy' as const})},
  {weight: 2, arbitrary: fc.constant({k: 'paste' as const})},
  {weight: 4, arbitrary: fc.record({k: fc.constant('revoke' as const), i: idx, j: idx})},
  {
    weight: 2,
    arbitrary: fc.record({k: fc.constant('setToken' as const), j: idx, garbage: fc.boolean()}),
  },
  {weight: 1, arbitrary: fc.record({k: fc.constant('client' as const), bad: fc.boolean()})},
  {
    weight: 6,
    arbitrary: fc.record({
      k: fc.constant('push' as const),
      count: fc.integer({min: 1, max: 4}),
      table: tableName,
    }),
  },
  {weight: 4, arbitrary: fc.constant({k: 'tick' as const})},
  {weight: 3, arbitrary: fc.constant({k: 'resend' as const})},
  {weight: 1, arbitrary: fc.constant({k: 'reset' as const})},
  {weight: 2, arbitrary: fc.record({k: fc.constant('httpGenerate' as const), i: idx})},
  {weight: 2, arbitrary: fc.record({k: fc.constant('httpRevoke' as const), i: idx, j: idx})},
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('httpPush' as const),
      j: idx,
      count: fc.integer({min: 1, max: 3}),
      badClient: fc.boolean(),
      table: tableName,
    }),
  },
  {weight: 1, arbitrary: fc.record({k: fc.constant('httpList' as const), i: idx})},
);

interface World {
  s: SandboxState;
  env: Env;
  /** Every secret ever handed out, by token id (the test plays the user who saved them). */
  secrets: Map<number, string>;
  maxTokenId: number;
  /** Records loaded since the last reset, as the model counts them. */
  loaded: number;
  /**
   * The model's own record of the records refused with 401, by where they were headed: their
   * table, the schema of the integration they were sent for (the revoked token's, else the
   * app's; '' if none) and the client_id they carry. Computed here, not read from the core.
   */
  queued: Map<string, number>;
}

const queueKey = (table: string, schema: string | null, clientId: number | string) =>
  `${table}|${schema ?? ''}|${clientId}`;

function integrationSchema(s: SandboxState, id: number | null): string | null {
  return id === null ? null : (s.integrations.find((i) => i.id === id)?.schema ?? null);
}

/** Where a push refused 401 was headed: the presented token's integration, else the app's. */
function blamed(prev: SandboxState, tokenId: number | null | 'unknown'): string | null {
  const known = allTokens(prev).find((t) => t.id === tokenId);
  return integrationSchema(prev, known?.integrationId ?? prev.app.integrationId);
}

const pick = <T>(xs: readonly T[], i: number): T | undefined =>
  xs.length === 0 ? undefined : xs[i % xs.length];
const allTokens = (s: SandboxState) =>
  [...s.tokens, ...s.revokedTokens].sort((a, b) => a.id - b.id);
const isActive = (s: SandboxState, id: number | null | 'unknown') =>
  s.tokens.some((t) => t.id === id);

function schemaOfToken(s: SandboxState, id: number): string {
  const t = allTokens(s).find((x) => x.id === id)!;
  return s.integrations.find((i) => i.id === t.integrationId)!.schema;
}

const totalOf = (s: SandboxState, schema: string, table: string) =>
  findTable(s.destination, schema, table)?.total ?? 0;

/** The model's count for a queue key, changed by `n`. */
function addQueued(w: World, key: string, n: number) {
  const k = (w.queued.get(key) ?? 0) + n;
  if (k === 0) w.queued.delete(key);
  else w.queued.set(key, k);
}

/** A push the core accepted (201): `n` more records at the end of `table` of `schema`. */
function expectLoaded(w: World, prev: SandboxState, schema: string, table: string, n: number) {
  expect(totalOf(w.s, schema, table) - totalOf(prev, schema, table)).toBe(n);
  w.loaded += n;
}

function eventFor(w: World, c: Cmd): SandboxEvent | null {
  const s = w.s;
  const integ = (i: number) => pick(s.integrations, i)?.id ?? 424242;
  switch (c.k) {
    case 'create':
      return {type: 'createIntegration', displayName: c.name};
    case 'generate':
      return {type: 'generateToken', integrationId: integ(c.i)};
    case 'ack':
      return {type: 'acknowledgeReveal'};
    case 'copy':
      return {type: 'copySecret'};
    case 'paste':
      return {type: 'pasteCopiedToken'};
    case 'revoke': {
      const iid = integ(c.i);
      const t = pick(
        allTokens(s).filter((x) => x.integrationId === iid),
        c.j,
      );
      return {type: 'revokeToken', integrationId: iid, tokenId: t?.id ?? 99};
    }
    case 'setToken':
      return {
        type: 'setAppToken',
        value: c.garbage ? `guess-${c.j}` : (pick([...w.secrets.values()], c.j) ?? ''),
      };
    case 'client':
      return {type: 'setAppClientId', clientId: c.bad ? 555 : s.clientId};
    case 'push':
      return {type: 'pushRecords', count: c.count, table: c.table};
    case 'tick':
      return {type: 'tick'};
    case 'resend':
      return {type: 'resendFailed'};
    case 'reset':
      return {type: 'reset'};
    default:
      return null;
  }
}

function check(w: World, prev: SandboxState) {
  const s = w.s;
  // at most two active tokens per integration
  for (const i of s.integrations)
    expect(s.tokens.filter((t) => t.integrationId === i.id).length).toBeLessThanOrEqual(
      MAX_ACTIVE_TOKENS,
    );
  // token ids strictly increase
  for (const t of allTokens(s)) {
    if (!allTokens(prev).some((p) => p.id === t.id)) {
      expect(t.id).toBeGreaterThan(w.maxTokenId);
      w.maxTokenId = t.id;
    }
  }
  // every record accepted since the reset is in exactly one place: loaded once, or queued
  // where the model says it was headed
  const {loaded, queued, duplicates} = recordPlacement(s);
  expect(duplicates).toEqual([]);
  expect(loaded.size).toBe(w.loaded);
  const byKey = new Map<string, number>();
  for (const e of s.failed) {
    const key = queueKey(e.table, integrationSchema(s, e.integrationId), e.clientIds.join());
    byKey.set(key, (byKey.get(key) ?? 0) + e.total);
  }
  expect(byKey).toEqual(w.queued);
  expect(queued.length).toBe([...w.queued.values()].reduce((a, b) => a + b, 0));
  // ids are never reused: a table that is new starts above every id used before
  for (const [schema, tables] of Object.entries(s.destination))
    for (const [name, t] of Object.entries(tables)) {
      expect(t.first + t.total).toBeLessThanOrEqual(s.nextRecordId);
      const before = findTable(prev.destination, schema, name);
      if (before === null) expect(t.first).toBeGreaterThanOrEqual(prev.nextRecordId);
      else expect(t.first).toBe(before.first);
    }
  // no secret outside the reveal slot
  const visible = JSON.stringify({...s, reveal: null});
  for (const secret of w.secrets.values()) expect(visible.includes(secret)).toBe(false);
}

/** Whatever a step made saves and loads back (minus reveal and clipboard). */
function roundTrips(s: SandboxState) {
  const expected = {...s, reveal: null, app: {...s.app, clipboard: null}};
  expect(load(serialize(s))).toEqual({ok: true, state: expected});
}

function runCmd(w: World, c: Cmd) {
  const prev = w.s;
  const e = eventFor(w, c);
  if (e !== null) {
    const {state, result: outcome} = applyEvent(deepFreeze(prev), e, w.env);
    w.s = state;
    if (!outcome.ok) expect(state).toBe(prev);
    if (outcome.ok) {
      switch (outcome.type) {
        case 'integrationCreated':
        case 'tokenGenerated':
          w.secrets.set(outcome.tokenId, outcome.secret);
          break;
        case 'pushed': {
          // no revoked or unknown token ever authorizes
          const presented = prev.app.token?.tokenId ?? null;
          const table = c.k === 'push' ? c.table : appTables(prev).tick;
          const n = c.k === 'push' ? c.count : defined(state.log.at(-1), 'last log line').records;
          if (outcome.status === 201) {
            expect(isActive(prev, presented)).toBe(true);
            const schema = schemaOfToken(prev, presented!);
            expectLoaded(w, prev, schema, table, n);
            const end = findTable(state.destination, schema, table)!;
            expect(outcome.recordIds).toEqual(
              Array.from({length: n}, (_, i) => end.first + end.total - n + i),
            );
          } else if (!isActive(prev, presented)) {
            expect(outcome.status).toBe(401);
          }
          if (outcome.status === 401)
            addQueued(w, queueKey(table, blamed(prev, presented), prev.app.clientId), n);
          break;
        }
        case 'resent': {
          expect(isActive(prev, outcome.tokenId)).toBe(true);
          // Exactly the queued records sent for this token's integration (or for none), with
          // the account's client_id, into that integration's tables; the rest stay queued.
          const schema = schemaOfToken(prev, outcome.tokenId);
          const going = new Map<string, number>();
          for (const [key, n] of [...w.queued]) {
            const [table, meant, clientId] = key.split('|');
            if ((meant === '' || meant === schema) && clientId === String(prev.clientId)) {
              going.set(table!, (going.get(table!) ?? 0) + n);
              w.queued.delete(key);
            }
          }
          for (const [table, n] of going) expectLoaded(w, prev, schema, table, n);
          const said = new Map<string, number>();
          for (const r of outcome.loaded) said.set(r.table, (said.get(r.table) ?? 0) + r.count);
          expect(said).toEqual(going);
          break;
        }
        case 'reset':
          w.loaded = 0;
          w.queued.clear();
          break;
        default:
          break;
      }
    }
  } else {
    const iid = pick(prev.integrations, 'i' in c ? c.i : 0)?.id ?? 424242;
    let r;
    if (c.k === 'httpGenerate') {
      r = handleRequest(
        deepFreeze(prev),
        {method: 'POST', path: `/v4/sources/${iid}/tokens`, headers: AUTH},
        w.env,
      );
      if (r.result.status === 200) {
        const b = r.result.body as {id: number; access_token: string};
        w.secrets.set(b.id, b.access_token);
      }
    } else if (c.k === 'httpRevoke') {
      const t = pick(
        allTokens(prev).filter((x) => x.integrationId === iid),
        c.j,
      );
      r = handleRequest(
        deepFreeze(prev),
        {method: 'DELETE', path: `/v4/sources/${iid}/tokens/${t?.id ?? 99}`, headers: AUTH},
        w.env,
      );
      expect(r.result.status).toBe(t !== undefined && t.revokedAt === null ? 200 : 404);
    } else if (c.k === 'httpList') {
      r = handleRequest(
        deepFreeze(prev),
        {method: 'GET', path: `/v4/sources/${iid}/tokens`, headers: AUTH},
        w.env,
      );
      if (r.result.status === 200)
        expect((r.result.body as unknown[]).length).toBeLessThanOrEqual(2);
    } else if (c.k === 'httpPush') {
      const entry = pick([...w.secrets.entries()], c.j);
      const clientId = c.badClient ? 555 : prev.clientId;
      const body = Array.from({length: c.count}, (_, n) => ({
        client_id: clientId,
        table_name: c.table,
        data: {n},
      }));
      r = handleRequest(
        deepFreeze(prev),
        {
          method: 'POST',
          path: '/v2/import/push',
          headers: entry ? {Authorization: `Bearer ${entry[1]}`} : {},
          body,
        },
        w.env,
      );
      const active = entry !== undefined && isActive(prev, entry[0]);
      // a revoked token never authorizes, whatever the body
      if (!active) expect(r.result.status).toBe(401);
      else expect(r.result.status).toBe(c.badClient ? 403 : 201);
      w.s = r.state;
      if (r.result.status === 201)
        expectLoaded(w, prev, schemaOfToken(prev, entry![0]), c.table, c.count);
      if (r.result.status === 401)
        addQueued(w, queueKey(c.table, blamed(prev, entry?.[0] ?? null), clientId), c.count);
    } else {
      throw new Error('unreachable');
    }
    w.s = r.state;
  }
  check(w, prev);
}

const params = {numRuns: 120, seed: Number(process.env.FC_SEED ?? 20240812)} as const;

/** Half the runs start from a working setup (integration, token copied into the app). */
const PREFIX: Cmd[] = [
  {k: 'create', name: 'Customer Records'},
  {k: 'copy'},
  {k: 'ack'},
  {k: 'paste'},
  {k: 'push', count: 1, table: 'orders'},
];
const cmds = (max: number) =>
  fc
    .tuple(fc.boolean(), fc.array(cmd, {minLength: 5, maxLength: max, size: 'max'}))
    .map(([prefixed, rest]) => (prefixed ? [...PREFIX, ...rest] : rest));

function newWorld(seed: number): World {
  return {
    s: initialState(),
    env: seededEnv(seed),
    secrets: new Map(),
    maxTokenId: 0,
    loaded: 0,
    queued: new Map(),
  };
}

// Generous timeout: these run hundreds of steps per case on a possibly busy CI machine.
describe('properties over any sequence of actions', {timeout: 60_000}, () => {
  it('keep the invariants, and save and load back, after every step', () => {
    fc.assert(
      fc.property(fc.integer(), cmds(80), (seed, cmds) => {
        const w = newWorld(seed);
        for (const c of cmds) {
          runCmd(w, c);
          roundTrips(w.s);
        }
      }),
      params,
    );
  });

  it('serialize -> load and share encode -> decode are the identity (minus reveal and clipboard)', () => {
    fc.assert(
      fc.property(fc.integer(), cmds(80), (seed, cmds) => {
        const w = newWorld(seed);
        for (const c of cmds) runCmd(w, c);
        const expected = {...w.s, reveal: null, app: {...w.s.app, clipboard: null}};
        expect(load(serialize(w.s))).toEqual({ok: true, state: expected});
        const share = encodeShare(w.s);
        if (share.ok) expect(decodeShare(share.value)).toEqual({ok: true, state: expected});
        // a reloaded state behaves the same as the original for the next push
        const loaded = load(serialize(w.s));
        if (loaded.ok) {
          const a = applyEvent(expected, {type: 'pushRecords'}, seededEnv(1)).state;
          const b = applyEvent(loaded.state, {type: 'pushRecords'}, seededEnv(1)).state;
          expect(serialize(b)).toBe(serialize(a));
        }
      }),
      params,
    );
  });

  it('re-sending any number of times never duplicates', () => {
    fc.assert(
      fc.property(fc.integer(), cmds(50), fc.integer({min: 1, max: 5}), (seed, cmds, times) => {
        const w = newWorld(seed);
        for (const c of cmds) runCmd(w, c);
        for (let k = 0; k < times; k++) runCmd(w, {k: 'resend'});
        expect(recordPlacement(w.s).duplicates).toEqual([]);
      }),
      params,
    );
  });
});
