/**
 * Web storage behind a seam that never throws: Safari private mode, a full quota or a
 * policy-disabled storage all degrade to "in memory only", and every failed write says so.
 */
export interface SandboxStorage {
  read(): {ok: true; text: string | null} | {ok: false; reason: string};
  write(text: string): {ok: true} | {ok: false; reason: string};
  clear(): void;
}

export const UNAVAILABLE =
  'Your browser is not letting this page save the sandbox, so it works in memory only: a reload starts over.';

function area(kind: 'local' | 'session'): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

/** `localStorage` (shared by the origin's tabs) or `sessionStorage` (this tab, kept on reload). */
export function browserStorage(key: string, kind: 'local' | 'session' = 'local'): SandboxStorage {
  return {
    read() {
      const ls = area(kind);
      if (ls === null) return {ok: false, reason: UNAVAILABLE};
      try {
        return {ok: true, text: ls.getItem(key)};
      } catch {
        return {ok: false, reason: UNAVAILABLE};
      }
    },
    write(text) {
      const ls = area(kind);
      if (ls === null) return {ok: false, reason: UNAVAILABLE};
      try {
        ls.setItem(key, text);
        return {ok: true};
      } catch {
        return {ok: false, reason: 'storage is full or blocked'};
      }
    },
    clear() {
      try {
        area(kind)?.removeItem(key);
      } catch {
        // Nothing to clear when storage is unavailable.
      }
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
  };
}
