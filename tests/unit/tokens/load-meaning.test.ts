/**
 * Hand-edited saves and share links that are well-formed but mean nothing the sandbox could
 * have made: each is refused whole on load, with a reason, before it can break later.
 */
import {describe, expect, it} from 'vitest';
import {handleRequest} from '../../../src/tokens/http';
import {load, serialize} from '../../../src/tokens/persistence';
import {decodeShare, encodeShare} from '../../../src/tokens/share-url';
import {destinationSummary} from '../../../src/tokens/selectors/destination';
import {encodeBase64Url} from '../../../src/tokens/share-url';
import type {SandboxState} from '../../../src/tokens/model';
import {AUTH, newEnv, step, withApp} from './helpers';
import {defined} from '../../support/defined';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Payload = Record<string, any>;

/** Two integrations, a rotation, a revoked token, loaded and queued records. */
function scenario(): SandboxState {
  const env = newEnv(41);
  const {s: s0, iid, t1} = withApp(env);
  let s = step(s0, {type: 'pushRecords', count: 3}, env).state;
  s = step(s, {type: 'generateToken', integrationId: iid}, env).state;
  s = step(s, {type: 'copySecret'}, env).state;
  s = step(s, {type: 'acknowledgeReveal'}, env).state;
  s = step(s, {type: 'revokeToken', integrationId: iid, tokenId: t1}, env).state;
  s = step(s, {type: 'pushRecords', count: 2}, env).state;
  s = step(s, {type: 'createIntegration', displayName: 'Orders'}, env).state;
  return step(s, {type: 'acknowledgeReveal'}, env).state;
}

function edited(f: (p: Payload) => void): string {
  const p = JSON.parse(serialize(scenario()));
  f(p);
  return JSON.stringify(p);
}

describe('load checks meaning, not just shape', () => {
  it('accepts the scenario as saved', () => {
    expect(load(serialize(scenario())).ok).toBe(true);
  });

  it.each<[string, (p: Payload) => void, RegExp]>([
    [
      'a time past what a Date can show (2^53 - 1)',
      (p) => {
        p.lastAt = 2 ** 53 - 1;
        p.log[p.log.length - 1][1] = 2 ** 53 - 1;
      },
      /whole number from 0 to 253402300799999/,
    ],
    ['an id counter near 2^53', (p) => (p.next[2] = 2 ** 53 - 2), /next: expected a whole number/],
    ['a records-loaded counter with 3 rows', (p) => (p.counters[4] = 999_999), /records loaded/],
    [
      'a token revoked before it was created',
      (p) => (p.revoked[0][3] = p.revoked[0][2] - 1000),
      /times out of order/,
    ],
    [
      "a rotation pointing at another integration's token",
      (p) => (p.rotations[0][4] = p.tokens.find((t: number[]) => t[1] !== p.rotations[0][0])[0]),
      /a token of another integration/,
    ],
    [
      'an all-zero fingerprint (and the app sending it)',
      (p) => {
        p.tokens[0][5] = '0'.repeat(64);
        p.app.token[0] = '0'.repeat(64);
      },
      /not a real fingerprint/,
    ],
    [
      'an app token whose fingerprint is not its token’s',
      (p) => (p.app.token[0] = p.tokens[1][5]),
      /does not match the token it names/,
    ],
    ['a log longer than the requests counted', (p) => p.log.push([...p.log[0]]), /log/],
    ['a time after the clock', (p) => (p.integrations[1][5] = p.lastAt + 1), /times out of order/],
    [
      'more interrupted requests than failed ones',
      (p) => (p.rotations[0][10] = p.counters[2] + 1),
      /more interrupted than failed/,
    ],
    [
      'a verified rotation that never switched',
      (p) => (p.rotations[0][8] = p.lastAt),
      /verified before/,
    ],
  ])('refuses %s', (_name, edit, reason) => {
    const r = load(edited(edit));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('a share link is checked the same way', () => {
    const text = edited((p) => (p.counters[4] = 999_999));
    const link = encodeBase64Url(new TextEncoder().encode(text));
    expect(decodeShare(link)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/records loaded/),
    });
  });

  it('a small link that claims many records is read as counts, never expanded rows', () => {
    const {s} = withApp(newEnv());
    const p = JSON.parse(serialize(s));
    p.dest = [['customer_records', 'orders', 3, 200_000, []]];
    p.next[2] = 200_003;
    p.counters[4] = 200_000;
    const text = JSON.stringify(p);
    const link = encodeBase64Url(new TextEncoder().encode(text));
    expect(link.length).toBeLessThan(3000);
    const r = decodeShare(link);
    if (!r.ok) throw new Error(r.reason);
    expect(r.state.destination.customer_records?.orders).toEqual({
      first: 3,
      total: 200_000,
      recent: [],
    });
    expect(defined(destinationSummary(r.state)[0], 'schema').tables[0]).toMatchObject({
      rowCount: 200_000,
      recent: [],
    });
  });

  it('the Connect door never throws on a state that loaded (every time is a valid Date)', () => {
    const r = load(serialize(scenario()));
    if (!r.ok) throw new Error(r.reason);
    const env = newEnv(3);
    for (const path of [
      '/v4/sources',
      `/v4/sources/${defined(r.state.integrations[0], 'integration').id}/tokens`,
    ])
      expect(handleRequest(r.state, {method: 'GET', path, headers: AUTH}, env).result.status).toBe(
        200,
      );
  });

  it('a share of the scenario round-trips', () => {
    const s = scenario();
    const e = encodeShare(s);
    if (!e.ok) throw new Error(e.reason);
    expect(decodeShare(e.value)).toMatchObject({ok: true});
  });
});
