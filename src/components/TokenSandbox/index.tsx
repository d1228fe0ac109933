import type {ReactNode} from 'react';
import SandboxShell from '@site/src/components/SandboxShell';
import AppPanel from '@site/src/components/AppPanel';
import ConnectConsole from '@site/src/components/ConnectConsole';
import DestinationPanel from '@site/src/components/DestinationPanel';
import RequestLog from '@site/src/components/RequestLog';
import RotationGuide from '@site/src/components/RotationGuide';
import Timeline from '@site/src/components/Timeline';
import WebAppPanel from '@site/src/components/WebAppPanel';
import styles from './styles.module.css';
import {sandboxLabels} from '@site/src/data/sandbox-labels';

const SANDBOX = 'sandbox';

/**
 * The full sandbox page: seven panels on one store. One shell around them all gives one
 * placeholder, one notice and one toolbar; the panels' own shells just render inside it.
 * Source order is the reading order on a phone; the grid rearranges it on wider screens.
 */
export default function TokenSandbox(): ReactNode {
  return (
    <SandboxShell sandbox={SANDBOX} minHeight="110rem" label="Token rotation sandbox" toolbar>
      {() => (
        <div className={styles.grid}>
          <div className={styles.webapp}>
            <WebAppPanel sandbox={SANDBOX} />
          </div>
          <div className={styles.app}>
            <AppPanel sandbox={SANDBOX} />
          </div>
          <div className={styles.guide}>
            <RotationGuide sandbox={SANDBOX} title={sandboxLabels.panels.rotation} />
          </div>
          <div className={styles.timeline}>
            <Timeline sandbox={SANDBOX} title={sandboxLabels.panels.timeline} />
          </div>
          <div className={styles.log}>
            <RequestLog sandbox={SANDBOX} />
          </div>
          <div className={styles.destination}>
            <DestinationPanel sandbox={SANDBOX} />
          </div>
          <div className={styles.connect}>
            <ConnectConsole sandbox={SANDBOX} title={sandboxLabels.panels.connect} />
          </div>
        </div>
      )}
    </SandboxShell>
  );
}
