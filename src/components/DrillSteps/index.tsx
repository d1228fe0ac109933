import type {ReactNode} from 'react';
import clsx from 'clsx';
import {DRILL_STEPS, drillStatus, type DrillKey, type SandboxState} from '@site/src/tokens';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import {Button, widgetStyles as w} from '@site/src/components/SandboxShell';
import {WORDING, fixWording} from './wording';
import type {StepPlace} from './moves';
import styles from './styles.module.css';

export {type StepPlace} from './moves';

const MARK = {done: '✓', skipped: '–', next: '→', todo: '○'} as const;
const SAID = {done: 'Done: ', skipped: 'Passed over: ', next: 'Next: ', todo: 'Not yet: '} as const;

/** A drill's steps as a page's list, in the very words the sandbox ticks off (no state). */
export function DrillStepList({drill}: {drill: DrillKey}): ReactNode {
  return (
    <ol data-drill-steps={drill}>
      {DRILL_STEPS[drill].map((key) => (
        <li key={key}>{WORDING[key](null).text}</li>
      ))}
    </ol>
  );
}

/** Scrolls to a step's panel (below the sticky lines) and focuses it, as a skip link would. */
export function revealPanel(container: HTMLElement | null, place: StepPlace): void {
  const el = container?.querySelector<HTMLElement>(`[data-panel="${place}"]`);
  if (el == null) return;
  el.scrollIntoView({block: 'start'});
  const target = el.querySelector<HTMLElement>('section[tabindex="-1"]') ?? el;
  target.focus({preventScroll: true});
}

/** A link-style "Show me" that brings a step's panel. */
function ShowMe(props: {
  place: StepPlace;
  onShow: (place: StepPlace) => void;
  className?: string;
}): ReactNode {
  const {place, onShow, className} = props;
  return (
    <Button kind="link" className={className} onClick={() => onShow(place)}>
      Show me
    </Button>
  );
}

/** The drill's status, its fix and next step in words, and where that step stands. */
function wordsOf(state: SandboxState) {
  const status = drillStatus(state);
  const fix = status.fix === null ? null : fixWording(status.fix, state);
  const next = status.next === null ? null : WORDING[status.next]({s: state, status});
  const nextAt = `Step ${status.steps.findIndex((x) => x.key === status.next) + 1} of ${status.steps.length}`;
  return {status, fix, next, nextAt};
}

/** The steps, any fix above: the coach line announces changes, this list is the reference. */
export default function DrillSteps({
  state,
  onShow,
  compact = false,
}: {
  state: SandboxState;
  onShow: (place: StepPlace) => void;
  /** The next step in full, and the whole list behind a disclosure (the guide's exercise). */
  compact?: boolean;
}): ReactNode {
  const {status, fix, next, nextAt} = wordsOf(state);
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
          <strong>{nextAt}:</strong> {next.text}{' '}
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

/** Kept in view while the reader works; polite, so a screen reader hears it and keeps its place. */
export function CoachLine({
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
  const {status, fix, next, nextAt} = wordsOf(state);
  const doing = fix ?? next;
  const verdict = status.complete ? status.verdict : null;
  return (
    <div
      className={clsx(styles.coach, verdict !== null && w[verdict.tone], className)}
      data-testid="coach"
    >
      <Button kind="link" className={styles.coachButton} onClick={onShowSteps}>
        {fix === null && next !== null ? nextAt : 'All steps'}
      </Button>
      <p className={styles.coachText} aria-live="polite" data-testid="coach-text">
        {doing !== null ? (
          <>
            {fix !== null && 'First: '}
            {/* The instruction in full where there is room; a few words on a phone. */}
            <span className={styles.full}>{doing.text}</span>
            <span className={styles.short}>{doing.short}</span>
          </>
        ) : (
          verdict !== null && `✓ ${verdict.text}`
        )}
      </p>
      {doing !== null && (
        <ShowMe place={doing.place} onShow={onShow} className={styles.coachButton} />
      )}
    </div>
  );
}
