import {startTransition, useEffect, useState, type RefObject} from 'react';

/** The reader's first scroll, key, pointer press or focus: lazy widgets then fetch their code ahead of them. */
const EVENTS = ['scroll', 'keydown', 'pointerdown', 'focusin'] as const;
const OPTIONS: AddEventListenerOptions = {capture: true, passive: true};

let happened = false;
const waiting = new Set<() => void>();

function listen(on: boolean): void {
  for (const type of EVENTS) {
    if (on) window.addEventListener(type, fire, OPTIONS);
    else window.removeEventListener(type, fire, OPTIONS);
  }
}

function fire(): void {
  happened = true;
  listen(false);
  const due = [...waiting];
  waiting.clear();
  for (const cb of due) cb();
}

/** Calls `cb` on the first interaction (now, if there has been one); returns an unsubscribe. */
function onFirstInteraction(cb: () => void): () => void {
  if (happened) {
    cb();
    return () => undefined;
  }
  if (waiting.size === 0) listen(true);
  waiting.add(cb);
  return () => {
    waiting.delete(cb);
    if (waiting.size === 0 && !happened) listen(false);
  };
}

// Widgets mount one per idle period, each as a transition: all at once is one long task (blocking time).
const queue: Array<() => void> = [];
let pumping = false;

function pump(): void {
  if (pumping || queue.length === 0) return;
  pumping = true;
  const next = () => {
    pumping = false;
    queue.shift()?.();
    pump();
  };
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(next, {timeout: 1500});
  else window.setTimeout(next, 50);
}

function onIdleTurn(cb: () => void): () => void {
  queue.push(cb);
  pump();
  // A cancelled entry just finds its widget done when its turn comes.
  return () => undefined;
}

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
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      startTransition(() => setDue(true));
    };
    if (when === 'mounted') {
      go();
      return undefined;
    }
    const stop = when === 'near' ? onFirstInteraction(go) : onIdleTurn(go);
    const el = ref.current;
    const io =
      el === null || typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), {
            rootMargin: when === 'near' ? '0px' : '600px 0px',
          });
    if (el !== null) io?.observe(el);
    return () => {
      done = true;
      stop();
      io?.disconnect();
    };
  }, [due, when, ref]);
  return due;
}
