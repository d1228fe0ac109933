import {useCallback, useRef, useState, type ReactNode} from 'react';
import SandboxShell, {Button} from '@site/src/components/SandboxShell';
import {useSandbox} from '@site/src/components/SandboxStore';
import AppPanel from '@site/src/components/AppPanel';
import ConnectConsole from '@site/src/components/ConnectConsole';
import DestinationPanel from '@site/src/components/DestinationPanel';
import DrillSteps, {CoachLine, revealPanel, type StepPlace} from '@site/src/components/DrillSteps';
import RequestLog from '@site/src/components/RequestLog';
import Timeline from '@site/src/components/Timeline';
import WebAppPanel from '@site/src/components/WebAppPanel';
import WidgetFrame, {specs} from '@site/src/components/WidgetFrame';
import {SANDBOX_ANCHOR, sandboxLabels, type SandboxPanel} from '@site/src/data/sandbox-labels';
import Toolbar from './Toolbar';
import styles from './styles.module.css';

const SANDBOX = 'sandbox';

/** The panels beside the steps; those after web app and application mount later (`deferred`). */
const PANELS = [
  ['webApp', {...specs.webApp.full, anchor: SANDBOX_ANCHOR}, WebAppPanel, false],
  ['app', specs.app, AppPanel, false],
  ['timeline', specs.timeline, Timeline, true],
  ['log', specs.requestLog, RequestLog, true],
  ['destination', specs.destination, DestinationPanel, true],
  ['connect', {...specs.connectConsole, title: sandboxLabels.panels.connect}, ConnectConsole, true],
] as const;

/** The workspace's panels in the order a rotation visits them; short names fit a phone in two rows. */
const SWITCHER = [
  ['steps', 'Steps'],
  ['webApp', 'Web app'],
  ['app', 'Application'],
  ['log', 'Log'],
  ['destination', 'Destination'],
  ['timeline', 'Timeline'],
  ['connect', 'Console'],
] as const satisfies readonly (readonly [SandboxPanel, string])[];

/**
 * The sandbox as a workspace: wide screens show the steps beside the panels, phones one panel
 * at a time (the switcher), and the coach line stays in view. Source order is reading order.
 */
function Workspace(): ReactNode {
  const {store, ...snapshot} = useSandbox(SANDBOX);
  const {state} = snapshot;
  const [view, setView] = useState<SandboxPanel>('steps');
  const root = useRef<HTMLDivElement>(null);
  // The panel is chosen first (phones show one at a time), then brought into view and focused.
  const show = useCallback((place: StepPlace) => {
    if (place !== 'toolbar') setView(place);
    requestAnimationFrame(() => revealPanel(root.current, place));
  }, []);
  const area = (panel: SandboxPanel, content: ReactNode) => (
    <div key={panel} className={styles[panel]} data-panel={panel} data-shown={view === panel}>
      {content}
    </div>
  );
  return (
    <div ref={root} className={styles.workspace} data-workspace>
      <div className={styles.head} data-panel="toolbar" tabIndex={-1}>
        <Toolbar snapshot={snapshot} store={store} />
      </div>
      <CoachLine
        state={state}
        onShow={show}
        onShowSteps={() => show('steps')}
        className={styles.coach}
      />
      {/* On a phone these buttons choose the one panel shown (hidden on wide screens). */}
      <nav className={styles.switcher} aria-label="Sandbox panels">
        <ul>
          {SWITCHER.map(([p, short]) => (
            <li key={p}>
              <Button
                kind={view === p ? 'primary' : 'outline'}
                aria-current={view === p ? 'true' : undefined}
                aria-label={sandboxLabels.panels[p]}
                onClick={() => show(p)}
              >
                {short}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.grid}>
        {area(
          'steps',
          <SandboxShell sandbox={SANDBOX} title={sandboxLabels.panels.steps}>
            <DrillSteps state={state} onShow={show} />
          </SandboxShell>,
        )}
        {PANELS.map(([panel, spec, Widget, deferred]) =>
          area(
            panel,
            <SandboxShell sandbox={SANDBOX} {...spec} deferred={deferred}>
              <Widget sandbox={SANDBOX} />
            </SandboxShell>,
          ),
        )}
      </div>
    </div>
  );
}

/** The full sandbox page's workspace, on the `sandbox` store: TokenSandbox → WidgetFrame → SandboxShell → Workspace. */
export default function TokenSandbox(): ReactNode {
  return (
    <WidgetFrame sandbox={SANDBOX} spec={specs.sandbox}>
      <SandboxShell sandbox={SANDBOX} {...specs.sandbox}>
        <Workspace />
      </SandboxShell>
    </WidgetFrame>
  );
}
