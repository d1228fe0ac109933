/*
 * The guide's widgets and their shell, for GuideWidgets to import on demand: one chunk with
 * the widgets, the store and the core, fetched when a reader nears the first of them.
 */
export {default as SandboxShell} from '@site/src/components/SandboxShell';
export {default as ConnectConsole} from '@site/src/components/ConnectConsole';
export {default as GuidedRotation} from '@site/src/components/GuidedRotation';
export {default as ScopeDemo} from '@site/src/components/ScopeDemo';
export {default as WebAppPanel} from '@site/src/components/WebAppPanel';
