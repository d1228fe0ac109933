/**
 * Storage that fills up mid-session, and the sandboxes replacements put aside: every failed
 * write is said, with what a reload would bring back; every reload, in every tab, says what
 * it restored; Undo always leads back to the reader's own sandbox, and a replacement that
 * cannot put it aside asks first.
 */
import {describe, expect, it} from 'vitest';
import {SandboxStore} from '@site/src/components/SandboxStore';
import {memoryStorage, type SandboxStorage} from '@site/src/components/SandboxStore/browser';
import {readBackups} from '@site/src/components/SandboxStore/backups';
import {seededEnv} from '@site/src/tokens/random';
import {manualTimers, quotaStorage, tabWorld} from './fakes';
import {startTab} from './tabs';

/** A page load: a store on the given storage, started. */
function page(storage: SandboxStorage, backup: SandboxStorage, marker: SandboxStorage, seed = 1) {
  const env = seededEnv(seed, Date.UTC(2026, 10, 29, 14, 0, 0));
  const store = new SandboxStore(storage, env, manualTimers().timers, {
    backup,
    markers: [marker],
  });
  store.start(null);
  return store;
}

type Store = ReturnType<typeof page>;

function withPushes(store: Store, n: number, name = 'Orders') {
  store.dispatch({type: 'createIntegration', displayName: name});
  store.dispatch({type: 'copySecret'});
  store.dispatch({type: 'acknowledgeReveal'});
  store.dispatch({type: 'pasteCopiedToken'});
  for (let i = 0; i < n; i++) store.dispatch({type: 'pushRecords', count: 3});
}

const names = (store: Store) => store.getSnapshot().state.integrations.map((i) => i.displayName);

describe('storage full mid-session', () => {
  it('says since when nothing is saved and what a reload brings back; the reload says so too', () => {
    const q = quotaStorage();
    const marker = memoryStorage();
    const first = page(q.storage, memoryStorage(), marker);
    withPushes(first, 2);
    const savedThen = first.getSnapshot().state;
    const at = `${new Date(savedThen.lastAt).toISOString().slice(11, 19)} UTC`;
    q.state.full = true;
    first.dispatch({type: 'pushRecords', count: 3});
    first.dispatch({type: 'pushRecords', count: 3});
    const notice = first.getSnapshot().condition!;
    expect(notice.code).toBe('not-saved');
    expect(notice.text).toBe(
      `Changes since ${at} are not saved (storage is full or blocked): a reload would bring back that save, with ${savedThen.counters.total} requests and 6 records loaded.`,
    );

    // The reload gets the older save, and says so.
    const second = page(q.storage, memoryStorage(), marker, 2);
    expect(second.getSnapshot().state.counters).toEqual(savedThen.counters);
    expect(second.getSnapshot().notice?.text).toBe(
      `This is your last save, from ${at}. What was done after that could not be saved (storage was full).`,
    );

    // Space again: the next action saves, and a later reload has nothing to say.
    q.state.full = false;
    second.dispatch({type: 'pushRecords', count: 1});
    expect(marker.read()).toEqual({ok: true, text: null});
    expect(page(q.storage, memoryStorage(), marker, 3).getSnapshot().notice).toBeNull();
  });

  it('every tab is told, and a tab opened later says which save it shows', () => {
    const world = tabWorld();
    const a = startTab(world, 'a', 1);
    const b = startTab(world, 'b', 2);
    a.store.dispatch({type: 'createIntegration', displayName: 'Orders'});
    a.store.dispatch({type: 'acknowledgeReveal'});
    world.storage.state.full = true;
    a.store.dispatch({type: 'createIntegration', displayName: 'Later'});
    world.settle();
    expect(a.store.getSnapshot().condition?.code).toBe('not-saved');
    expect(b.store.getSnapshot().condition?.code).toBe('not-saved');
    // Both tabs close; a new one shows the older save and says so.
    a.store.close();
    world.close('a');
    b.store.close();
    world.close('b');
    const c = startTab(world, 'c', 3);
    expect(c.store.getSnapshot().state.integrations.map((i) => i.displayName)).toEqual(['Orders']);
    expect(c.store.getSnapshot().notice?.code).toBe('restored-older');
  });
  it('a hand-edited marker with a time no clock reaches still lets the sandbox open', () => {
    const storage = memoryStorage();
    withPushes(page(storage, memoryStorage(), memoryStorage()), 1);
    const store = page(storage, memoryStorage(), memoryStorage('{"since":1e400}'), 2);
    expect(names(store)).toEqual(['Orders']);
    expect(store.getSnapshot().notice?.code).toBe('restored-older');
  });
});

describe('replacements keep the reader’s own sandbox for Undo', () => {
  const setup = () => {
    const q = quotaStorage();
    const backup = quotaStorage();
    const store = page(q.storage, backup.storage, memoryStorage());
    withPushes(store, 1, 'Mine');
    return {q, backup, store};
  };

  it('Reset, then a drill, then Undo: the reader’s integration is back', () => {
    const {store} = setup();
    expect(store.reset().ok).toBe(true);
    expect(store.startDrill('two-integrations').ok).toBe(true);
    expect(store.getSnapshot().undo).toBe('reset');
    store.undo();
    expect(names(store)).toEqual(['Mine']);
  });

  it('two drills in a row, untouched: Undo goes back to the reader’s work, not the first drill', () => {
    const {store, backup} = setup();
    store.startDrill('leak');
    store.startDrill('outage');
    expect(readBackups(backup.storage)).toHaveLength(1);
    store.undo();
    expect(names(store)).toEqual(['Mine']);
  });

  it('a drill the reader worked in is kept too: Undo goes back one at a time', () => {
    const {store} = setup();
    store.startDrill('two-integrations');
    store.dispatch({type: 'pushRecords', count: 3});
    store.startDrill('outage');
    store.undo();
    expect(names(store)).toEqual(['Customer Records', 'Orders']);
    store.undo();
    expect(names(store)).toEqual(['Mine']);
    expect(store.getSnapshot().undo).toBeNull();
  });

  it('Undo survives a reload while a sandbox is kept', () => {
    const {q, backup, store} = setup();
    store.reset();
    const again = page(q.storage, backup.storage, memoryStorage(), 2);
    expect(again.getSnapshot().notice).toMatchObject({code: 'replaced', undo: true});
    again.undo();
    expect(names(again)).toEqual(['Mine']);
  });

  it('storage full: the replacement is refused until the reader says to go ahead', () => {
    const {store, backup} = setup();
    backup.state.full = true;
    const refused = store.startDrill('leak');
    expect(refused).toMatchObject({ok: false, reason: expect.stringMatching(/cannot be kept/)});
    expect(names(store)).toEqual(['Mine']);
    expect(store.startDrill('leak', true).ok).toBe(true);
    expect(store.getSnapshot().undo).toBeNull();
  });
});
