export {useSandbox, type SandboxKey} from './useSandbox';
export {createSandboxStore, TICK_MS, SHARE_PARAM} from './store';
export type {SandboxStore, Snapshot, Notice, NoticeTone} from './store';
export {memoryStorage, browserStorage, type SandboxStorage} from './storage';
