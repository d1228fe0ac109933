import {
  adoptExternalState,
  applyEvent,
  decodeShare,
  encodeShare,
  handleRequest,
  initialState,
  load,
  save,
  type Env,
  type HttpRequest,
  type HttpResponse,
  type Outcome,
  type SandboxEvent,
  type SandboxState,
} from '@site/src/tokens';
import type {SandboxStorage} from './storage';

export type NoticeTone = 'info' | 'warning';

export interface Notice {
  readonly tone: NoticeTone;
  readonly text: string;
}

/** What widgets render from: one immutable snapshot per change. */
export interface Snapshot {
  readonly state: SandboxState;
  /** False until saved state has been read (in an effect, so SSR and hydration agree). */
  readonly ready: boolean;
  readonly traffic: boolean;
  readonly notice: Notice | null;
}

export interface SandboxStore {
  getSnapshot(): Snapshot;
  subscribe(listener: () => void): () => void;
  /** Reads saved or shared state once; later calls do nothing. */
  start(shareFragment: string | null): void;
  dispatch(event: SandboxEvent): Outcome;
  request(req: HttpRequest): HttpResponse;
  setTraffic(on: boolean): void;
  dismissNotice(): void;
  shareFragment(): {ok: true; value: string} | {ok: false; reason: string};
}

export const TICK_MS = 1000;
export const SHARE_PARAM = 'share';

interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  isHidden(): boolean;
}

const browserTimers: Timers = {
  setInterval: (fn, ms) => window.setInterval(fn, ms),
  clearInterval: (h) => window.clearInterval(h as number),
  isHidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
};

export function createSandboxStore(
  storage: SandboxStorage,
  env: Env,
  timers: Timers = browserTimers,
): SandboxStore {
  let snap: Snapshot = {state: initialState(), ready: false, traffic: false, notice: null};
  let started = false;
  let ticker: unknown = null;
  const listeners = new Set<() => void>();

  const set = (next: Partial<Snapshot>) => {
    snap = {...snap, ...next};
    listeners.forEach((l) => l());
  };

  const persist = (state: SandboxState) => {
    // A state too large to load back is never written: the last loadable save stays, and
    // the user is told why now instead of finding a reset after the next reload.
    const encoded = save(state);
    const saved = encoded.ok ? storage.write(encoded.text) : encoded;
    if (!saved.ok && snap.notice?.text !== saved.reason)
      set({notice: {tone: 'warning', text: saved.reason}});
  };

  const commit = (state: SandboxState) => {
    if (state === snap.state) return;
    set({state});
    persist(state);
  };

  const stopTicker = () => {
    if (ticker !== null) timers.clearInterval(ticker);
    ticker = null;
  };

  const fromStorage = (): Partial<Snapshot> => {
    const read = storage.read();
    if (!read.ok) return {notice: {tone: 'warning', text: read.reason}};
    if (read.text === null) return {};
    const loaded = load(read.text);
    if (loaded.ok) return {state: loaded.state};
    storage.clear();
    return {
      notice: {
        tone: 'warning',
        text: `The saved sandbox could not be restored, so it was reset. ${loaded.reason}`,
      },
    };
  };

  return {
    getSnapshot: () => snap,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(shareFragment) {
      if (started) return;
      started = true;
      let next = fromStorage();
      if (shareFragment !== null) {
        const shared = decodeShare(shareFragment);
        next = shared.ok
          ? {
              ...next,
              state: shared.state,
              notice: {tone: 'info', text: 'Loaded the shared scenario.'},
            }
          : {
              ...next,
              notice: {
                tone: 'warning',
                text: `The shared link could not be opened, so your own sandbox is shown. ${shared.reason}`,
              },
            };
        if (shared.ok) persist(shared.state);
      }
      set({...next, ready: true});
      storage.onExternalChange((text) => {
        if (text === null) return set({state: initialState(), traffic: false});
        const loaded = load(text);
        // A half-written or foreign value from another tab is ignored: ours stays valid.
        if (loaded.ok) set({state: adoptExternalState(snap.state, loaded.state)});
      });
    },
    dispatch(event) {
      const step = applyEvent(snap.state, event, env);
      if (event.type === 'reset') {
        stopTicker();
        set({traffic: false, notice: null});
      }
      commit(step.state);
      return step.outcome;
    },
    request(req) {
      const step = handleRequest(snap.state, req, env);
      commit(step.state);
      return step.response;
    },
    setTraffic(on) {
      if (on === snap.traffic) return;
      stopTicker();
      if (on) {
        ticker = timers.setInterval(() => {
          // Like a real app's background job, the simulated one pauses with its tab.
          if (!timers.isHidden()) this.dispatch({type: 'tick'});
        }, TICK_MS);
      }
      set({traffic: on});
    },
    dismissNotice: () => set({notice: null}),
    shareFragment: () => {
      const encoded = encodeShare(snap.state);
      return encoded.ok ? {ok: true, value: `${SHARE_PARAM}=${encoded.value}`} : encoded;
    },
  };
}
