import type {ReactNode} from 'react';
import clsx from 'clsx';
import {drillStatus, type SandboxState} from '@site/src/tokens';
import {Button, widgetStyles as w} from '@site/src/components/SandboxShell';
import {ShowMe} from './reveal';
import {WORDING, stepOf, type StepPlace} from './wording';
import {fixWording} from './fix';
import styles from './styles.module.css';

/**
 * One line that stays in view while the reader works: the step to do now (or the fix that
 * comes first) with a way to its panel, and the verdict once the drill is done. Announced
 * politely, so a screen reader hears each change without losing its place.
 */
export default function CoachLine({
  state,
  onShow,
  onShowSteps,
  className,
}: {
  state: SandboxState;
  onShow: (place: StepPlace) => void;
  /** Opens the full list of steps. */
  onShowSteps: () => void;
  className?: string;
}): ReactNode {
  const status = drillStatus(state);
  const doing =
    status.fix !== null
      ? fixWording(status.fix, state)
      : status.next !== null
        ? WORDING[status.next]({s: state, status})
        : null;
  const verdict = status.complete ? status.verdict : null;
  return (
    <div
      className={clsx(styles.coach, verdict !== null && w[verdict.tone], className)}
      data-testid="coach"
    >
      <Button kind="link" className={styles.coachButton} onClick={onShowSteps}>
        {status.fix === null && status.next !== null ? stepOf(status) : 'All steps'}
      </Button>
      <p className={styles.coachText} aria-live="polite" data-testid="coach-text">
        {doing !== null ? (
          <>
            {status.fix !== null && 'First: '}
            {/* The instruction in full where there is room; a few words on a phone. */}
            <span className={styles.full}>{doing.text}</span>
            <span className={styles.short}>{doing.short}</span>
          </>
        ) : verdict !== null ? (
          `✓ ${verdict.text}`
        ) : (
          ''
        )}
      </p>
      {doing !== null && (
        <ShowMe place={doing.place} onShow={onShow} className={styles.coachButton} />
      )}
    </div>
  );
}
