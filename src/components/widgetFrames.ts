import {ENDPOINTS, type ConnectEndpoint} from './ConnectConsole/spec';
import type {WebAppView} from './WebAppPanel/screens';

/**
 * What a guide widget's frame shows until the widget itself is there: its region's name
 * and the height kept free for it. The widgets (through WidgetFrame or SandboxShell) and
 * the guide's lazy wrappers (`GuideWidgets`) both read them from here, so the placeholder
 * the server renders, the lazy wrapper's and the widget's own are the same, and nothing
 * moves when the widget arrives. No widget code here: the lazy wrappers stay light.
 */
export interface FrameSpec {
  /** Accessible name of the widget's region (before a purpose is added). */
  label: string;
  /** Height of the widget once loaded (CSS length): the placeholder keeps it free. */
  minHeight: string;
}

const WEB_APP_HEIGHT: Record<WebAppView, string> = {
  full: '26rem',
  generate: '22rem',
  revoke: '24rem',
};

export const scopeDemoFrame: FrameSpec = {label: 'Token scope demo', minHeight: '18rem'};

export const guidedRotationFrame: FrameSpec = {label: 'Guided rotation', minHeight: '90rem'};

/** The web-app panel's view when a page names none (the full app, as on the sandbox page). */
export const DEFAULT_WEB_APP_VIEW: WebAppView = 'full';

export function webAppPanelFrame(view: WebAppView): FrameSpec {
  return {label: 'Stitch web app (simulated)', minHeight: WEB_APP_HEIGHT[view]};
}

/** The console's preselected endpoint when a page names none. */
export const DEFAULT_CONNECT_ENDPOINT: ConnectEndpoint = 'list-sources';

/** Named by the preselected endpoint: the guide shows two consoles, and landmarks need distinct names. */
export function connectConsoleFrame(endpoint: ConnectEndpoint): FrameSpec {
  return {
    label: `Connect API console (simulated), ${ENDPOINTS[endpoint].purpose}`,
    minHeight: '30rem',
  };
}
