import type {ReactNode} from 'react';
import clsx from 'clsx';
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
import styles from './styles.module.css';

/** What to do before a rotation can begin, from where the scenario stands. */
function firstMove(state: SandboxState): string {
  if (integrations(state).length === 0) {
    return 'To begin, create an Import API integration in the web app: its first token is the one you will rotate.';
  }
  const app = appTokenStatus(state);
  if (app.kind !== 'valid') {
    return 'To begin, give your application a valid token (paste the one you copied) and send a push, so the token shows as used.';
  }
  const name = findIntegration(state, app.integrationId)?.displayName ?? 'the integration';
  return `Your application sends token ${app.tokenId}. To rotate it, generate a second token for ${name} first: the current one keeps working meanwhile.`;
}

function Checklist({status}: {status: RotationStatus}): ReactNode {
  // The first unticked step is the next one to do; steps can tick out of order (revoke-first).
  const next = status.steps.findIndex((s) => !s.done);
  return (
    <ol className={styles.steps}>
      {status.steps.map((step, i) => (
        <li
          key={step.key}
          className={clsx(styles.step, step.done && styles.done, i === next && styles.next)}
        >
          <span className={styles.mark} aria-hidden="true">
            {step.done ? '✓' : i === next ? '→' : '○'}
          </span>
          <span className={styles.visuallyHidden}>
            {step.done ? 'Done: ' : i === next ? 'Next: ' : 'Not yet: '}
          </span>
          {step.label}
        </li>
      ))}
    </ol>
  );
}

/**
 * A checklist that ticks itself from `rotationStatus` as the reader acts in any panel; the
 * verdict sits in a live region so the outcome is announced without moving focus.
 */
export default function RotationGuide(props: WidgetProps): ReactNode {
  return (
    <WidgetFrame {...props} minHeight="12rem" label="Rotation checklist">
      <Guide sandbox={props.sandbox} />
    </WidgetFrame>
  );
}

function Guide({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {state} = useSandbox(sandbox);
  const status = rotationStatus(state);
  return (
    <div className={styles.guide}>
      {status === null ? (
        <p className={styles.hint}>{firstMove(state)}</p>
      ) : (
        <>
          <p className={styles.hint}>
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
      <p
        role="status"
        className={clsx(styles.verdict, status !== null && styles[status.verdict.tone])}
      >
        {status?.verdict.text}
      </p>
    </div>
  );
}
