/**
 * The one invariant, checked where state is made: whatever any action produces through the
 * entry points the widgets use (web app, application, console, re-send, share, reset,
 * drills, Undo), the save it writes loads back to exactly the state on screen (minus the
 * reveal and the clipboard, which are never saved). Random sequences, many integrations,
 * long and hostile names, huge ids.
 */
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {createSandboxStore, memoryStorage, unwrapSaved} from '@site/src/components/SandboxStore';
import {load, serialize} from '@site/src/tokens/persistence';
import {encodeBase64Url} from '@site/src/tokens/base64url';
import {presetState} from '@site/src/tokens/presets';
import {encodeShare} from '@site/src/tokens/share-url';
import {seededEnv} from '@site/src/tokens/random';
import type {PresetKey, SandboxState} from '@site/src/tokens/model';
import {manualTimers} from './fakes';

const NAMES = [
  'Customer Records',
  'Orders',
  'x'.repeat(100),
  `${'Integration with a long name '.repeat(4).slice(0, 97)} 7`,
  '!!!',
  "Robert'); DROP TABLE--",
  '<script>alert(1)</script>',
  '__proto__',
  'Café Ünïcode',
  '2024 Events',
];
const IDS = ['1', '261871', '828705046', '9007199254740991', '9999999999999999', 'abc', ''];
const PRESETS: PresetKey[] = ['planned', 'wrong-order', 'leak', 'two-integrations', 'outage'];

type Cmd =
  | {k: 'create'; name: string; schema: string}
  | {k: 'generate' | 'revoke' | 'listTokens' | 'httpGenerate'; i: number; j: number}
  | {k: 'httpRevoke'; i: number; id: string}
  | {
      k: 'simple';
      type:
        | 'acknowledgeReveal'
        | 'copySecret'
        | 'pasteCopiedToken'
        | 'tick'
        | 'resendFailed'
        | 'validateToken';
    }
  | {k: 'push'; count: number}
  | {k: 'setToken'; value: string}
  | {k: 'client'; id: number}
  | {k: 'outage'; on: boolean}
  | {k: 'httpPush'; j: number; count: number; path: 'push' | 'validate'}
  | {k: 'status'}
  | {k: 'reset' | 'undo' | 'keep' | 'shareSelf'}
  | {k: 'preset'; preset: PresetKey}
  | {k: 'shareEdited'; edit: number};

/**
 * Hand edits of a share link that keep its shape: each must be refused on open, or every
 * later action's save must still load (a clock at the end of time, ids near 2^53…).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const EDITS: ((p: any) => void)[] = [
  (p) => (p.lastAt = 2 ** 53 - 1),
  (p) => (p.next = p.next.map(() => 2 ** 53 - 2)),
  (p) => (p.counters[4] = 999_999),
  (p) => p.tokens.forEach((t: unknown[]) => (t[5] = '0'.repeat(64))),
  (p) => (p.app.clientId = 2 ** 53 - 1),
  (p) => (p.next[3] = p.next[3] + 2 ** 40),
];

const idx = fc.nat({max: 5});
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('create' as const),
      name: fc.oneof(fc.constantFrom(...NAMES), fc.string({maxLength: 12})),
      schema: fc.constantFrom('', '', 'custom_schema', '!!!', 'Ünïcode'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constantFrom(
        'generate' as const,
        'revoke' as const,
        'listTokens' as const,
        'httpGenerate' as const,
      ),
      i: idx,
      j: idx,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('httpRevoke' as const),
      i: idx,
      id: fc.constantFrom(...IDS),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      k: fc.constant('simple' as const),
      type: fc.constantFrom(
        'acknowledgeReveal' as const,
        'copySecret' as const,
        'pasteCopiedToken' as const,
        'tick' as const,
        'resendFailed' as const,
        'validateToken' as const,
      ),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({k: fc.constant('push' as const), count: fc.integer({min: 1, max: 5})}),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('setToken' as const),
      value: fc.constantFrom('', 'typo', 'Bearer abc', 'x'.repeat(201)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('client' as const),
      id: fc.constantFrom(116078, 555, 2 ** 52),
    }),
  },
  {weight: 1, arbitrary: fc.record({k: fc.constant('outage' as const), on: fc.boolean()})},
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('httpPush' as const),
      j: idx,
      count: fc.integer({min: 1, max: 3}),
      path: fc.constantFrom('push' as const, 'validate' as const),
    }),
  },
  {weight: 1, arbitrary: fc.constant({k: 'status' as const})},
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constantFrom('reset' as const, 'undo' as const, 'keep' as const, 'shareSelf' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({k: fc.constant('preset' as const), preset: fc.constantFrom(...PRESETS)}),
  },
);

const AUTH = {Authorization: 'Bearer placeholder'};

function run(seed: number, cmds: readonly Cmd[]) {
  const storage = memoryStorage();
  const env = seededEnv(seed);
  const store = createSandboxStore(storage, env, manualTimers().timers, {backup: memoryStorage()});
  store.start(null);
  /** Token values the "reader" kept, by token id (as an application would hold them). */
  const secrets = new Map<number, string>();
  const s = () => store.getSnapshot().state;
  const integ = (i: number) =>
    s().integrations[i % Math.max(1, s().integrations.length)]?.id ?? 424242;
  const token = (i: number, j: number) => {
    const list = [...s().tokens, ...s().revokedTokens].filter((t) => t.integrationId === integ(i));
    return list[j % Math.max(1, list.length)]?.id ?? 99;
  };
  for (const c of cmds) {
    switch (c.k) {
      case 'create': {
        const out = store.dispatch({
          type: 'createIntegration',
          displayName: c.name,
          schemaName: c.schema,
        });
        if (out.ok && out.type === 'integrationCreated') secrets.set(out.tokenId, out.secret);
        break;
      }
      case 'generate': {
        const out = store.dispatch({type: 'generateToken', integrationId: integ(c.i)});
        if (out.ok && out.type === 'tokenGenerated') secrets.set(out.tokenId, out.secret);
        break;
      }
      case 'revoke':
        store.dispatch({type: 'revokeToken', integrationId: integ(c.i), tokenId: token(c.i, c.j)});
        break;
      case 'listTokens':
        store.request({method: 'GET', path: `/v4/sources/${integ(c.i)}/tokens`, headers: AUTH});
        break;
      case 'httpGenerate': {
        const res = store.request({
          method: 'POST',
          path: `/v4/sources/${integ(c.i)}/tokens`,
          headers: AUTH,
        });
        const body = res.body as {id?: number; access_token?: string};
        if (res.status === 200) secrets.set(body.id!, body.access_token!);
        break;
      }
      case 'httpRevoke':
        store.request({
          method: 'DELETE',
          path: `/v4/sources/${integ(c.i)}/tokens/${c.id}`,
          headers: AUTH,
        });
        break;
      case 'simple':
        store.dispatch({type: c.type});
        break;
      case 'push':
        store.dispatch({type: 'pushRecords', count: c.count});
        break;
      case 'setToken':
        store.dispatch({type: 'setAppToken', value: c.value});
        break;
      case 'client':
        store.dispatch({type: 'setAppClientId', clientId: c.id});
        break;
      case 'outage':
        store.dispatch({type: 'setOutage', on: c.on});
        break;
      case 'httpPush': {
        const value = [...secrets.values()][c.j % Math.max(1, secrets.size)];
        const body = Array.from({length: c.count}, (_, n) => ({
          client_id: s().clientId,
          table_name: 'api_rows',
          data: {n},
        }));
        store.request({
          method: 'POST',
          path: `/v2/import/${c.path}`,
          headers: value ? {Authorization: `Bearer ${value}`} : {},
          body,
        });
        break;
      }
      case 'status':
        store.request({method: 'GET', path: '/v2/import/status'});
        break;
      case 'reset':
        store.replace('reset', presetState('planned', s(), env));
        break;
      case 'preset':
        store.replace('preset', presetState(c.preset, s(), env));
        break;
      case 'undo':
        store.undo();
        break;
      case 'keep':
        store.keep();
        break;
      case 'shareSelf': {
        const e = encodeShare(s());
        if (e.ok) store.openShare(e.value);
        break;
      }
      case 'shareEdited': {
        const p = JSON.parse(serialize(s()));
        EDITS[c.edit]!(p);
        store.openShare(encodeBase64Url(new TextEncoder().encode(JSON.stringify(p))));
        break;
      }
    }
    // After every step: what is saved loads back to what is on screen.
    const read = storage.read();
    const text = read.ok ? unwrapSaved(read.text).text : null;
    if (text === null) continue;
    const loaded = load(text);
    if (!loaded.ok) throw new Error(`${JSON.stringify(c)}: ${loaded.reason}`);
    const shown: SandboxState = {...s(), reveal: null, app: {...s().app, clipboard: null}};
    expect(loaded.state).toEqual(shown);
  }
}

// 10,000 sequences of up to 16 actions: about 20 s on an idle two-core machine (measured);
// the budget leaves room for a busy one.
describe('every save loads back to the state on screen', {timeout: 240_000}, () => {
  it('for 10,000 random sequences through the widgets’ entry points', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(cmd, {minLength: 1, maxLength: 16}), (seed, cmds) =>
        run(seed, cmds),
      ),
      {
        numRuns: Number(process.env.MODEL_RUNS ?? 10_000),
        seed: Number(process.env.FC_SEED ?? 20261129),
      },
    );
  });
});
