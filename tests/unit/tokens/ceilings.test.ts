/**
 * One rule for what a save may hold: a state decoded from a link with a value at (or next
 * to) any ceiling the decoder checks is one the sandbox can be in, so whatever event comes
 * next must leave a state that saves and loads back (saturated, or refused).
 */
import {isDeepStrictEqual} from 'node:util';
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {applyEvent} from '../../../src/tokens/reducer';
import {handleRequest} from '../../../src/tokens/http';
import {load, serialize} from '../../../src/tokens/persistence';
import {decodeShare, encodeShare} from '../../../src/tokens/share-url';
import {
  KEPT_REVOKED,
  MAX_ATTEMPTS,
  MAX_ID,
  MAX_PENDING,
  MAX_TIME,
} from '../../../src/tokens/limits';
import {recordRoom} from '../../../src/tokens/state';
import {seededEnv} from '../../../src/tokens/random';
import type {Env, SandboxState} from '../../../src/tokens/model';
import type {SandboxEvent} from '../../../src/tokens/events';
import {AUTH, newEnv, step, withApp} from './helpers';
import {defined} from '../../support/defined';

const persisted = (s: SandboxState): SandboxState => ({
  ...s,
  reveal: null,
  app: {...s.app, clipboard: null},
});

/**
 * A session with loaded, queued and held records, a rotation, as many revoked tokens as an
 * integration keeps, and 250 requests logged.
 */
function base(): SandboxState {
  const env = newEnv(5);
  const app = withApp(env);
  let s = app.s;
  for (let i = 0; i < 240; i++) s = step(s, {type: 'tick'}, env).state;
  for (let k = 0; k <= KEPT_REVOKED; k++) {
    const old = s.app.token!.tokenId!;
    s = step(s, {type: 'generateToken', integrationId: app.iid}, env).state;
    s = step(s, {type: 'copySecret'}, env).state;
    s = step(s, {type: 'acknowledgeReveal'}, env).state;
    if (k < KEPT_REVOKED) s = step(s, {type: 'pasteCopiedToken'}, env).state;
    s = step(s, {type: 'revokeToken', integrationId: app.iid, tokenId: old}, env).state;
  }
  s = step(s, {type: 'pushRecords', count: 4}, env).state; // refused 401: queued
  s = step(s, {type: 'pasteCopiedToken'}, env).state;
  s = step(s, {type: 'setOutage', on: true}, env).state;
  for (let i = 0; i < 5; i++) s = step(s, {type: 'tick'}, env).state; // held for a retry
  return s;
}

/** Every ceiling, at the bound and one below it. */
function ceilings(s: SandboxState): [string, SandboxState][] {
  const c = s.counters;
  return [0, 1].flatMap((d): [string, SandboxState][] => [
    [`integration ids at MAX_ID - ${d}`, {...s, nextIntegrationId: MAX_ID - d}],
    [`token ids at MAX_ID - ${d}`, {...s, nextTokenId: MAX_ID - d}],
    [`record ids at MAX_ID - ${d}`, {...s, nextRecordId: s.nextRecordId + recordRoom(s) - d}],
    [
      `room for ${d} more records`,
      {...s, failed: s.failed.map((e) => ({...e, total: e.total + recordRoom(s) - d}))},
    ],
    [`log sequence at MAX_ID - ${d}`, {...s, nextLogSeq: MAX_ID - d}],
    [`clock at MAX_TIME - ${d}`, {...s, lastAt: MAX_TIME - d}],
    [
      `attempts at ${MAX_ATTEMPTS - d}`,
      {
        ...s,
        app: {
          ...s.app,
          pending: s.app.pending.map((p) => ({
            ...p,
            attempts: MAX_ATTEMPTS - d,
            retryAt: s.lastAt,
          })),
        },
      },
    ],
    [
      `${MAX_PENDING - d} held batches`,
      {
        ...s,
        app: {
          ...s.app,
          pending: Array.from({length: MAX_PENDING - d}, () => ({
            ...defined(s.app.pending[0], 'held batch'),
          })),
        },
      },
    ],
    [
      `requests counted at MAX_ID - ${d + 2}`,
      {
        ...s,
        nextLogSeq: MAX_ID - d - 1,
        counters: {
          ...c,
          total: MAX_ID - d - 2,
          failed: MAX_ID - d - 2 - c.ok,
          byStatus: c.byStatus.map((x) =>
            x.status === 401 ? {...x, count: x.count + MAX_ID - d - 2 - c.total} : x,
          ),
        },
      },
    ],
  ]);
}

/** Decoded from a share link, as a reader would open it. */
function opened(s: SandboxState): SandboxState {
  const link = encodeShare(s);
  if (!link.ok) throw new Error(link.reason);
  const r = decodeShare(link.value);
  if (!r.ok) throw new Error(r.reason);
  return r.state;
}

type Act = (s: SandboxState, env: Env) => SandboxState;
const event =
  (e: (s: SandboxState) => SandboxEvent): Act =>
  (s, env) =>
    applyEvent(s, e(s), env).state;
const http =
  (method: string, path: (s: SandboxState) => string, body?: unknown): Act =>
  (s, env) =>
    handleRequest(s, {method, path: path(s), headers: AUTH, body}, env).state;
const iid = (s: SandboxState) => s.integrations[0]?.id ?? 1;

const ACTS: Record<string, Act> = {
  tick: event(() => ({type: 'tick'})),
  push: event(() => ({type: 'pushRecords', count: 3})),
  'push 20,000': event(() => ({type: 'pushRecords', count: 20_000})),
  'push to a new table': event(() => ({type: 'pushRecords', table: 'fresh'})),
  create: event(() => ({type: 'createIntegration', displayName: 'Another One'})),
  generate: event((s) => ({type: 'generateToken', integrationId: iid(s)})),
  revoke: event((s) => ({
    type: 'revokeToken',
    integrationId: iid(s),
    tokenId: s.tokens[0]?.id ?? 1,
  })),
  validate: event(() => ({type: 'validateToken'})),
  resend: event(() => ({type: 'resendFailed'})),
  'outage off': event(() => ({type: 'setOutage', on: false})),
  'outage on': event(() => ({type: 'setOutage', on: true})),
  reset: event(() => ({type: 'reset'})),
  'connect: new token': http('POST', (s) => `/v4/sources/${iid(s)}/tokens`),
  'connect: list': http('GET', () => '/v4/sources'),
  'import: push': http('POST', () => '/v2/import/push', [
    {client_id: 116078, table_name: 'orders', data: {a: 1}},
  ]),
};

/** A clock that reads now, later, or past the end of year 9999. */
const CLOCKS: Record<string, () => Env> = {
  'a clock in 2021': () => seededEnv(1),
  'a clock at the end of 9999': () => seededEnv(1, MAX_TIME - 500, 1000),
  'a clock past 9999': () => seededEnv(1, MAX_TIME + 10_000_000, 1000),
};
const clockAt = fc.constantFrom(...Object.entries(CLOCKS)).map(([name, clock]) => {
  const make = () => clock();
  make.toString = () => name;
  return make;
});

/** Saves `s` and loads it back; says which ceiling and events broke it, and why. */
function roundTrips(s: SandboxState, where: string): void {
  const r = load(serialize(s));
  if (!r.ok) throw new Error(`${where}: ${r.reason}`);
  // Node's strict compare is far quicker, and implies toEqual: the matcher only explains a miss.
  if (!isDeepStrictEqual(r.state, persisted(s))) expect(r.state).toEqual(persisted(s));
}

describe('every event from a state at a ceiling saves and loads back', {timeout: 120_000}, () => {
  const states = new Map(ceilings(base()).map(([name, s]) => [name, opened(s)]));

  it.each([...states.keys()])('%s', (name) => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...Object.keys(ACTS)), {minLength: 1, maxLength: 4}),
        clockAt,
        (acts, makeEnv) => {
          const env = makeEnv();
          let s = states.get(name)!;
          acts.forEach((a, k) => {
            s = defined(ACTS[a], `act ${a}`)(s, env);
            roundTrips(s, `after ${acts.slice(0, k + 1).join(', ')}`);
          });
        },
      ),
      {numRuns: 60, seed: Number(process.env.FC_SEED ?? 17)},
    );
  });
});
