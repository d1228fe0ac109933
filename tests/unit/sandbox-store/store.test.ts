import {describe, expect, it} from 'vitest';
import {
  createSandboxStore,
  memoryStorage,
  type SandboxStorage,
  unwrapSaved,
} from '@site/src/components/SandboxStore';
import {applyEvent} from '@site/src/tokens/reducer';
import {encodeShare} from '@site/src/tokens/share-url';
import {initialState} from '@site/src/tokens/state';
import {integrations, revealedSecret} from '@site/src/tokens/selectors/tokens';
import {load, serialize} from '@site/src/tokens/persistence';
import {recordPlacement} from '@site/src/tokens/selectors/destination';
import {seededEnv} from '@site/src/tokens/random';
import {readBackup} from '@site/src/components/SandboxStore/backup';
import {manualTimers, sharedStorage} from './fakes';

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

    // The other tab saved the same account plus one more integration (its own reveals
    // closed: the core refuses a new integration while a token is shown).
    const env12 = seededEnv(12);
    let otherTab = applyEvent(store.getSnapshot().state, {type: 'acknowledgeReveal'}, env12).state;
    otherTab = applyEvent(
      otherTab,
      {type: 'createIntegration', displayName: 'Billing'},
      env12,
    ).state;
    otherTab = applyEvent(otherTab, {type: 'acknowledgeReveal'}, env12).state;
    // As in a browser, storage already holds the new value when the event fires.
    base.write(serialize(otherTab));
    external!(serialize(otherTab));
    expect(integrations(store.getSnapshot().state).map((i) => i.schema)).toEqual([
      'orders',
      'billing',
    ]);
    expect(revealedSecret(store.getSnapshot().state)?.tokenId).toBe(reveal?.tokenId);

    // Garbage written by something else is ignored: the state stays as it was.
    const before = store.getSnapshot().state;
    base.write('{"v":');
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
    store.attachTraffic();
    store.setTraffic(true);
    const total = () => store.getSnapshot().state.counters.total;
    const start = total();
    t.fire();
    expect(total()).toBe(start + 1);
    t.hide(true);
    t.fire();
    expect(total()).toBe(start + 1);
    store.dispatch({type: 'reset'});
    expect(store.getSnapshot().state.app.traffic).toBe(false);
    expect(t.running()).toBe(false);
  });
});

/** A store whose app sends a valid token: ready for traffic. */
function pushingStore(storage: SandboxStorage, seed: number, timers = manualTimers()) {
  const store = createSandboxStore(storage, seededEnv(seed), timers.timers);
  store.start(null);
  return {store, timers};
}

function withAppToken(store: ReturnType<typeof createSandboxStore>) {
  store.dispatch({type: 'createIntegration', displayName: 'Orders'});
  store.dispatch({type: 'copySecret'});
  store.dispatch({type: 'acknowledgeReveal'});
  store.dispatch({type: 'pasteCopiedToken'});
}

describe('sandbox store across tabs', () => {
  it('another tab clearing storage stops the traffic and resets without reusing ids', () => {
    const shared = sharedStorage();
    const {store, timers} = pushingStore(shared.tab(), 20);
    withAppToken(store);
    store.attachTraffic();
    store.setTraffic(true);
    timers.fire();
    const before = store.getSnapshot().state;
    expect(before.counters.total).toBeGreaterThan(0);

    shared.clearFromOutside();
    shared.flush();
    const after = store.getSnapshot();
    expect(after.state.app.traffic).toBe(false);
    expect(timers.running()).toBe(false);
    expect(integrations(after.state)).toHaveLength(0);
    expect(after.state.counters.total).toBe(0);
    // The core's reset: the id sequences go on, so no id names two things.
    expect(after.state.nextTokenId).toBe(before.nextTokenId);
    expect(after.state.nextIntegrationId).toBe(before.nextIntegrationId);
    expect(after.state.nextLogSeq).toBe(before.nextLogSeq);
    // Storage stays cleared until this tab changes something.
    expect(shared.text()).toBeNull();
    store.dispatch({type: 'createIntegration', displayName: 'Again'});
    const again = integrations(store.getSnapshot().state)[0]!;
    expect(again.id).toBeGreaterThanOrEqual(before.nextIntegrationId);
  });

  it('two tabs with traffic on lose no accepted record, even before storage events arrive', () => {
    const shared = sharedStorage();
    const a = pushingStore(shared.tab(), 21);
    withAppToken(a.store);
    const b = pushingStore(shared.tab(), 22);
    shared.flush();
    expect(integrations(b.store.getSnapshot().state)).toHaveLength(1);
    const ok = a.store.getSnapshot().state.counters.ok;
    a.store.attachTraffic();
    a.store.setTraffic(true);
    b.store.attachTraffic();
    b.store.setTraffic(true);
    for (let i = 0; i < 5; i++) {
      // Interleaved ticks, storage events still in flight: each tick re-reads the save.
      a.timers.fire();
      b.timers.fire();
    }
    shared.flush();
    const saved = load(unwrapSaved(shared.text()).text!);
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.state.counters.ok).toBe(ok + 10);
    const placement = recordPlacement(saved.state);
    expect(placement.duplicates).toEqual([]);
    expect(placement.loaded.size).toBe(saved.state.counters.recordsLoaded);
    // Both tabs end on the same state.
    expect(a.store.getSnapshot().state.counters).toEqual(saved.state.counters);
    expect(b.store.getSnapshot().state.counters).toEqual(saved.state.counters);
  });

  it('runs each tick under the cross-tab lock', () => {
    const calls: string[] = [];
    const queued: (() => void)[] = [];
    const t = manualTimers();
    const store = createSandboxStore(memoryStorage(), seededEnv(23), t.timers, {
      lock: (name, fn) => {
        calls.push(name);
        queued.push(fn);
      },
      lockName: 'stitch-token-sandbox:sandbox',
    });
    store.start(null);
    withAppToken(store);
    // The actions above were written under the lock too: let those writes run first.
    store.attachTraffic();
    store.setTraffic(true);
    queued.splice(0).forEach((fn) => fn());
    calls.length = 0;
    const total = store.getSnapshot().state.counters.total;
    t.fire();
    expect(calls).toEqual(['stitch-token-sandbox:sandbox']);
    expect(store.getSnapshot().state.counters.total).toBe(total); // waiting for the lock
    queued.shift()!();
    expect(store.getSnapshot().state.counters.total).toBe(total + 1);
    // Traffic switched off while a tick waited for the lock: that tick does nothing.
    t.fire();
    store.setTraffic(false);
    expect(t.running()).toBe(false);
    queued.shift()!();
    expect(store.getSnapshot().state.counters.total).toBe(total + 1);
  });
});

/**
 * A request refused 401 whose 20,000 records carry data: they are queued for re-send with
 * their data, more than a save holds. (The widgets never send such a request.)
 */
function fillUntilTooLarge(store: ReturnType<typeof createSandboxStore>) {
  // The core keeps the newest 20 rows' data of a queued request: 20 rows of 20 KB.
  const body = Array.from({length: 20}, (_, i) => ({
    client_id: 116078,
    table_name: 'big',
    data: {i, pad: 'x'.repeat(20_000)},
  }));
  store.request({method: 'POST', path: '/v2/import/push', body});
}

describe('sandbox store notices', () => {
  it('announces "not saved" once, and not again after Dismiss until it clears', () => {
    let written = 0;
    const base = memoryStorage();
    const storage: SandboxStorage = {...base, write: (t) => (written++, base.write(t))};
    const t = manualTimers();
    const store = createSandboxStore(storage, seededEnv(24), t.timers);
    store.start(null);
    withAppToken(store);
    const raised = new Set<unknown>();
    store.subscribe(() => {
      const n = store.getSnapshot().notice;
      if (n?.code === 'not-saved') raised.add(n);
    });
    fillUntilTooLarge(store);
    const notice = store.getSnapshot().notice;
    expect(notice?.code).toBe('not-saved');
    expect(notice?.text).toMatch(
      /are not saved \(it holds too much data\): a reload would bring back/,
    );
    const writes = written;
    // More data: the text would quote a new size, but the same notice stays as it was.
    store.dispatch({type: 'pushRecords', count: 10});
    store.attachTraffic();
    store.setTraffic(true);
    t.fire();
    expect(store.getSnapshot().notice).toBe(notice);
    expect(written).toBe(writes);
    expect(raised.size).toBe(1); // raised once: never replaced, so never re-announced
    store.dismissNotice();
    store.dispatch({type: 'pushRecords', count: 10});
    t.fire();
    expect(store.getSnapshot().notice).toBeNull();
    // Reset clears the condition (a save succeeds); the next time it is announced again.
    store.dispatch({type: 'reset'});
    expect(store.getSnapshot().notice).toBeNull();
    withAppToken(store);
    fillUntilTooLarge(store);
    expect(store.getSnapshot().notice?.code).toBe('not-saved');
  });
});

describe('share links', () => {
  const sharedScenario = () => {
    const s = applyEvent(
      initialState(),
      {type: 'createIntegration', displayName: 'Shared One'},
      seededEnv(30),
    ).state;
    const encoded = encodeShare(s);
    if (!encoded.ok) throw new Error(encoded.reason);
    return encoded.value;
  };

  it('keeps the reader’s own save under a backup key and Undo puts it back', () => {
    const mine = savedWithIntegration('Mine');
    const storage = memoryStorage(mine);
    const backup = memoryStorage();
    const store = createSandboxStore(storage, seededEnv(31), undefined, {backup});
    store.start(sharedScenario());
    const {notice} = store.getSnapshot();
    expect(notice?.code).toBe('replaced');
    expect(notice?.undo).toBe(true);
    expect(notice?.text).toMatch(/Your previous sandbox is kept: Undo puts it back/);
    expect(integrations(store.getSnapshot().state).map((i) => i.schema)).toEqual(['shared_one']);
    expect(readBackup(backup)).toMatchObject({kind: 'share', save: mine});

    store.undo();
    expect(integrations(store.getSnapshot().state).map((i) => i.schema)).toEqual(['mine']);
    expect(store.getSnapshot().notice?.code).toBe('undone');
    const read = storage.read();
    expect(read.ok && unwrapSaved(read.text).text).toBe(mine);
    expect(backup.read()).toEqual({ok: true, text: null});
  });

  it('offers no Undo when there was nothing of the reader’s to replace', () => {
    const store = createSandboxStore(memoryStorage(), seededEnv(32));
    store.start(sharedScenario());
    expect(store.getSnapshot().notice?.undo).toBe(false);
    expect(store.getSnapshot().notice?.text).toBe('Loaded the shared scenario.');
  });

  it('opens a share link reached after the store started (in-site navigation)', () => {
    const store = createSandboxStore(memoryStorage(savedWithIntegration('Mine')), seededEnv(33));
    store.start(null);
    store.openShare(sharedScenario());
    expect(integrations(store.getSnapshot().state).map((i) => i.schema)).toEqual(['shared_one']);
    expect(store.getSnapshot().notice?.undo).toBe(true);
    store.undo();
    expect(integrations(store.getSnapshot().state).map((i) => i.schema)).toEqual(['mine']);
  });
});
