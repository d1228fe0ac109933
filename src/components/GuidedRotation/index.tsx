import type {ReactNode} from 'react';
import SandboxShell from '@site/src/components/SandboxShell';
import type {SandboxKey} from '@site/src/components/SandboxStore';
import AppPanel from '@site/src/components/AppPanel';
import RequestLog from '@site/src/components/RequestLog';
import RotationChecklist from '@site/src/components/RotationChecklist';
import Timeline from '@site/src/components/Timeline';
import WebAppPanel from '@site/src/components/WebAppPanel';
import {frames} from '@site/src/components/widgetFrames';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import styles from './styles.module.css';

/**
 * The guide's rotation exercise: the checklist first (it says what to do next), then the
 * web app's API Access Tokens section, the application, the timeline and the log (for
 * "Re-send failed requests"). One shell around them all, so the page shows one placeholder.
 * Panel titles are h4: the rotation section is an h3.
 */
export default function GuidedRotation({sandbox}: {sandbox: SandboxKey}): ReactNode {
  return (
    <SandboxShell sandbox={sandbox} {...frames.guidedRotation} headingLevel={4}>
      {() => (
        <div className={styles.stack}>
          <RotationChecklist sandbox={sandbox} title={sandboxLabels.panels.rotation} />
          <WebAppPanel sandbox={sandbox} view="revoke" purpose="rotate a token" />
          <AppPanel sandbox={sandbox} />
          <Timeline sandbox={sandbox} title="Timeline" />
          <RequestLog sandbox={sandbox} />
        </div>
      )}
    </SandboxShell>
  );
}
