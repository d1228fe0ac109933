import type {ReactNode} from 'react';
import {Button} from '@site/src/components/SandboxShell';
import type {StepPlace} from './wording';

/**
 * Brings a step's panel into view (below the sticky lines, by its scroll margin) and moves
 * focus to it, as a skip link would: keyboard and screen-reader users land where the step is.
 */
export function revealPanel(container: HTMLElement | null, place: StepPlace): void {
  const el = container?.querySelector<HTMLElement>(`[data-panel="${place}"]`);
  if (el == null) return;
  el.scrollIntoView({block: 'start'});
  const target = el.querySelector<HTMLElement>('section[tabindex="-1"]') ?? el;
  target.focus({preventScroll: true});
}

/** A link-style "Show me" that brings a step's panel. */
export function ShowMe(props: {
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
