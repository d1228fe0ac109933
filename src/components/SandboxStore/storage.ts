/**
 * localStorage behind a seam that never throws: Safari private mode, a full quota or a
 * policy-disabled storage all degrade to "in memory only", reported once as a notice.
 */
export interface SandboxStorage {
  read(): {ok: true; text: string | null} | {ok: false; reason: string};
  write(text: string): {ok: true} | {ok: false; reason: string};
  clear(): void;
  /** Calls back with the new text when another tab writes the same key. */
  onExternalChange(listener: (text: string | null) => void): () => void;
}

const UNAVAILABLE =
  'Your browser is not letting this page save the sandbox, so it works in memory only: a reload starts over.';

function localStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function browserStorage(key: string): SandboxStorage {
  return {
    read() {
      const ls = localStore();
      if (ls === null) return {ok: false, reason: UNAVAILABLE};
      try {
        return {ok: true, text: ls.getItem(key)};
      } catch {
        return {ok: false, reason: UNAVAILABLE};
      }
    },
    write(text) {
      const ls = localStore();
      if (ls === null) return {ok: false, reason: UNAVAILABLE};
      try {
        ls.setItem(key, text);
        return {ok: true};
      } catch {
        return {
          ok: false,
          reason:
            'The sandbox could not be saved (storage is full or blocked): it keeps working in memory, but a reload starts over.',
        };
      }
    },
    clear() {
      try {
        localStore()?.removeItem(key);
      } catch {
        // Nothing to clear when storage is unavailable.
      }
    },
    onExternalChange(listener) {
      if (typeof window === 'undefined') return () => {};
      const handler = (e: StorageEvent) => {
        if (e.key === key) listener(e.newValue);
      };
      window.addEventListener('storage', handler);
      return () => window.removeEventListener('storage', handler);
    },
  };
}

/** For tests and for storage-less contexts. */
export function memoryStorage(initial: string | null = null): SandboxStorage {
  let text = initial;
  return {
    read: () => ({ok: true, text}),
    write: (t) => {
      text = t;
      return {ok: true};
    },
    clear: () => {
      text = null;
    },
    onExternalChange: () => () => {},
  };
}
