import {describe, expect, it} from 'vitest';
import {
  createSandboxStore,
  memoryStorage,
  type SandboxStorage,
} from '@site/src/components/SandboxStore';
import {
  applyEvent,
  encodeShare,
  initialState,
  integrations,
  revealedSecret,
  seededEnv,
  serialize,
} from '@site/src/tokens';

const manualTimers = () => {
  let fn: (() => void) | null = null;
  let hidden = false;
  return {
    timers: {
      setInterval: (f: () => void) => {
        fn = f;
        return 1;
      },
      clearInterval: () => {
        fn = null;
      },
      isHidden: () => hidden,
    },
    fire: () => fn?.(),
    running: () => fn !== null,
    hide: (h: boolean) => {
      hidden = h;
    },
  };
};

function savedWithIntegration(name: string): string {
  return serialize(
    applyEvent(initialState(), {type: 'createIntegration', displayName: name}, seededEnv(1)).state,
  );
}

describe('sandbox store', () => {
  it('starts empty and not ready, then restores the saved scenario on start', () => {
    const store = createSandboxStore(memoryStorage(savedWithIntegration('Orders')), seededEnv(2));
    expect(store.getSnapshot().ready).toBe(false);
    expect(integrations(store.getSnapshot().state)).toHaveLength(0);
    store.start(null);
    expect(store.getSnapshot().ready).toBe(true);
    expect(integrations(store.getSnapshot().state).map((i) => i.schema)).toEqual(['orders']);
    expect(store.getSnapshot().notice).toBeNull();
  });

  it('resets with a visible notice when the saved state is corrupt, and clears it', () => {
    const storage = memoryStorage('{"v":2,"integrations":[');
    const store = createSandboxStore(storage, seededEnv(3));
    store.start(null);
    const {notice, state} = store.getSnapshot();
    expect(notice?.tone).toBe('warning');
    expect(notice?.text).toMatch(/could not be restored/);
    expect(integrations(state)).toHaveLength(0);
    expect(storage.read()).toEqual({ok: true, text: null});
  });

  it('works in memory with a notice when storage is unavailable', () => {
    const broken: SandboxStorage = {
      read: () => ({ok: false, reason: 'storage blocked'}),
      write: () => ({ok: false, reason: 'storage blocked'}),
      clear: () => {},
      onExternalChange: () => () => {},
    };
    const store = createSandboxStore(broken, seededEnv(4));
    store.start(null);
    expect(store.getSnapshot().notice?.text).toBe('storage blocked');
    const outcome = store.dispatch({type: 'createIntegration', displayName: 'Orders'});
    expect(outcome.ok).toBe(true);
    expect(integrations(store.getSnapshot().state)).toHaveLength(1);
  });

  it('saves every change, and a refused event writes nothing', () => {
    const storage = memoryStorage();
    const store = createSandboxStore(storage, seededEnv(5));
    store.start(null);
    store.dispatch({type: 'createIntegration', displayName: 'Orders'});
    const after = storage.read();
    expect(after.ok && after.text).toContain('orders');
    const refused = store.dispatch({type: 'createIntegration', displayName: '   '});
    expect(refused.ok).toBe(false);
    expect(storage.read()).toEqual(after);
  });

  it('prefers a valid share fragment over the saved state, and keeps the saved one for a bad link', () => {
    const shared = applyEvent(
      initialState(),
      {type: 'createIntegration', displayName: 'Shared One'},
      seededEnv(6),
    ).state;
    const encoded = encodeShare(shared);
    if (!encoded.ok) throw new Error(encoded.reason);

    const good = createSandboxStore(memoryStorage(savedWithIntegration('Mine')), seededEnv(7));
    good.start(encoded.value);
    expect(integrations(good.getSnapshot().state).map((i) => i.schema)).toEqual(['shared_one']);
    expect(good.getSnapshot().notice?.text).toMatch(/shared scenario/);

    const bad = createSandboxStore(memoryStorage(savedWithIntegration('Mine')), seededEnv(8));
    bad.start('not*base64');
    expect(integrations(bad.getSnapshot().state).map((i) => i.schema)).toEqual(['mine']);
    expect(bad.getSnapshot().notice?.text).toMatch(/shared link could not be opened/);
  });

  it('round-trips its own share fragment', () => {
    const store = createSandboxStore(memoryStorage(), seededEnv(9));
    store.start(null);
    store.dispatch({type: 'createIntegration', displayName: 'Customer Records'});
    const fragment = store.shareFragment();
    if (!fragment.ok) throw new Error(fragment.reason);
    const [param, value] = fragment.value.split('=');
    expect(param).toBe('share');
    const other = createSandboxStore(memoryStorage(), seededEnv(10));
    other.start(value!);
    expect(integrations(other.getSnapshot().state)).toEqual(
      integrations(store.getSnapshot().state),
    );
  });

  it('adopts a valid state saved by another tab but keeps its own open reveal', () => {
    let external: ((text: string | null) => void) | null = null;
    const base = memoryStorage();
    const storage: SandboxStorage = {...base, onExternalChange: (l) => ((external = l), () => {})};
    const store = createSandboxStore(storage, seededEnv(11));
    store.start(null);
    store.dispatch({type: 'createIntegration', displayName: 'Orders'});
    const reveal = revealedSecret(store.getSnapshot().state);
    expect(reveal).not.toBeNull();

    // The other tab saved the same account plus one more integration.
    const otherTab = applyEvent(
      store.getSnapshot().state,
      {type: 'createIntegration', displayName: 'Billing'},
      seededEnv(12),
    ).state;
    external!(serialize(otherTab));
    expect(integrations(store.getSnapshot().state).map((i) => i.schema)).toEqual([
      'orders',
      'billing',
    ]);
    expect(revealedSecret(store.getSnapshot().state)?.tokenId).toBe(reveal?.tokenId);

    // Garbage written by something else is ignored: the state stays as it was.
    const before = store.getSnapshot().state;
    external!('{"v":');
    expect(store.getSnapshot().state).toBe(before);
  });

  it('pushes on each tick while traffic is on, pauses when hidden, stops on reset', () => {
    const t = manualTimers();
    const store = createSandboxStore(memoryStorage(), seededEnv(13), t.timers);
    store.start(null);
    store.dispatch({type: 'createIntegration', displayName: 'Orders'});
    store.dispatch({type: 'copySecret'});
    store.dispatch({type: 'acknowledgeReveal'});
    store.dispatch({type: 'pasteCopiedToken'});
    store.setTraffic(true);
    const total = () => store.getSnapshot().state.counters.total;
    const start = total();
    t.fire();
    expect(total()).toBe(start + 1);
    t.hide(true);
    t.fire();
    expect(total()).toBe(start + 1);
    store.dispatch({type: 'reset'});
    expect(store.getSnapshot().traffic).toBe(false);
    expect(t.running()).toBe(false);
  });
});
