export {useSandbox, type SandboxKey} from './useSandbox';
export {SandboxStore} from './store';
export {SHARE_PARAM, type Snapshot, type StoreOptions, type ReplaceResult} from './types';
export type {Notice, NoticeCode, NoticeTone, ReplaceKind} from './notices';
export type {Role} from './role';
export type {CrossTab, TabMessage} from './crossTab';
export {TICK_MS, type Timers} from './timers';
export {memoryStorage, browserStorage, type SandboxStorage} from './storage';
export {unwrap as unwrapSaved} from './saved';
