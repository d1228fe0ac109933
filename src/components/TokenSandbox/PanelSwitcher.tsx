import type {ReactNode} from 'react';
import {Button} from '@site/src/components/SandboxShell';
import {sandboxLabels, type SandboxPanel} from '@site/src/data/sandbox-labels';
import styles from './styles.module.css';

/** The workspace's panels in the order a rotation visits them; short names fit a phone in two rows. */
const PANELS = [
  ['steps', 'Steps'],
  ['webApp', 'Web app'],
  ['app', 'Application'],
  ['log', 'Log'],
  ['destination', 'Destination'],
  ['timeline', 'Timeline'],
  ['connect', 'Console'],
] as const satisfies readonly (readonly [SandboxPanel, string])[];

/** On a phone these buttons choose the one panel shown (hidden on wide screens). */
export default function PanelSwitcher({
  view,
  onChange,
}: {
  view: SandboxPanel;
  onChange: (panel: SandboxPanel) => void;
}): ReactNode {
  return (
    <nav className={styles.switcher} aria-label="Sandbox panels">
      <ul>
        {PANELS.map(([p, short]) => (
          <li key={p}>
            <Button
              kind={view === p ? 'primary' : 'outline'}
              aria-current={view === p ? 'true' : undefined}
              aria-label={sandboxLabels.panels[p]}
              onClick={() => onChange(p)}
            >
              {short}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
