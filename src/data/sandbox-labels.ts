/** The sandbox's own labels, shared by widgets and instructions: the text told is the text shown. */
export const sandboxLabels = {
  panels: {
    steps: 'Steps',
    webApp: 'Stitch web app',
    app: 'Your application',
    log: 'Request log',
    failed: 'Failed requests',
    destination: 'Destination',
    connect: 'Connect API console',
    timeline: 'Timeline',
  },
  buttons: {
    useCopied: 'Use the newest token I copied',
    validateCopied: 'Validate the newest token I copied',
    sendPush: 'Send push',
    continuousTraffic: 'Continuous traffic',
    outage: 'Import API outage',
    resend: 'Re-send failed requests',
    startDrill: 'Start drill',
    reset: 'Reset sandbox',
    share: 'Share',
    sendRequest: 'Send request',
    undo: 'Undo',
    takeOver: 'Use the sandbox here',
    drill: 'Drill',
  },
  drills: {
    planned: 'Planned rotation',
    'wrong-order': 'Wrong order',
    leak: 'A token leaked',
    'two-integrations': 'Two integrations',
    outage: 'Import API outage',
  },
} as const;

export type SandboxPanel = keyof typeof sandboxLabels.panels;

/** The id of the sandbox's web-app panel: where "Skip to the sandbox" moves focus. */
export const SANDBOX_ANCHOR = 'sandbox-web-app';
