export {useSandbox, type SandboxKey} from './useSandbox';
export {SandboxStore} from './lifecycle';
export {SHARE_PARAM, type Snapshot, type StoreOptions, type ReplaceResult} from './types';
export type {Notice, NoticeCode, NoticeTone, ReplaceKind} from './notices';
export type {Role} from './role';
export {TICK_MS, type Timers} from './timers';
export {
  memoryStorage,
  browserStorage,
  type SandboxStorage,
  type CrossTab,
  type TabMessage,
} from './storage';
export {unwrap as unwrapSaved} from './saving';
