import {describe, expect, it} from 'vitest';
import {SandboxStore} from '@site/src/components/SandboxStore';
import {memoryStorage, type SandboxStorage} from '@site/src/components/SandboxStore/browser';
import {unwrap as unwrapSaved} from '@site/src/components/SandboxStore/store';
import {applyEvent} from '@site/src/tokens/reducer';
import {encodeShare} from '@site/src/tokens/share-url';
import {initialState} from '@site/src/tokens/state';
import {integrations} from '@site/src/tokens/selectors/tokens';
import {load, serialize} from '@site/src/tokens/persistence';
import {seededEnv} from '@site/src/tokens/random';
import {readBackups} from '@site/src/components/SandboxStore/backups';
import {manualTimers} from './fakes';

function savedWithIntegration(name: string): string {
  return serialize(
    applyEvent(initialState(), {type: 'createIntegration', displayName: name}, seededEnv(1)).state,
  );
}

describe('sandbox store', () => {
  it('starts empty and not ready, then restores the saved scenario on start', () => {
    const store = new SandboxStore(memoryStorage(savedWithIntegration('Orders')), seededEnv(2));
    expect(store.getSnapshot().ready).toBe(false);
    expect(integrations(store.getSnapshot().state)).toHaveLength(0);
    store.start(null);
    expect(store.getSnapshot().ready).toBe(true);
    expect(integrations(store.getSnapshot().state).map((i) => i.schema)).toEqual(['orders']);
    expect(store.getSnapshot().notice).toBeNull();
  });

  it('resets with a visible notice when the saved state is corrupt, and clears it', () => {
    const storage = memoryStorage('{"v":2,"integrations":[');
    const store = new SandboxStore(storage, seededEnv(3));
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
    };
    const store = new SandboxStore(broken, seededEnv(4));
    store.start(null);
    expect(store.getSnapshot().condition?.text).toBe('storage blocked');
    const outcome = store.dispatch({type: 'createIntegration', displayName: 'Orders'});
    expect(outcome.ok).toBe(true);
    expect(integrations(store.getSnapshot().state)).toHaveLength(1);
  });

  it('saves every change, and a refused event writes nothing', () => {
    const storage = memoryStorage();
    const store = new SandboxStore(storage, seededEnv(5));
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

    const good = new SandboxStore(memoryStorage(savedWithIntegration('Mine')), seededEnv(7));
    good.start(encoded.value);
    expect(integrations(good.getSnapshot().state).map((i) => i.schema)).toEqual(['shared_one']);
    expect(good.getSnapshot().notice?.text).toMatch(/shared scenario/);

    const bad = new SandboxStore(memoryStorage(savedWithIntegration('Mine')), seededEnv(8));
    bad.start('not*base64');
    expect(integrations(bad.getSnapshot().state).map((i) => i.schema)).toEqual(['mine']);
    expect(bad.getSnapshot().notice?.text).toMatch(/shared link could not be opened/);
  });

  it('round-trips its own share fragment', () => {
    const store = new SandboxStore(memoryStorage(), seededEnv(9));
    store.start(null);
    store.dispatch({type: 'createIntegration', displayName: 'Customer Records'});
    const fragment = store.shareFragment();
    if (!fragment.ok) throw new Error(fragment.reason);
    const [param, value] = fragment.value.split('=');
    expect(param).toBe('share');
    const other = new SandboxStore(memoryStorage(), seededEnv(10));
    other.start(value!);
    expect(integrations(other.getSnapshot().state)).toEqual(
      integrations(store.getSnapshot().state),
    );
  });

  it('pushes on each tick while traffic is on, pauses when hidden, stops on reset', () => {
    const t = manualTimers();
    const store = new SandboxStore(memoryStorage(), seededEnv(13), t.timers);
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

function withAppToken(store: SandboxStore) {
  store.dispatch({type: 'createIntegration', displayName: 'Orders'});
  store.dispatch({type: 'copySecret'});
  store.dispatch({type: 'acknowledgeReveal'});
  store.dispatch({type: 'pasteCopiedToken'});
}

/**
 * A request refused 401 whose 20,000 records carry data: they are queued for re-send with
 * their data, more than a save holds. (The widgets never send such a request.)
 */
function fillUntilTooLarge(store: SandboxStore) {
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
    const store = new SandboxStore(storage, seededEnv(24), t.timers);
    store.start(null);
    withAppToken(store);
    const raised = new Set<unknown>();
    store.subscribe(() => {
      const n = store.getSnapshot().condition;
      if (n?.code === 'not-saved') raised.add(n);
    });
    fillUntilTooLarge(store);
    const notice = store.getSnapshot().condition;
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
    expect(store.getSnapshot().condition).toBe(notice);
    expect(written).toBe(writes);
    expect(raised.size).toBe(1); // raised once: never replaced, so never re-announced
    store.dismissCondition();
    store.dispatch({type: 'pushRecords', count: 10});
    t.fire();
    expect(store.getSnapshot().condition).toBeNull();
    // Reset clears the condition (a save succeeds); the next time it is announced again.
    store.dispatch({type: 'reset'});
    expect(store.getSnapshot().condition).toBeNull();
    withAppToken(store);
    fillUntilTooLarge(store);
    expect(store.getSnapshot().condition?.code).toBe('not-saved');
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
    const store = new SandboxStore(storage, seededEnv(31), undefined, {backup});
    store.start(sharedScenario());
    const {notice} = store.getSnapshot();
    expect(notice?.code).toBe('replaced');
    expect(notice?.undo).toBe(true);
    expect(notice?.text).toMatch(/Your previous sandbox is kept: Undo puts it back/);
    expect(integrations(store.getSnapshot().state).map((i) => i.schema)).toEqual(['shared_one']);
    expect(readBackups(backup)).toMatchObject([{kind: 'share', save: mine}]);

    store.undo();
    expect(integrations(store.getSnapshot().state).map((i) => i.schema)).toEqual(['mine']);
    expect(store.getSnapshot().notice?.code).toBe('undone');
    const read = storage.read();
    expect(load(unwrapSaved(read.ok ? read.text : null).text!)).toEqual(load(mine));
    expect(backup.read()).toEqual({ok: true, text: null});
  });

  it('offers no Undo when there was nothing of the reader’s to replace', () => {
    const store = new SandboxStore(memoryStorage(), seededEnv(32));
    store.start(sharedScenario());
    expect(store.getSnapshot().notice?.undo).toBe(false);
    expect(store.getSnapshot().notice?.text).toBe('Loaded the shared scenario.');
  });

  it('opens a share link reached after the store started (in-site navigation)', () => {
    const store = new SandboxStore(memoryStorage(savedWithIntegration('Mine')), seededEnv(33));
    store.start(null);
    store.openShare(sharedScenario());
    expect(integrations(store.getSnapshot().state).map((i) => i.schema)).toEqual(['shared_one']);
    expect(store.getSnapshot().notice?.undo).toBe(true);
    store.undo();
    expect(integrations(store.getSnapshot().state).map((i) => i.schema)).toEqual(['mine']);
  });
});
