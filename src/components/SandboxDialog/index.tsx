import {useEffect, useId, useLayoutEffect, useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

interface SandboxDialogProps {
  open: boolean;
  title: string;
  /** Escape calls this; left out, only the dialog's own buttons close it (the token reveal). */
  onDismiss?: () => void;
  /** Where focus goes on close when the element that opened the dialog is gone. */
  returnFocusTo?: () => HTMLElement | null;
  tone?: 'default' | 'danger';
  children: ReactNode;
}

/**
 * A native modal <dialog> (inert page, focus trapped), focusing `data-autofocus` and returning
 * to the opener; content renders only while open, so a secret leaves the DOM on close.
 */
export default function SandboxDialog({
  open,
  title,
  onDismiss,
  returnFocusTo,
  tone = 'default',
  children,
}: SandboxDialogProps): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  const openRef = useRef(open);
  const titleId = useId();

  useLayoutEffect(() => {
    openRef.current = open;
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      // Not the body: the opener may be gone already, and focus would fall to the page's start.
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      wasOpen.current = true;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // After the closing commit: the confirmed action may have removed the opener.
  useEffect(() => {
    if (open || !wasOpen.current) return;
    wasOpen.current = false;
    const target = opener.current?.isConnected ? opener.current : (returnFocusTo?.() ?? null);
    opener.current = null;
    target?.focus();
  }, [open, returnFocusTo]);

  // Escape is handled here rather than by the browser, so a non-dismissible dialog stays open.
  const dismiss = (e: React.SyntheticEvent) => {
    e.preventDefault();
    onDismiss?.();
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={clsx(styles.dialog, tone === 'danger' && styles.danger)}
      onKeyDown={(e) => e.key === 'Escape' && dismiss(e)}
      onCancel={dismiss}
      onClose={() => {
        // Closed by the browser while we still want it open (a forced close request).
        if (!openRef.current) return;
        if (onDismiss) onDismiss();
        else ref.current?.showModal();
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      {open && children}
    </dialog>
  );
}

/** A row of dialog buttons, primary last. */
export function DialogActions({children}: {children: ReactNode}): ReactNode {
  return <div className={styles.actions}>{children}</div>;
}
