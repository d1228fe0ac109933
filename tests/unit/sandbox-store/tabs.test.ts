/**
 * One writer at a time: the tab holding the Web Lock applies and saves actions; the others
 * mirror its saves live, refuse actions, and take over when asked or when the writer goes.
 */
import {describe, expect, it} from 'vitest';
import {unwrap as unwrapSaved} from '@site/src/components/SandboxStore/store';
import {load} from '@site/src/tokens/persistence';
import {recordPlacement} from '../../support/sandbox-views';
import type {SandboxState} from '@site/src/tokens/model';
import {tabWorld} from './fakes';
import {startTab, type Tab} from './tabs';

const saved = (world: ReturnType<typeof tabWorld>): SandboxState => {
  const loaded = load(unwrapSaved(world.storage.text()).text!);
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.state;
};

function withAppToken({store}: Tab) {
  store.dispatch({type: 'createIntegration', displayName: 'Orders'});
  store.dispatch({type: 'copySecret'});
  store.dispatch({type: 'acknowledgeReveal'});
  store.dispatch({type: 'pasteCopiedToken'});
}

const push = (t: Tab) => t.store.dispatch({type: 'pushRecords', count: 3});

describe('tabs of one sandbox', () => {
  it('the first tab writes; the next mirrors live and refuses actions, saying why', () => {
    const world = tabWorld();
    const a = startTab(world, 'a', 1);
    const b = startTab(world, 'b', 2);
    expect(a.store.getSnapshot().role).toBe('writer');
    expect(b.store.getSnapshot().role).toBe('mirror');
    withAppToken(a);
    push(a);
    world.settle();
    expect(b.store.getSnapshot().state).toEqual({
      ...a.store.getSnapshot().state,
      reveal: null,
      app: {...a.store.getSnapshot().state.app, clipboard: null},
    });
    const refused = push(b);
    expect(refused).toMatchObject({ok: false, code: 'another-tab'});
    expect(b.store.request({method: 'GET', path: '/v2/import/status'}).status).toBe(409);
    expect(saved(world).counters.recordsLoaded).toBe(3);
  });

  it('"Use the sandbox here": the writer stops, hands over its last state, and mirrors', () => {
    const world = tabWorld();
    const a = startTab(world, 'a', 3);
    const b = startTab(world, 'b', 4);
    withAppToken(a);
    for (let i = 0; i < 3; i++) push(a);
    // B asks before A's saves have reached it: the handover carries them.
    b.store.takeOver();
    expect(b.store.getSnapshot().role).toBe('taking');
    world.deliver('a'); // ... A's inbox: B's take
    while (world.deliver('a'));
    expect(a.store.getSnapshot().role).toBe('mirror');
    expect(push(a)).toMatchObject({ok: false, code: 'another-tab'});
    world.settle();
    expect(b.store.getSnapshot().role).toBe('writer');
    push(b);
    world.settle();
    expect(saved(world).counters.recordsLoaded).toBe(12);
    expect(a.store.getSnapshot().state.counters.recordsLoaded).toBe(12);
    expect(recordPlacement(saved(world)).duplicates).toEqual([]);
  });

  it('when the writer’s tab closes, the next tab in turn writes, from the newest save', () => {
    const world = tabWorld();
    const a = startTab(world, 'a', 5);
    const b = startTab(world, 'b', 6);
    const c = startTab(world, 'c', 7);
    withAppToken(a);
    push(a);
    a.store.close();
    world.close('a');
    world.settle();
    const roles = [b, c].map((t) => t.store.getSnapshot().role).sort();
    expect(roles).toEqual(['mirror', 'writer']);
    const writer = b.store.getSnapshot().role === 'writer' ? b : c;
    push(writer);
    world.settle();
    expect(saved(world).counters.recordsLoaded).toBe(6);
  });

  it('two tabs asking at once: one writes, then the other, and nothing accepted is lost', () => {
    const world = tabWorld();
    const a = startTab(world, 'a', 8);
    const b = startTab(world, 'b', 9);
    const c = startTab(world, 'c', 10);
    withAppToken(a);
    b.store.takeOver();
    c.store.takeOver();
    world.settle();
    const first = [b, c].find((t) => t.store.getSnapshot().role === 'writer')!;
    const second = first === b ? c : b;
    push(first);
    // The other keeps asking; the new writer answers.
    second.scheduler.fire();
    world.settle();
    expect(second.store.getSnapshot().role).toBe('writer');
    push(second);
    world.settle();
    expect(saved(world).counters.recordsLoaded).toBe(6);
    expect([a, b, c].map((t) => t.store.getSnapshot().role).sort()).toEqual([
      'mirror',
      'mirror',
      'writer',
    ]);
  });

  it('a tab handed the state that went away: the old writer takes its own sandbox back', () => {
    const world = tabWorld();
    const a = startTab(world, 'a', 11);
    const b = startTab(world, 'b', 12);
    withAppToken(a);
    b.store.takeOver();
    while (world.deliver('a'));
    b.store.close();
    world.close('b');
    expect(a.store.getSnapshot().role).toBe('mirror');
    a.store.takeOver();
    expect(a.store.getSnapshot().role).toBe('writer');
    expect(push(a).ok).toBe(true);
  });

  it('only the writer runs continuous traffic', () => {
    const world = tabWorld();
    const a = startTab(world, 'a', 13);
    const b = startTab(world, 'b', 14);
    withAppToken(a);
    a.store.attachTraffic();
    b.store.attachTraffic();
    a.store.setTraffic(true);
    world.settle();
    expect(a.timers.running()).toBe(true);
    expect(b.timers.running()).toBe(false);
    const before = a.store.getSnapshot().state.counters.total;
    a.timers.fire();
    world.settle();
    expect(b.store.getSnapshot().state.counters.total).toBe(before + 1);
    b.store.takeOver();
    world.settle();
    expect(a.timers.running()).toBe(false);
    expect(b.timers.running()).toBe(true);
  });

  it('a share link opened in a mirror takes over first, then opens it', () => {
    const world = tabWorld();
    const a = startTab(world, 'a', 15);
    withAppToken(a);
    const fragment = a.store.shareFragment();
    if (!fragment.ok) throw new Error(fragment.reason);
    const b = startTab(world, 'b', 16);
    b.store.openShare(fragment.value.slice('share='.length));
    world.settle();
    expect(b.store.getSnapshot().role).toBe('writer');
    expect(b.store.getSnapshot().notice?.code).toBe('replaced');
  });
});
