import {ENDPOINTS, type ConnectEndpoint} from './ConnectConsole/spec';
import type {WebAppView} from './WebAppPanel/screens';

/**
 * Every widget frame's region name and the height kept free for it, in one table. The
 * widgets (through WidgetFrame or SandboxShell) and the guide's lazy wrappers
 * (`GuideWidgets`) both read them from here, so the placeholder the server renders, the lazy
 * wrapper's and the widget's own are the same, and nothing moves when the widget arrives.
 * No widget code here: the lazy wrappers stay light.
 */
export interface FrameSpec {
  /** Accessible name of the widget's region (before a purpose is added). */
  readonly label: string;
  /** Height of the widget once loaded (CSS length): the placeholder keeps it free. */
  readonly minHeight: string;
}

export const frames = {
  sandbox: {label: 'Token rotation sandbox', minHeight: '60rem'},
  app: {label: 'Your application (simulated)', minHeight: '24rem'},
  requestLog: {label: 'Request log (simulated)', minHeight: '20rem'},
  destination: {label: 'Destination (simulated)', minHeight: '12rem'},
  timeline: {label: 'Timeline of pushes', minHeight: '12rem'},
  scopeDemo: {label: 'Token scope demo', minHeight: '19rem'},
  guidedRotation: {label: 'Guided rotation', minHeight: '97rem'},
  webApp: {
    full: {label: 'Stitch web app (simulated)', minHeight: '26rem'},
    generate: {label: 'Stitch web app (simulated)', minHeight: '16rem'},
    revoke: {label: 'Stitch web app (simulated)', minHeight: '16rem'},
  },
  connectConsole: {label: 'Connect API console (simulated)', minHeight: '47rem'},
} as const satisfies Record<string, FrameSpec | Record<string, FrameSpec>>;

/** The web-app panel's view when a page names none (the full app, as on the sandbox page). */
export const DEFAULT_WEB_APP_VIEW: WebAppView = 'full';

export function webAppPanelFrame(view: WebAppView): FrameSpec {
  return frames.webApp[view];
}

/** The console's preselected endpoint when a page names none. */
export const DEFAULT_CONNECT_ENDPOINT: ConnectEndpoint = 'list-sources';

/** Named by the preselected endpoint: the guide shows two consoles, and landmarks need distinct names. */
export function connectConsoleFrame(endpoint: ConnectEndpoint): FrameSpec {
  return {
    label: `${frames.connectConsole.label}, ${ENDPOINTS[endpoint].purpose}`,
    minHeight: frames.connectConsole.minHeight,
  };
}
