export {useSandbox, type SandboxKey} from './useSandbox';
export {SandboxStore} from './lifecycle';
export type {Snapshot} from './types';
export type {Notice} from './notices';
