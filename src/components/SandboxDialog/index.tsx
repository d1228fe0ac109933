import {useEffect, useId, useLayoutEffect, useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface SandboxDialogProps {
  open: boolean;
  title: string;
  /**
   * Escape (or any other close request) calls this. Leave it out for a dialog that must
   * close only through one of its own buttons (the token reveal: Escape would lose it).
   */
  onDismiss?: () => void;
  /** Where focus goes on close when the element that opened the dialog is gone. */
  returnFocusTo?: () => HTMLElement | null;
  tone?: 'default' | 'danger';
  children: ReactNode;
}

/**
 * The one modal of the sandbox: a native <dialog> opened with showModal(), so the rest of
 * the page is inert and the browser traps focus. Labelled by its title; focus moves to the
 * element marked `data-autofocus` (else the first control) and back to the opener on close.
 * Content is only rendered while open, so a secret shown in it leaves the DOM on close.
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
      // The page's body is no opener: the control that opened the dialog may already be
      // gone (a form that saved and closed), and focus would fall to the page's start.
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      wasOpen.current = true;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // After the closing render has committed: the opener may have been removed by the very
  // action the dialog confirmed (a revoked token loses its Revoke button).
  useEffect(() => {
    if (open || !wasOpen.current) return;
    wasOpen.current = false;
    const target = opener.current?.isConnected ? opener.current : (returnFocusTo?.() ?? null);
    opener.current = null;
    target?.focus();
  }, [open, returnFocusTo]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={clsx(styles.dialog, tone === 'danger' && styles.danger)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Handled here rather than by the browser, so a non-dismissible dialog stays open.
        e.preventDefault();
        onDismiss?.();
      }}
      onCancel={(e) => {
        e.preventDefault();
        onDismiss?.();
      }}
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
