/**
 * Tabs that read a value another tab has already replaced (as Chrome's per-process copies
 * of localStorage allow): whatever the interleaving of clicks, lock grants and storage
 * events, every accepted record ends up saved exactly once once the tabs settle.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createSandboxStore, unwrapSaved} from '@site/src/components/SandboxStore';
import {load} from '@site/src/tokens/persistence';
import {recordPlacement} from '@site/src/tokens/selectors/destination';
import {seededEnv} from '@site/src/tokens/random';
import {manualTimers, processStorage, queuedLock} from './fakes';

type Step =
  | {readonly kind: 'push'; readonly tab: number}
  | {readonly kind: 'grant'}
  | {readonly kind: 'deliver'; readonly tab: number};

const TABS = 3;

function tabs() {
  const storage = processStorage();
  const {lock, grant, drain} = queuedLock();
  const stores = Array.from({length: TABS}, (_, i) => {
    const store = createSandboxStore(storage.tab(), seededEnv(i + 1), manualTimers().timers, {
      lock,
    });
    store.start(null);
    return store;
  });
  /** Every lock granted and every storage event delivered, until nothing more is owed. */
  const settle = () => {
    for (let round = 0; round < 50; round++) {
      drain();
      if (!storage.pending()) return;
      stores.forEach((_, i) => storage.deliver(i));
    }
    throw new Error('the tabs never settled');
  };
  return {storage, stores, grant, settle};
}

function savedState(text: string | null) {
  const loaded = load(unwrapSaved(text).text!);
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.state;
}

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({kind: fc.constant('push' as const), tab: fc.nat(TABS - 1)}),
  fc.record({kind: fc.constant('grant' as const)}),
  fc.record({kind: fc.constant('deliver' as const), tab: fc.nat(TABS - 1)}),
);

describe('tabs reading stale copies of storage', () => {
  it('keep every accepted record exactly once, in any interleaving', () => {
    fc.assert(
      fc.property(fc.array(step, {minLength: 1, maxLength: 120}), (steps) => {
        const {storage, stores, grant, settle} = tabs();
        const first = stores[0]!;
        first.dispatch({type: 'createIntegration', displayName: 'Orders'});
        first.dispatch({type: 'copySecret'});
        first.dispatch({type: 'acknowledgeReveal'});
        first.dispatch({type: 'pasteCopiedToken'});
        settle();

        let accepted = 0;
        for (const s of steps) {
          if (s.kind === 'grant') grant();
          else if (s.kind === 'deliver') storage.deliver(s.tab);
          else {
            const out = stores[s.tab]!.dispatch({type: 'pushRecords', count: 2});
            if (out.ok && out.type === 'pushed' && out.status === 201) accepted++;
          }
        }
        settle();

        const saved = savedState(storage.text());
        const placement = recordPlacement(saved);
        expect(placement.duplicates).toEqual([]);
        expect(placement.loaded.size).toBe(accepted * 2);
        for (const store of stores)
          expect(store.getSnapshot().state.counters).toEqual(saved.counters);
      }),
      {numRuns: 500},
    );
  });

  it('replays a write another tab dropped by writing on a stale copy', () => {
    const {storage, stores, grant, settle} = tabs();
    const [a, b] = [stores[0]!, stores[1]!];
    a.dispatch({type: 'createIntegration', displayName: 'Orders'});
    a.dispatch({type: 'copySecret'});
    a.dispatch({type: 'acknowledgeReveal'});
    a.dispatch({type: 'pasteCopiedToken'});
    settle();

    a.dispatch({type: 'pushRecords', count: 2});
    grant(); // A writes; B's copy does not have it yet.
    b.dispatch({type: 'pushRecords', count: 2});
    grant(); // B writes on its stale copy: A's records are gone from storage.
    expect(recordPlacement(savedState(storage.text())).loaded.size).toBe(2);

    settle(); // A sees a value without its write, and replays it on B's.
    const saved = savedState(storage.text());
    expect(recordPlacement(saved).loaded.size).toBe(4);
    expect(recordPlacement(saved).duplicates).toEqual([]);
  });
});
