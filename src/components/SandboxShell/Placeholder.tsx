import type {ReactNode, Ref} from 'react';
import type {SandboxKey} from '@site/src/components/SandboxStore';
import styles from './styles.module.css';

/*
 * The frame and placeholder of a sandbox widget, on their own: no store, no core, so a
 * lazy wrapper (`LazyWidget`) can render the very markup SandboxShell renders while the
 * widget's code is still on its way.
 */

export interface ShellFrameProps {
  sandbox: SandboxKey;
  /** Height of the widget once loaded (CSS length or px): the placeholder keeps it free. */
  minHeight: number | string;
  ref?: Ref<HTMLDivElement>;
  children: ReactNode;
}

/** The outer box of every widget: its margins, its height, and `data-sandbox-shell`. */
export function ShellFrame({sandbox, minHeight, ref, children}: ShellFrameProps): ReactNode {
  return (
    <div ref={ref} className={styles.frame} style={{minHeight}} data-sandbox-shell={sandbox}>
      {children}
    </div>
  );
}

/**
 * What stands in the frame until the widget renders (and all a reader without JS sees): the
 * widget's name, or a picture of what it shows.
 */
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
