/**
 * Labels of the sandbox's own controls (the parts that are not the Stitch web app). The
 * widgets render them and the pages' instructions cite them, so the text a reader is told
 * to click is the text on the button.
 */
export const sandboxLabels = {
  panels: {
    webApp: 'Stitch web app',
    app: 'Your application',
    log: 'Request log',
    failed: 'Failed requests',
    destination: 'Destination',
    connect: 'Connect API console',
    rotation: 'Rotation guide',
    timeline: 'Timeline',
  },
  buttons: {
    useCopied: 'Use the newest token I copied',
    sendPush: 'Send push',
    continuousTraffic: 'Continuous traffic',
    resend: 'Re-send failed requests',
    reset: 'Reset sandbox',
    share: 'Share',
    sendRequest: 'Send request',
  },
} as const;
