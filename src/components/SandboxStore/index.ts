export {useSandbox, type SandboxKey} from './useSandbox';
export {createSandboxStore, SHARE_PARAM} from './store';
export type {SandboxStore, Snapshot, StoreOptions} from './store';
export type {Notice, NoticeCode, NoticeTone, ReplaceKind} from './notices';
export {browserLock, TICK_MS, type Timers, type CrossTabLock} from './traffic';
export {memoryStorage, browserStorage, type SandboxStorage} from './storage';
export {unwrap as unwrapSaved} from './lineage';
