/**
 * After a jump to a section (a table-of-contents link, a fragment), widgets arriving above it
 * would carry it out of view: it is held in place until the reader moves or SETTLE_MS pass.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type {ClientModule} from '@docusaurus/types';

const SETTLE_MS = 4000;
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

let release: (() => void) | null = null;

function hold(target: HTMLElement): void {
  release?.();
  const top = target.getBoundingClientRect().top;
  const observer = new ResizeObserver(() => {
    const moved = target.getBoundingClientRect().top - top;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  });
  const timer = window.setTimeout(() => release?.(), SETTLE_MS);
  release = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    READER_MOVES.forEach((e) => window.removeEventListener(e, stop));
    release = null;
  };
  const stop = () => release?.();
  // The page's own box grows and shrinks with its content (the body is as tall as the window).
  observer.observe(target.closest('article') ?? document.documentElement);
  READER_MOVES.forEach((e) => window.addEventListener(e, stop, {passive: true}));
}

function holdFragment(): void {
  if (window.location.hash === '') return;
  // After the browser's (or Docusaurus's) own scroll to the fragment.
  window.requestAnimationFrame(() => {
    const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target !== null) hold(target);
  });
}

// Links to a fragment of the same page are plain anchors: the router does not see them.
if (ExecutionEnvironment.canUseDOM) window.addEventListener('hashchange', holdFragment);

export default {onRouteDidUpdate: holdFragment} satisfies ClientModule;
