import type {ReactNode} from 'react';
import clsx from 'clsx';
import {widgetStyles as w} from '@site/src/components/SandboxShell';
import WidgetFrame, {type WidgetProps} from '@site/src/components/WidgetFrame';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {
  appTokenStatus,
  findIntegration,
  integrations,
  rotationStatus,
  type RotationStatus,
  type SandboxState,
} from '@site/src/tokens';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import {frames} from '@site/src/components/widgetFrames';
import styles from './styles.module.css';

/** What to do before a rotation can begin, from where the scenario stands. */
function firstMove(state: SandboxState): string {
  if (integrations(state).length === 0) {
    return 'To begin, create an Import API integration in the web app: its first token is the one you will rotate.';
  }
  const app = appTokenStatus(state);
  if (app.kind !== 'valid') {
    return `To begin, give your application a valid token (${sandboxLabels.buttons.useCopied}) and send a push, so the token shows as used.`;
  }
  const name = findIntegration(state, app.integrationId)?.displayName ?? 'the integration';
  return `Your application sends token ${app.tokenId}. To rotate it, generate a second token for ${name} first: the current one keeps working meanwhile.`;
}

function Checklist({status}: {status: RotationStatus}): ReactNode {
  return (
    <ol className={w.checkList}>
      {status.steps.map((step) => {
        const next = step.key === status.next;
        return (
          <li
            key={step.key}
            className={clsx(w.checkItem, step.done && w.checkDone, next && w.checkNext)}
            aria-current={next ? 'step' : undefined}
          >
            <span className={w.checkMark} aria-hidden="true">
              {step.done ? '✓' : step.skipped ? '–' : next ? '→' : '○'}
            </span>
            <span className={w.visuallyHidden}>
              {step.done
                ? 'Done: '
                : step.skipped
                  ? 'Passed over: '
                  : next
                    ? 'Next: '
                    : 'Not yet: '}
            </span>
            {step.label}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The rotation checklist: ticks itself from `rotationStatus` as the reader acts in any
 * panel; the verdict sits in a live region so the outcome is announced without moving focus.
 */
export default function RotationChecklist(props: WidgetProps): ReactNode {
  return (
    <WidgetFrame {...props} {...frames.rotationChecklist}>
      <LiveChecklist sandbox={props.sandbox} />
    </WidgetFrame>
  );
}

function LiveChecklist({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {state} = useSandbox(sandbox);
  const status = rotationStatus(state);
  return (
    <div className={styles.checklist}>
      {status === null ? (
        <p className={w.hint}>{firstMove(state)}</p>
      ) : (
        <>
          <p className={w.hint}>
            {status.newTokenId === null
              ? `Rotating token ${status.oldTokenId}: generate its replacement.`
              : `Rotating token ${status.oldTokenId} to token ${status.newTokenId}.`}
          </p>
          <Checklist status={status} />
          {status.revokedBeforeSwitch && (
            <p className={styles.warning}>
              The old token was revoked before the application used the new one: pushes sent in
              between were refused.
            </p>
          )}
        </>
      )}
      {/* Always mounted, so screen readers announce the verdict when it first appears. */}
      <p role="status" className={clsx(w.verdict, status !== null && w[status.verdict.tone])}>
        {status?.verdict.text}
      </p>
    </div>
  );
}
