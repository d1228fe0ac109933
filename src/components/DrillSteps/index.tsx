import type {ReactNode} from 'react';
import clsx from 'clsx';
import {drillStatus, type SandboxState} from '@site/src/tokens';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import {stepWording, type StepPlace} from './wording';
import {widgetStyles as w} from '@site/src/components/SandboxShell';
import styles from './styles.module.css';

export {stepWording, type StepPlace} from './wording';

/**
 * The current drill's steps, ticking themselves from the state as the reader works in any
 * panel; the next step is marked, and its panel is one click away on a phone. The verdict
 * sits in a live region, so it is announced when it changes.
 */
export default function DrillSteps({
  state,
  onShow,
}: {
  state: SandboxState;
  /** Shows a step's panel (narrow screens); absent where every panel is visible. */
  onShow?: (place: StepPlace) => void;
}): ReactNode {
  const status = drillStatus(state);
  return (
    <div className={styles.steps}>
      <p className={styles.drill}>{sandboxLabels.drills[status.preset]}</p>
      <ol className={w.checkList}>
        {status.steps.map((step) => {
          const words = stepWording(step.key, state);
          const next = step.key === status.next;
          const mark = step.done ? '✓' : step.skipped ? '–' : next ? '→' : '○';
          const said = step.done
            ? 'Done: '
            : step.skipped
              ? 'Passed over: '
              : next
                ? 'Next: '
                : 'Not yet: ';
          return (
            <li
              key={step.key}
              className={clsx(w.checkItem, step.done && w.checkDone, next && w.checkNext)}
              aria-current={next ? 'step' : undefined}
              data-step={step.key}
            >
              <span className={w.checkMark} aria-hidden="true">
                {mark}
              </span>
              <div>
                <span className={w.visuallyHidden}>{said}</span>
                {words.text}
                {next && onShow !== undefined && (
                  <button
                    type="button"
                    className={clsx('button button--link', styles.show)}
                    onClick={() => onShow(words.place)}
                  >
                    {words.place === 'toolbar'
                      ? 'Go to the toolbar'
                      : `Show ${sandboxLabels.panels[words.place]}`}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <p role="status" className={clsx(w.verdict, status.verdict && w[status.verdict.tone])}>
        {status.verdict?.text}
      </p>
    </div>
  );
}
