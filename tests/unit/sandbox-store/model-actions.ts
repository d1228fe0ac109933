/**
 * What the widgets do to a store, as random actions for the model test: the web app, the
 * application, the Connect console and Import API requests, with hostile names and ids.
 */
import fc from 'fast-check';
import type {SandboxStore} from '@site/src/components/SandboxStore';

export const NAMES = [
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

export type Action =
  /** An integration whose first token the application sends: what most drills start from. */
  | {k: 'ready'}
  | {k: 'create'; name: string; schema: string}
  | {k: 'generate' | 'revoke' | 'listTokens' | 'httpGenerate'; i: number; j: number}
  | {k: 'httpRevoke'; i: number; id: string}
  | {
      k: 'simple';
      type:
        'acknowledgeReveal' | 'copySecret' | 'pasteCopiedToken' | 'resendFailed' | 'validateToken';
    }
  | {k: 'push'; count: number}
  | {k: 'setToken'; value: string}
  | {k: 'client'; id: number}
  | {k: 'traffic'; on: boolean}
  | {k: 'httpPush'; j: number; count: number; path: 'push' | 'validate'}
  | {k: 'status'};

/**
 * Hand edits of a share link that keep its shape, at and next to every ceiling a save has:
 * each must be refused on open, or every later action's save must still load.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const CEILING_EDITS: ((p: any) => void)[] = [
  (p) => (p.lastAt = 253402300799999),
  (p) => (p.lastAt = 253402300799998),
  (p) => (p.next = p.next.map(() => 2 ** 50)),
  (p) => (p.next = p.next.map(() => 2 ** 50 - 1)),
  (p) => (p.next[2] = 2 ** 50 - 1),
  (p) => (p.next[3] = 2 ** 50 - 1),
  (p) => {
    p.outage = true;
    p.app.pending = [['events', 3, 1000, p.lastAt]];
  },
  (p) => {
    p.outage = true;
    p.app.pending = [['events', 3, 999, p.lastAt]];
  },
  (p) => (p.counters[4] = 999_999),
  (p) => (p.app.clientId = 2 ** 53 - 1),
];

const idx = fc.nat({max: 5});
export const actions: fc.Arbitrary<Action> = fc.oneof(
  {weight: 6, arbitrary: fc.constant({k: 'ready' as const})},
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
        'resendFailed' as const,
        'validateToken' as const,
      ),
    }),
  },
  {
    weight: 4,
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
  {weight: 2, arbitrary: fc.record({k: fc.constant('traffic' as const), on: fc.boolean()})},
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
);

const AUTH = {Authorization: 'Bearer placeholder'};
/** Token values the "reader" kept (as an application would hold them), per store. */
const secrets = new WeakMap<SandboxStore, Map<number, string>>();

export function act(store: SandboxStore, c: Action): void {
  const kept = secrets.get(store) ?? new Map<number, string>();
  secrets.set(store, kept);
  const s = () => store.getSnapshot().state;
  const integ = (i: number) =>
    s().integrations[i % Math.max(1, s().integrations.length)]?.id ?? 424242;
  const token = (i: number, j: number) => {
    const list = [...s().tokens, ...s().revokedTokens].filter((t) => t.integrationId === integ(i));
    return list[j % Math.max(1, list.length)]?.id ?? 99;
  };
  switch (c.k) {
    case 'ready':
      store.dispatch({type: 'createIntegration', displayName: 'Orders'});
      store.dispatch({type: 'copySecret'});
      store.dispatch({type: 'acknowledgeReveal'});
      store.dispatch({type: 'pasteCopiedToken'});
      return;
    case 'create': {
      const out = store.dispatch({
        type: 'createIntegration',
        displayName: c.name,
        schemaName: c.schema,
      });
      if (out.ok && out.type === 'integrationCreated') kept.set(out.tokenId, out.secret);
      return;
    }
    case 'generate': {
      const out = store.dispatch({type: 'generateToken', integrationId: integ(c.i)});
      if (out.ok && out.type === 'tokenGenerated') kept.set(out.tokenId, out.secret);
      return;
    }
    case 'revoke':
      store.dispatch({type: 'revokeToken', integrationId: integ(c.i), tokenId: token(c.i, c.j)});
      return;
    case 'listTokens':
      store.request({method: 'GET', path: `/v4/sources/${integ(c.i)}/tokens`, headers: AUTH});
      return;
    case 'httpGenerate': {
      const res = store.request({
        method: 'POST',
        path: `/v4/sources/${integ(c.i)}/tokens`,
        headers: AUTH,
      });
      const body = res.body as {id?: number; access_token?: string};
      if (res.status === 200) kept.set(body.id!, body.access_token!);
      return;
    }
    case 'httpRevoke':
      store.request({
        method: 'DELETE',
        path: `/v4/sources/${integ(c.i)}/tokens/${c.id}`,
        headers: AUTH,
      });
      return;
    case 'simple':
      store.dispatch({type: c.type});
      return;
    case 'push':
      store.dispatch({type: 'pushRecords', count: c.count});
      return;
    case 'setToken':
      store.dispatch({type: 'setAppToken', value: c.value});
      return;
    case 'client':
      store.dispatch({type: 'setAppClientId', clientId: c.id});
      return;
    case 'traffic':
      store.setTraffic(c.on);
      return;
    case 'httpPush': {
      const value = [...kept.values()][c.j % Math.max(1, kept.size)];
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
      return;
    }
    case 'status':
      store.request({method: 'GET', path: '/v2/import/status'});
      return;
  }
}
