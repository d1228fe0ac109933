import {useCallback, useRef, type ReactNode} from 'react';
import SandboxShell from '@site/src/components/SandboxShell';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import AppPanel from '@site/src/components/AppPanel';
import DrillSteps, {CoachLine, revealPanel, type StepPlace} from '@site/src/components/DrillSteps';
import RequestLog from '@site/src/components/RequestLog';
import Timeline from '@site/src/components/Timeline';
import WebAppPanel from '@site/src/components/WebAppPanel';
import {specs} from '@site/src/components/WidgetFrame';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import styles from './styles.module.css';

const PANELS = [
  ['app', specs.app, AppPanel],
  ['timeline', specs.timeline, Timeline],
  ['log', specs.requestLog, RequestLog],
] as const;

/** The rotation exercise: the drill's steps, then the widgets, with a coach line kept in view. */
export default function GuidedRotation({sandbox}: {sandbox: SandboxKey}): ReactNode {
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
        <SandboxShell sandbox={sandbox} title={sandboxLabels.panels.steps}>
          <DrillSteps state={state} onShow={show} compact />
        </SandboxShell>
      </div>
      <div data-panel="webApp">
        <SandboxShell sandbox={sandbox} {...specs.webApp.revoke} purpose="rotate a token">
          <WebAppPanel sandbox={sandbox} view="revoke" />
        </SandboxShell>
      </div>
      {PANELS.map(([place, spec, Widget]) => (
        <div key={place} data-panel={place}>
          <SandboxShell sandbox={sandbox} {...spec}>
            <Widget sandbox={sandbox} />
          </SandboxShell>
        </div>
      ))}
    </div>
  );
}
