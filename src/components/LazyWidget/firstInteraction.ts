/**
 * The reader's first sign of life on the page: a scroll, a key, a pointer press or focus
 * moving in. From then on they are reading (or tabbing) their way down, and the lazy
 * widgets fetch their code, so that it is there before the reader (or focus) reaches them.
 */
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
export function onFirstInteraction(cb: () => void): () => void {
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
