import {useEffect, useSyncExternalStore} from 'react';
import {browserCrossTab, browserEnv, browserStorage} from './browser';
import {SandboxStore} from './lifecycle';
import {SHARE_PARAM, type Snapshot} from './types';

/**
 * `guide`: the guide's web-app, console and guided-rotation widgets (one scenario);
 * `scope`: the guide's scope demo, a scenario of its own so it never touches the rotation;
 * `sandbox`: the full sandbox page.
 */
export type SandboxKey = 'guide' | 'scope' | 'sandbox';

// One store per key per page load, shared by every widget that names it: the guide's
// widgets act on one scenario, as the web app and the Connect API act on one account.
const stores = new Map<SandboxKey, SandboxStore>();

function storeFor(key: SandboxKey): SandboxStore {
  const name = `stitch-token-sandbox:${key}`;
  const store =
    stores.get(key) ??
    new SandboxStore(browserStorage(name), browserEnv, undefined, {
      backup: browserStorage(`${name}:backup`),
      markers: [browserStorage(`${name}:unsaved`, 'session'), browserStorage(`${name}:unsaved`)],
      crossTab: browserCrossTab(name),
    });
  stores.set(key, store);
  return store;
}

function takeShareFragment(): string | null {
  const hash = window.location.hash.replace(/^#/, '');
  const prefix = `${SHARE_PARAM}=`;
  if (!hash.startsWith(prefix)) return null;
  // The scenario now lives in storage; keep the address bar clean for the next copy.
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return hash.slice(prefix.length);
}

export function useSandbox(key: SandboxKey): Snapshot & {store: SandboxStore} {
  const store = storeFor(key);
  const snap = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  useEffect(() => {
    store.start(null);
    // Storage may have room again by then: what could not be saved gets one more try.
    const saveNow = () => store.saveNow();
    window.addEventListener('pagehide', saveNow);
    if (key !== 'sandbox') return () => window.removeEventListener('pagehide', saveNow);
    // A share link opens the sandbox on first load, on a later in-site navigation to the
    // page (the store has already started), and when only the fragment changes. The first
    // widget to see the fragment takes it (and clears it), so it is opened once.
    const openLink = () => {
      const fragment = takeShareFragment();
      if (fragment !== null) store.openShare(fragment);
    };
    openLink();
    window.addEventListener('hashchange', openLink);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      window.removeEventListener('hashchange', openLink);
    };
  }, [store, key]);
  return {...snap, store};
}
