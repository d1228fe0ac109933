import {startTransition, useEffect, useRef, useState, type RefObject} from 'react';

/**
 * Mounting every widget of a long page at once is one long main-thread task, right when
 * the reader starts to scroll (and what Lighthouse counts as blocking time). Instead a
 * widget mounts as soon as it nears the viewport, and the others follow one per idle
 * period, each as a transition so React can yield while rendering it.
 */
const waiting: Array<() => void> = [];
let pumping = false;

type IdleHandle = (cb: () => void) => void;

const onIdle: IdleHandle = (cb) => {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(cb, {timeout: 1500});
  } else {
    window.setTimeout(cb, 50);
  }
};

function pump(): void {
  if (pumping || waiting.length === 0) return;
  pumping = true;
  onIdle(() => {
    pumping = false;
    waiting.shift()?.();
    pump();
  });
}

/** How far below the fold a widget starts mounting, so it is there when scrolled to. */
const AHEAD = '600px 0px';

export function useMountWhenDue(): [RefObject<HTMLDivElement | null>, boolean] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (due) return undefined;
    let done = false;
    const mount = () => {
      if (done) return;
      done = true;
      startTransition(() => setDue(true));
    };
    waiting.push(mount);
    pump();
    const el = ref.current;
    if (el === null || typeof IntersectionObserver === 'undefined') return () => void (done = true);
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) mount();
      },
      {rootMargin: AHEAD},
    );
    io.observe(el);
    return () => {
      done = true;
      io.disconnect();
    };
  }, [due]);
  return [ref, due];
}
