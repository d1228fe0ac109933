import type {ReactNode} from 'react';
import clsx from 'clsx';
import {drillStatus, type SandboxState} from '@site/src/tokens';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import {widgetStyles as w} from '@site/src/components/SandboxShell';
import {ShowMe} from './reveal';
import {WORDING, stepOf, type StepPlace} from './wording';
import {fixWording} from './fix';
import styles from './styles.module.css';

export {type StepPlace} from './wording';
export {default as CoachLine} from './CoachLine';
export {revealPanel} from './reveal';

const MARK = {done: '✓', skipped: '–', next: '→', todo: '○'} as const;
const SAID = {done: 'Done: ', skipped: 'Passed over: ', next: 'Next: ', todo: 'Not yet: '} as const;

/**
 * The current drill's steps, with a fix (failed requests to re-send, or a drill to start again) above the list. The
 * coach line announces changes; this list is the reference.
 */
export default function DrillSteps({
  state,
  onShow,
  compact = false,
}: {
  state: SandboxState;
  /** Brings a step's panel into view. */
  onShow: (place: StepPlace) => void;
  /** The next step in full, and the whole list behind a disclosure (the guide's exercise). */
  compact?: boolean;
}): ReactNode {
  const status = drillStatus(state);
  const fix = status.fix === null ? null : fixWording(status.fix, state);
  const next = status.next === null ? null : WORDING[status.next]({s: state, status});
  // Each step is ticked only while what it names is true; the next one says how to do it.
  const list = (
    <ol className={w.checkList}>
      {status.steps.map((step) => {
        const words = WORDING[step.key]({s: state, status});
        // A fix comes first: no step is next until it is done.
        const isNext = step.key === status.next && fix === null;
        const kind = step.done ? 'done' : step.skipped ? 'skipped' : isNext ? 'next' : 'todo';
        return (
          <li
            key={step.key}
            className={clsx(w.checkItem, step.done && w.checkDone, isNext && w.checkNext)}
            aria-current={isNext ? 'step' : undefined}
            data-step={step.key}
            data-done={step.done}
          >
            <span className={w.checkMark} aria-hidden="true">
              {MARK[kind]}
            </span>
            <div>
              <span className={w.visuallyHidden}>{SAID[kind]}</span>
              {words.text}
              {isNext && <ShowMe place={words.place} onShow={onShow} className={styles.show} />}
            </div>
          </li>
        );
      })}
    </ol>
  );
  return (
    <div className={styles.steps}>
      <p className={styles.drill}>{sandboxLabels.drills[status.drill]}</p>
      {fix !== null && (
        <div className={clsx(w.verdict, w.warning, styles.fix)} data-testid="drill-fix">
          First: {fix.text} <ShowMe place={fix.place} onShow={onShow} className={styles.show} />
        </div>
      )}
      {compact && fix === null && next !== null && (
        <p className={styles.current} data-testid="drill-next">
          <strong>{stepOf(status)}:</strong> {next.text}{' '}
          <ShowMe place={next.place} onShow={onShow} className={styles.show} />
        </p>
      )}
      {compact ? (
        <details className={styles.all}>
          <summary>All {status.steps.length} steps</summary>
          {list}
        </details>
      ) : (
        list
      )}
      {status.verdict !== null && (
        <p className={clsx(w.verdict, w[status.verdict.tone])} data-testid="drill-verdict">
          {status.verdict.text}
        </p>
      )}
    </div>
  );
}
