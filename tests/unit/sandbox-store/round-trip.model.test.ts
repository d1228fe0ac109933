/**
 * Nothing the reader did is lost, as a model: 2–4 tabs of one sandbox, random sequences of
 * what the widgets do (web app, application, console, traffic, outages of any length,
 * Reset, drills, share links, Undo), "Use the sandbox here", messages and lock answers
 * arriving in any order, and tabs closed or reloaded, alone or several at once. After every
 * step: the save loads back to exactly the writing tab's state (minus the reveal and the
 * clipboard, never saved), and every record any tab accepted since the last replacement is
 * in it exactly once. At the end every tab closes, and a new one finds all of it.
 */
import {isDeepStrictEqual} from 'node:util';
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {unwrap as unwrapSaved} from '@site/src/components/SandboxStore/store';
import {load, serialize} from '@site/src/tokens/persistence';
import {encodeBase64Url} from '@site/src/tokens/share-url';
import {encodeShare} from '@site/src/tokens/share-url';
import {recordPlacement} from '../../support/sandbox-views';
import {DRILLS, type DrillKey, type SandboxState} from '@site/src/tokens/model';
import {tabWorld, type TabWorld} from './fakes';
import {openTab, type Tab} from './tabs';
import {CEILING_EDITS, act, actions, type Action} from './model-actions';
import {defined} from '../../support/defined';

type Step =
  /** An action in the writing tab, or (`elsewhere`) in any tab, where a mirror refuses it. */
  | {k: 'act'; tab: number; elsewhere: boolean; action: Action}
  | {k: 'take' | 'deliver' | 'reload' | 'fire' | 'tick'; tab: number}
  | {k: 'settle'}
  | {k: 'close'; tabs: number[]}
  | {k: 'outage'; tab: number; ticks: number}
  | {k: 'replace'; tab: number; kind: 'reset' | 'undo' | 'shareSelf'}
  | {k: 'drill'; tab: number; drill: DrillKey}
  | {k: 'shareEdited'; tab: number; edit: number}
  | {k: 'full'; on: boolean};

const tab = fc.nat({max: 3});
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 14,
    arbitrary: fc.record({
      k: fc.constant('act' as const),
      tab,
      elsewhere: fc.nat({max: 3}).map((n) => n === 0),
      action: actions,
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      k: fc.constantFrom(
        'take' as const,
        'deliver' as const,
        'reload' as const,
        'fire' as const,
        'tick' as const,
      ),
      tab,
    }),
  },
  {weight: 3, arbitrary: fc.constant({k: 'settle' as const})},
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('close' as const),
      tabs: fc.uniqueArray(tab, {minLength: 1, maxLength: 4}),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('outage' as const),
      tab,
      ticks: fc.integer({min: 1, max: 200}),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('replace' as const),
      tab,
      kind: fc.constantFrom('reset' as const, 'undo' as const, 'shareSelf' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('drill' as const),
      tab,
      drill: fc.constantFrom(...DRILLS),
    }),
  },
  {
    weight: Number(process.env.MODEL_EDITS ?? 1),
    arbitrary: fc.record({
      k: fc.constant('shareEdited' as const),
      tab,
      edit: fc.nat({max: CEILING_EDITS.length - 1}),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('full' as const),
      on: fc.nat({max: 3}).map((n) => n === 0),
    }),
  },
);

const shown = (s: SandboxState): SandboxState => ({
  ...s,
  reveal: null,
  app: {...s.app, clipboard: null},
});
/** Every record loaded, named by its table and id (states are immutable: once per state). */
const recordsOf = new WeakMap<SandboxState, string[]>();
function records(s: SandboxState): string[] {
  let r = recordsOf.get(s);
  if (r === undefined) {
    r = [...recordPlacement(s).loaded.entries()].map(([id, where]) => `${where}#${id}`);
    recordsOf.set(s, r);
  }
  return r;
}

/** The last save decoded: most steps leave the save as it was. */
let lastDecoded: {text: string; state: SandboxState} | null = null;
function savedState(world: TabWorld): SandboxState | null {
  const text = unwrapSaved(world.storage.text()).text;
  if (text === null) return null;
  if (lastDecoded?.text === text) return lastDecoded.state;
  const loaded = load(text);
  if (!loaded.ok) throw new Error(`the save does not load: ${loaded.reason}`);
  lastDecoded = {text, state: loaded.state};
  return loaded.state;
}

function run(seed: number, count: number, steps: readonly Step[]) {
  const world = tabWorld();
  const sessions = Array.from({length: count}, () => ({key: 0}));
  let opened = 0;
  const open = (i: number): Tab => {
    opened += 1;
    const t = openTab(world, `t${i}-${opened}`, seed + opened);
    t.store.start(null);
    t.store.attachTraffic();
    return t;
  };
  const tabs: (Tab | null)[] = sessions.map((_, i) => open(i));
  world.settle();
  /** Records the writer showed as loaded since the last replacement: all must stay saved. */
  let accepted = new Set<string>();
  /** The save and the writer's state last found equal: a step that changed neither needs no compare. */
  let lastChecked: {saved: SandboxState; state: SandboxState} | null = null;
  const writer = () =>
    tabs.find((t) => t !== null && t.store.getSnapshot().role === 'writer') ?? null;
  const at = (i: number) => tabs[i % count] ?? null;
  const rebase = () => {
    const w = writer();
    accepted = new Set(w === null ? [] : records(w.store.getSnapshot().state));
  };
  const closeTab = (i: number) => {
    const t = tabs[i];
    if (t == null) return;
    t.store.saveNow(); // pagehide
    // A writer that said its changes are not saved loses them on closing: not silently.
    if (t.store.getSnapshot().condition?.code === 'not-saved') {
      const saved = savedState(world);
      accepted = new Set(saved === null ? [] : records(saved).filter((r) => accepted.has(r)));
    }
    t.store.close();
    world.close(t.id);
    tabs[i] = null;
  };

  for (const st of steps) {
    // Replacements are the writing tab's (a mirror's are refused, or wait for a take-over).
    const replacing =
      st.k === 'replace' ||
      st.k === 'drill' ||
      st.k === 'shareEdited' ||
      (st.k === 'act' && !st.elsewhere);
    const t = 'tab' in st ? (replacing ? writer() : at(st.tab)) : null;
    switch (st.k) {
      case 'act':
        if (t !== null) act(t.store, st.action);
        break;
      case 'take':
        t?.store.takeOver();
        break;
      case 'deliver':
        if (t !== null) world.deliver(t.id);
        break;
      case 'settle':
        world.settle();
        break;
      case 'fire':
        // Timeouts are long next to a message or a lock's answer: those come first.
        world.settle();
        t?.scheduler.fire();
        break;
      case 'tick':
        t?.timers.fire();
        break;
      case 'outage':
        if (t === null) break;
        t.store.dispatch({type: 'setOutage', on: true});
        for (let i = 0; i < st.ticks; i++) t.timers.fire();
        t.store.dispatch({type: 'setOutage', on: false});
        break;
      case 'reload':
        closeTab(st.tab % count);
        tabs[st.tab % count] = open(st.tab % count);
        break;
      case 'close':
        for (const i of st.tabs) closeTab(i % count);
        for (const i of st.tabs) tabs[i % count] = open(i % count);
        break;
      case 'replace':
        if (t === null) break;
        if (st.kind === 'reset') t.store.reset(true);
        else if (st.kind === 'undo') t.store.undo();
        else {
          const e = encodeShare(t.store.getSnapshot().state);
          if (e.ok) t.store.openShare(e.value);
        }
        rebase();
        break;
      case 'drill':
        t?.store.startDrill(st.drill, true);
        rebase();
        break;
      case 'shareEdited': {
        if (t === null) break;
        const p = JSON.parse(serialize(t.store.getSnapshot().state));
        defined(CEILING_EDITS[st.edit], 'ceiling edit')(p);
        t.store.openShare(encodeBase64Url(new TextEncoder().encode(JSON.stringify(p))));
        rebase();
        break;
      }
      case 'full':
        world.storage.state.full = st.on;
        break;
    }
    check();
  }

  function check() {
    const w = writer();
    if (w === null) return;
    const state = w.store.getSnapshot().state;
    for (const r of records(state)) accepted.add(r);
    if (world.storage.state.full || w.store.getSnapshot().condition?.code === 'not-saved') return;
    const saved = savedState(world);
    if (saved === null) return;
    if (lastChecked?.saved === saved && lastChecked.state === state) return;
    if (!isDeepStrictEqual(saved, shown(state))) expect(saved).toEqual(shown(state));
    lastChecked = {saved, state};
    expect(recordPlacement(saved).duplicates).toEqual([]);
    const kept = new Set(records(saved));
    for (const r of accepted) if (!kept.has(r)) throw new Error(`record ${r} was lost`);
  }

  // Every tab closes together; the next page load finds what they accepted.
  world.storage.state.full = false;
  world.settle();
  check();
  tabs.forEach((_, i) => closeTab(i));
  const last = open(0);
  world.settle();
  const final = last.store.getSnapshot().state;
  const kept = new Set(records(final));
  if (!world.storage.state.full)
    for (const r of accepted) if (!kept.has(r)) throw new Error(`record ${r} lost on closing`);
}

describe('nothing the reader did is lost', {timeout: 300_000}, () => {
  it('in 1,500 random sessions of 2–4 tabs, up to 60 steps each', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({min: 2, max: 4}),
        fc.array(step, {minLength: 1, maxLength: 60, size: 'max'}),
        (seed, count, steps) => run(seed, count, steps),
      ),
      {
        numRuns: Number(process.env.MODEL_RUNS ?? 1_500),
        seed: Number(process.env.FC_SEED ?? 20261205),
      },
    );
  });
});
