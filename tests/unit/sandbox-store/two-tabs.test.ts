/**
 * Two tabs acting at once, at full speed, with the cross-tab lock granted late (as the
 * browser does): every accepted record ends up in the save, and no id is handed out twice.
 */
import {describe, expect, it} from 'vitest';
import {createSandboxStore, unwrapSaved} from '@site/src/components/SandboxStore';
import {load} from '@site/src/tokens/persistence';
import {recordPlacement} from '@site/src/tokens/selectors/destination';
import {seededEnv} from '@site/src/tokens/random';
import {manualTimers, queuedLock, sharedStorage} from './fakes';

function twoTabs() {
  const shared = sharedStorage();
  const {lock, drain} = queuedLock();
  const tab = (seed: number) => {
    const store = createSandboxStore(shared.tab(), seededEnv(seed), manualTimers().timers, {lock});
    store.start(null);
    return store;
  };
  const a = tab(1);
  const b = tab(2);
  /** Lets the lock and the storage events catch up, as the browser would between tasks. */
  const settle = () => {
    drain();
    shared.flush();
    drain();
  };
  return {a, b, shared, settle};
}

describe('two tabs at full speed', () => {
  it('lose and duplicate nothing when both click Send push with no gap', () => {
    const {a, b, shared, settle} = twoTabs();
    a.dispatch({type: 'createIntegration', displayName: 'Orders'});
    a.dispatch({type: 'copySecret'});
    a.dispatch({type: 'acknowledgeReveal'});
    a.dispatch({type: 'pasteCopiedToken'});
    settle();
    expect(b.getSnapshot().state.integrations).toHaveLength(1);

    const answers: number[] = [];
    for (let i = 0; i < 60; i++) {
      // Each click applies at once and shows its answer; the writes wait for the lock.
      for (const tab of [a, b]) {
        const out = tab.dispatch({type: 'pushRecords', count: 3});
        if (out.ok && out.type === 'pushed') answers.push(out.status);
      }
    }
    expect(answers.filter((s) => s === 201)).toHaveLength(120);
    settle();

    const saved = load(unwrapSaved(shared.text()).text!);
    if (!saved.ok) throw new Error(saved.reason);
    const placement = recordPlacement(saved.state);
    expect(placement.duplicates).toEqual([]);
    expect(placement.loaded.size).toBe(360);
    expect(saved.state.counters.recordsLoaded).toBe(360);
    expect(saved.state.counters.byStatus).toContainEqual({status: 201, count: 120});
    // Both tabs show what is saved.
    expect(a.getSnapshot().state.counters).toEqual(saved.state.counters);
    expect(b.getSnapshot().state.counters).toEqual(saved.state.counters);
  });

  it('keep the value a tab revealed when its generate is replayed with a new id', () => {
    const {a, b, settle} = twoTabs();
    for (const name of ['Orders', 'Billing']) {
      a.dispatch({type: 'createIntegration', displayName: name});
      a.dispatch({type: 'acknowledgeReveal'});
    }
    settle();
    const [orders, billing] = a.getSnapshot().state.integrations.map((i) => i.id);
    // Both tabs generate before either write is granted: both take the same next id, and
    // B's generate is replayed on A's save.
    const ga = a.dispatch({type: 'generateToken', integrationId: orders!});
    const gb = b.dispatch({type: 'generateToken', integrationId: billing!});
    if (!ga.ok || !gb.ok || ga.type !== 'tokenGenerated' || gb.type !== 'tokenGenerated')
      throw new Error('both generate');
    expect(gb.tokenId).toBe(ga.tokenId);
    settle();
    const reveal = b.getSnapshot().state.reveal!;
    expect(reveal.secret).toBe(gb.secret);
    expect(reveal.tokenId).toBeGreaterThan(ga.tokenId);
    expect(reveal.integrationId).toBe(billing);
  });

  it('drop a revealed value whose generate the other tab’s action made impossible', () => {
    const {a, b, settle} = twoTabs();
    a.dispatch({type: 'createIntegration', displayName: 'Orders'});
    a.dispatch({type: 'acknowledgeReveal'});
    settle();
    const id = a.getSnapshot().state.integrations[0]!.id;
    a.dispatch({type: 'generateToken', integrationId: id});
    b.dispatch({type: 'generateToken', integrationId: id}); // the third: refused on replay
    settle();
    expect(b.getSnapshot().state.reveal).toBeNull();
    expect(b.getSnapshot().state.tokens).toHaveLength(2);
  });
});
