import {startTransition, useEffect, useState, type RefObject} from 'react';

/** The reader's first scroll, key, pointer press or focus: lazy widgets then fetch their code ahead of them. */
const EVENTS = ['scroll', 'keydown', 'pointerdown', 'focusin'] as const;
const OPTIONS: AddEventListenerOptions = {capture: true, passive: true};

let interacted: Promise<void> | null = null;

/** Settles on the first interaction (at once, if there has been one); then its listeners go. */
function firstInteraction(): Promise<void> {
  interacted ??= new Promise((resolve) => {
    const fire = () => {
      for (const type of EVENTS) window.removeEventListener(type, fire, OPTIONS);
      resolve();
    };
    for (const type of EVENTS) window.addEventListener(type, fire, OPTIONS);
  });
  return interacted;
}

// Widgets mount one per idle period, each as a transition: all at once is one long task (blocking time).
let idleTurns = Promise.resolve();

const idlePeriod = () =>
  new Promise<void>((resolve) => {
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(() => resolve(), {timeout: 1500});
    else window.setTimeout(resolve, 50);
  });

/**
 * When an element's content is due: `mounted` once hydrated; `near` once in the viewport or on
 * the first interaction (no margin: the first widget sits just below the fold); `queued` once
 * within 600px of the viewport or at its idle turn.
 */
export function useDue(
  ref: RefObject<HTMLElement | null>,
  when: 'mounted' | 'near' | 'queued',
): boolean {
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (due) return undefined;
    // Setting it twice, or once gone (a turn coming after unmount), changes nothing.
    const go = () => startTransition(() => setDue(true));
    if (when === 'mounted') {
      go();
      return undefined;
    }
    if (when === 'near') void firstInteraction().then(go);
    else idleTurns = idleTurns.then(idlePeriod).then(go);
    const el = ref.current;
    const io =
      el === null || typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), {
            rootMargin: when === 'near' ? '0px' : '600px 0px',
          });
    if (el !== null) io?.observe(el);
    return () => io?.disconnect();
  }, [due, when, ref]);
  return due;
}
