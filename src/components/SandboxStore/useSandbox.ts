import {useEffect, useSyncExternalStore} from 'react';
import {browserCrossTab, browserEnv, browserStorage} from './browser';
import {SandboxStore} from './lifecycle';
import {SHARE_PARAM, type Snapshot} from './types';

/** The guide's widgets, its scope demo (apart, not to touch the rotation), the sandbox page. */
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

export function useSandbox(key: SandboxKey): Snapshot & {store: SandboxStore} {
  const store = storeFor(key);
  const snap = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  useEffect(() => {
    store.start(null);
    // Storage may have room again by then: what could not be saved gets one more try.
    const saveNow = () => store.saveNow();
    // A share link opens the sandbox page on first load, on an in-site navigation to it and on a
    // fragment change; the first widget to see it takes it (and clears it), so it opens once.
    const openLink = () => {
      const hash = window.location.hash.replace(/^#/, '');
      if (key !== 'sandbox' || !hash.startsWith(`${SHARE_PARAM}=`)) return;
      // The scenario now lives in storage; keep the address bar clean for the next copy.
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      store.openShare(hash.slice(SHARE_PARAM.length + 1));
    };
    openLink();
    window.addEventListener('pagehide', saveNow);
    window.addEventListener('hashchange', openLink);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      window.removeEventListener('hashchange', openLink);
    };
  }, [store, key]);
  return {...snap, store};
}
