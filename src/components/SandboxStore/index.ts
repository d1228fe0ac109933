export {useSandbox, type SandboxKey} from './useSandbox';
export {SandboxStore} from './lifecycle';
export type {Snapshot} from './types';
export type {Notice} from './notices';
export {memoryStorage, type SandboxStorage, type CrossTab, type TabMessage} from './browser';
export {unwrap as unwrapSaved} from './store';
