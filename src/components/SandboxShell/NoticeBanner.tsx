import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {Notice} from '@site/src/components/SandboxStore';
import styles from './styles.module.css';

/**
 * The store's notice (restored, reset after corrupt storage, in-memory only…). Warnings are
 * alerts; information is a polite status. Text only: a reason can quote user input.
 */
export default function NoticeBanner({
  notice,
  onDismiss,
  onUndo,
}: {
  notice: Notice;
  onDismiss: () => void;
  /** Shown when the notice offers Undo (a share link replaced the reader's sandbox). */
  onUndo?: () => void;
}): ReactNode {
  const warning = notice.tone === 'warning';
  return (
    <div
      className={clsx(styles.notice, warning ? styles.noticeWarning : styles.noticeInfo)}
      data-testid="sandbox-notice"
    >
      <p role={warning ? 'alert' : 'status'} className={styles.noticeText}>
        {notice.text}
      </p>
      {notice.undo === true && onUndo !== undefined && (
        <button type="button" className="button button--sm button--primary" onClick={onUndo}>
          Undo
        </button>
      )}
      <button
        type="button"
        className="button button--sm button--outline button--primary"
        onClick={onDismiss}
      >
        Dismiss notice
      </button>
    </div>
  );
}
