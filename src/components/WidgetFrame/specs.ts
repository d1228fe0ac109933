import type {HeadingLevel} from '@site/src/components/SandboxShell/context';
import {sandboxLabels} from '@site/src/data/sandbox-labels';

/** Every widget's frame in one table (no widget code, so the lazy wrappers stay light). */
export interface WidgetSpec {
  /** Accessible name of the widget's region (before a purpose is added). */
  readonly label: string;
  /** Height of the widget once loaded (CSS length): the placeholder keeps it free. */
  readonly minHeight: string;
  /** The panel title; without one the widget renders bare (a workspace of panels). */
  readonly title?: string;
  /** A line under the panel title. */
  readonly intro?: string;
  /** Level of panel titles inside; 3 under a page's h2 sections. */
  readonly headingLevel?: HeadingLevel;
}

const {panels} = sandboxLabels;
const webApp = {
  label: 'Stitch web app (simulated)',
  title: panels.webApp,
  intro:
    'A simulation of the Stitch web app: nothing here reaches Stitch, and the tokens are fake.',
};

export const specs = {
  sandbox: {label: 'Token rotation sandbox', minHeight: '60rem'},
  app: {
    label: 'Your application (simulated)',
    minHeight: '24rem',
    title: panels.app,
    intro: 'A simulated application: it pushes records with the token it is given.',
  },
  requestLog: {
    label: 'Request log (simulated)',
    minHeight: '20rem',
    title: `${panels.log} and ${panels.failed.toLowerCase()}`,
    intro: 'Every request, newest first. Tokens are shown by ID, never by value.',
  },
  destination: {
    label: 'Destination (simulated)',
    minHeight: '12rem',
    title: panels.destination,
    intro:
      'Each integration loads into its own schema. A token writes only to the schema of the integration it belongs to.',
  },
  timeline: {label: 'Timeline of pushes', minHeight: '12rem', title: panels.timeline},
  scopeDemo: {label: 'Token scope demo', minHeight: '19rem'},
  // Panel titles are h4: the guide's rotation section is an h3.
  guidedRotation: {label: 'Guided rotation', minHeight: '97rem', headingLevel: 4},
  webApp: {
    full: {...webApp, minHeight: '26rem'},
    generate: {...webApp, minHeight: '16rem'},
    revoke: {...webApp, minHeight: '16rem'},
  },
  connectConsole: {label: 'Connect API console (simulated)', minHeight: '47rem'},
} as const satisfies Record<string, WidgetSpec | Record<string, WidgetSpec>>;
