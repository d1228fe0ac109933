/* One chunk (widgets, shell, store, core), fetched when a reader nears the guide's first widget. */
export {default as SandboxShell} from '@site/src/components/SandboxShell';
export {default as ConnectConsole} from '@site/src/components/ConnectConsole';
export {default as GuidedRotation} from '@site/src/components/GuidedRotation';
export {default as ScopeDemo} from '@site/src/components/ScopeDemo';
export {default as WebAppPanel} from '@site/src/components/WebAppPanel';
