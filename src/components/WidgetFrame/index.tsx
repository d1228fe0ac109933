import {Suspense, useRef, type ReactNode} from 'react';
import type {SandboxShellProps} from '@site/src/components/SandboxShell';
import styles from '@site/src/components/SandboxShell/styles.module.css';
import {withPurpose} from '@site/src/components/SandboxShell/context';
import {useDue} from './due';
import type {WidgetSpec} from './specs';

export {specs, type WidgetSpec} from './specs';

interface WidgetFrameProps extends Pick<SandboxShellProps, 'sandbox' | 'purpose'> {
  spec: WidgetSpec;
  /** Fetch the widget's code only when a reader comes near it (`children` is `React.lazy`). */
  lazy?: boolean;
  /** What stands in its place until then (a picture of it); its name if absent. */
  fallback?: ReactNode;
  /** The widget in its SandboxShell: rendered in the browser only. */
  children: ReactNode;
}

/**
 * The outer box of every sandbox widget with a same-size placeholder, which the server and the
 * first client render share (hydration matches, nothing jumps). No store or core: it costs nothing.
 */
export default function WidgetFrame({
  sandbox,
  spec,
  purpose,
  lazy = false,
  fallback,
  children,
}: WidgetFrameProps): ReactNode {
  const ref = useRef<HTMLDivElement | null>(null);
  const due = useDue(ref, lazy ? 'near' : 'mounted');
  const placeholder = (
    <Placeholder label={withPurpose(spec.label, purpose)}>{fallback}</Placeholder>
  );
  return (
    <div
      ref={ref}
      className={styles.frame}
      style={{minHeight: spec.minHeight}}
      data-sandbox-shell={sandbox}
    >
      {due ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}
    </div>
  );
}

/** What stands in the frame until the widget renders (and all a reader without JS sees). */
export function Placeholder({label, children}: {label: string; children?: ReactNode}): ReactNode {
  return (
    <div className={styles.placeholder} aria-busy="true">
      {children ?? <p className={styles.placeholderLabel}>{label}</p>}
      <noscript>
        <p className={styles.noscript}>
          This interactive sandbox needs JavaScript. Everything it demonstrates is also explained in
          the text of this page.
        </p>
      </noscript>
    </div>
  );
}
