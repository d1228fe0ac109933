import {useEffect, useSyncExternalStore} from 'react';
import {browserEnv} from './browserEnv';
import {browserStorage} from './storage';
import {createSandboxStore, SHARE_PARAM, type SandboxStore, type Snapshot} from './store';

export type SandboxKey = 'guide' | 'sandbox';

// One store per key per page load, shared by every widget that names it: the guide's
// widgets act on one scenario, as the web app and the Connect API act on one account.
const stores = new Map<SandboxKey, SandboxStore>();

function storeFor(key: SandboxKey): SandboxStore {
  let store = stores.get(key);
  if (store === undefined) {
    store = createSandboxStore(browserStorage(`stitch-token-sandbox:${key}`), browserEnv);
    stores.set(key, store);
  }
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
    store.start(key === 'sandbox' ? takeShareFragment() : null);
  }, [store, key]);
  return {...snap, store};
}
