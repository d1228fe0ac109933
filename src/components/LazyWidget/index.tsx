import {Suspense, startTransition, useEffect, useRef, useState, type ReactNode} from 'react';
import type {SandboxKey} from '@site/src/components/SandboxStore';
import {Placeholder, ShellFrame} from '@site/src/components/SandboxShell/Placeholder';
import {onFirstInteraction} from './firstInteraction';

export interface LazyWidgetProps {
  sandbox: SandboxKey;
  /** The widget's region name and height, as its own frame has them (`widgetFrames.ts`). */
  label: string;
  minHeight: string;
  /** What stands in its place until then (a picture of it); its name if absent. */
  fallback?: ReactNode;
  /** The widget, as an element of a `React.lazy` component: rendered (so fetched) when due. */
  children: ReactNode;
}

/**
 * A sandbox widget whose code is fetched only when a reader comes near it: until then it
 * is the same frame and placeholder SandboxShell renders (server and first client render
 * alike, so hydration matches and nothing moves). It becomes due when its placeholder is in
 * the viewport, or on the reader's first scroll, key, press or focus anywhere on the page.
 * That first sign of life is the look-ahead: it comes long before a reader (or focus moving
 * down by Tab) reaches a widget. No margin around the viewport: the guide's first widget
 * sits just below the fold (33px on a 1280×800 screen, under 500px on phones), so any
 * SandboxShell-like 600px look-ahead would fetch the widgets on every page load.
 */
export default function LazyWidget({
  sandbox,
  label,
  minHeight,
  fallback,
  children,
}: LazyWidgetProps): ReactNode {
  const ref = useRef<HTMLDivElement | null>(null);
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (due) return undefined;
    let done = false;
    let io: IntersectionObserver | null = null;
    const go = () => {
      if (done) return;
      done = true;
      io?.disconnect();
      startTransition(() => setDue(true));
    };
    const el = ref.current;
    if (el === null || typeof IntersectionObserver === 'undefined') {
      go();
      return undefined;
    }
    io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) go();
    });
    io.observe(el);
    const stop = onFirstInteraction(go);
    return () => {
      done = true;
      stop();
      io?.disconnect();
    };
  }, [due]);

  const frame = (
    <ShellFrame ref={ref} sandbox={sandbox} minHeight={minHeight}>
      <Placeholder label={label}>{fallback}</Placeholder>
    </ShellFrame>
  );
  return due ? <Suspense fallback={frame}>{children}</Suspense> : frame;
}
