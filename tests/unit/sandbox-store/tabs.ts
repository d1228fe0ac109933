/** Tabs of one origin opened on a `tabWorld`, each with its store, timers and session note. */
import {SandboxStore} from '@site/src/components/SandboxStore';
import {memoryStorage} from '@site/src/components/SandboxStore/browser';
import {seededEnv} from '@site/src/tokens/random';
import {manualScheduler, manualTimers, type TabWorld} from './fakes';

export function openTab(world: TabWorld, id: string, seed: number, session = memoryStorage()) {
  const scheduler = manualScheduler();
  const timers = manualTimers(scheduler);
  const store = new SandboxStore(world.storage.storage, seededEnv(seed), timers.timers, {
    backup: world.backup.storage,
    markers: [session, world.local.storage],
    crossTab: world.crossTab(id),
    tabId: id,
  });
  return {id, store, timers, scheduler, session};
}

export type Tab = ReturnType<typeof openTab>;

/** Opens a tab and lets it learn whether it writes. */
export function startTab(
  world: TabWorld,
  id: string,
  seed: number,
  session = memoryStorage(),
): Tab {
  const tab = openTab(world, id, seed, session);
  tab.store.start(null);
  world.settle();
  return tab;
}
