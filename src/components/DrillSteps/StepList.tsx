import type {ReactNode} from 'react';
import {DRILL_STEPS, type DrillKey} from '@site/src/tokens';
import {WORDING} from './wording';

/** A drill's steps as a page's list, in the very words the sandbox ticks off (no state). */
export default function DrillStepList({drill}: {drill: DrillKey}): ReactNode {
  return (
    <ol data-drill-steps={drill}>
      {DRILL_STEPS[drill].map((key) => (
        <li key={key}>{WORDING[key](null).text}</li>
      ))}
    </ol>
  );
}
