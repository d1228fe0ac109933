import {useCallback, useRef, type ReactNode} from 'react';
import SandboxShell, {Panel} from '@site/src/components/SandboxShell';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import AppPanel from '@site/src/components/AppPanel';
import DrillSteps, {CoachLine, revealPanel, type StepPlace} from '@site/src/components/DrillSteps';
import RequestLog from '@site/src/components/RequestLog';
import Timeline from '@site/src/components/Timeline';
import WebAppPanel from '@site/src/components/WebAppPanel';
import {frames} from '@site/src/components/widgetFrames';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import styles from './styles.module.css';

/**
 * The guide's rotation exercise: the safe rotation's steps (the sandbox's "Planned rotation"
 * drill), then the web app's API Access Tokens section, the application, the timeline and
 * the log. A coach line stays in view while the reader works further down, with the next
 * step and, at the end, the verdict. Panel titles are h4: the rotation section is an h3.
 */
export default function GuidedRotation({sandbox}: {sandbox: SandboxKey}): ReactNode {
  return (
    <SandboxShell sandbox={sandbox} {...frames.guidedRotation} headingLevel={4}>
      {() => <Guided sandbox={sandbox} />}
    </SandboxShell>
  );
}

function Guided({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {state} = useSandbox(sandbox);
  const root = useRef<HTMLDivElement>(null);
  const show = useCallback((place: StepPlace) => revealPanel(root.current, place), []);
  const showSteps = () => {
    const all = root.current?.querySelector<HTMLDetailsElement>('[data-panel="steps"] details');
    if (all != null) all.open = true;
    show('steps');
  };
  return (
    <div ref={root} className={styles.stack}>
      <CoachLine state={state} onShow={show} onShowSteps={showSteps} className={styles.coach} />
      <div data-panel="steps">
        <Panel title={sandboxLabels.panels.steps}>
          <DrillSteps state={state} onShow={show} compact />
        </Panel>
      </div>
      <div data-panel="webApp">
        <WebAppPanel sandbox={sandbox} view="revoke" purpose="rotate a token" />
      </div>
      <div data-panel="app">
        <AppPanel sandbox={sandbox} />
      </div>
      <div data-panel="timeline">
        <Timeline sandbox={sandbox} title={sandboxLabels.panels.timeline} />
      </div>
      <div data-panel="log">
        <RequestLog sandbox={sandbox} />
      </div>
    </div>
  );
}
