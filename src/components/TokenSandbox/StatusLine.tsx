import type {ReactNode} from 'react';
import {
  activeTokens,
  appTokenStatus,
  drillStatus,
  failedQueue,
  plural,
  MAX_ACTIVE_TOKENS,
  type SandboxState,
} from '@site/src/tokens';
import {stepWording, type StepPlace} from '@site/src/components/DrillSteps';
import {sandboxLabels, type SandboxPanel} from '@site/src/data/sandbox-labels';
import styles from './styles.module.css';

/**
 * Where things stand, in a line that stays in view on a phone: the current step (with the
 * way to its panel), the active tokens of the application's integration, the failed
 * requests waiting.
 */
export default function StatusLine({
  state,
  view,
  onShow,
}: {
  state: SandboxState;
  view: SandboxPanel;
  onShow: (place: StepPlace) => void;
}): ReactNode {
  const drill = drillStatus(state);
  const index = drill.steps.findIndex((s) => s.key === drill.next);
  const step = drill.next === null ? null : stepWording(drill.next, state);
  const sent = appTokenStatus(state);
  const integrationId =
    sent.kind === 'valid' || sent.kind === 'revoked' ? sent.integrationId : null;
  const active = integrationId === null ? null : activeTokens(state, integrationId).length;
  const queue = failedQueue(state);
  return (
    <div className={styles.statusLine} data-testid="status-line">
      <p className={styles.statusStep}>
        {step === null
          ? 'All steps done'
          : `Step ${index + 1} of ${drill.steps.length}: ${step.short}`}
        {step !== null && step.place !== view && (
          <button
            type="button"
            className={`button button--link ${styles.statusShow}`}
            onClick={() => onShow(step.place)}
          >
            {step.place === 'toolbar'
              ? 'Go to the controls'
              : `Show ${sandboxLabels.panels[step.place]}`}
          </button>
        )}
      </p>
      <p className={styles.statusFacts}>
        <span>
          Active tokens: {active === null ? 'none in use' : `${active} of ${MAX_ACTIVE_TOKENS}`}
        </span>
        <span>
          {queue.requests === 0
            ? 'No failed requests waiting'
            : `${plural(queue.requests, 'failed request')} waiting`}
        </span>
      </p>
    </div>
  );
}
