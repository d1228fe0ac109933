export {useSandbox, type SandboxKey} from './useSandbox';
export {createSandboxStore, browserLock, TICK_MS, SHARE_PARAM} from './store';
export type {
  SandboxStore,
  Snapshot,
  Notice,
  NoticeCode,
  NoticeTone,
  Timers,
  CrossTabLock,
  StoreOptions,
} from './store';
export {memoryStorage, browserStorage, type SandboxStorage} from './storage';
