import {useEffect, useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import type {Notice} from '@site/src/components/SandboxStore';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import Button from './Button';
import styles from './styles.module.css';

/**
 * The store's notice: warnings are alerts, information a polite status; a new one is scrolled
 * into view (a reader arriving by share link sees it). Text only: a reason can quote user input.
 */
export default function NoticeBanner({
  notice,
  onDismiss,
  onUndo,
}: {
  notice: Notice;
  onDismiss: () => void;
  /** Absent for a lasting condition, which has nothing to undo. */
  onUndo?: () => void;
}): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const warning = notice.tone === 'warning';
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const box = el.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) el.scrollIntoView({block: 'center'});
  }, [notice.code, notice.text]);
  return (
    <div
      ref={ref}
      className={clsx(styles.notice, warning ? styles.noticeWarning : styles.noticeInfo)}
      data-testid="sandbox-notice"
    >
      <p role={warning ? 'alert' : 'status'} className={styles.noticeText}>
        {notice.text}
      </p>
      {notice.undo === true && onUndo !== undefined && (
        <Button onClick={onUndo}>{sandboxLabels.buttons.undo}</Button>
      )}
      <Button kind="outline" onClick={onDismiss}>
        Dismiss notice
      </Button>
    </div>
  );
}

/** Another tab writes this sandbox: it shows here, and nothing is done here until taken over. */
export function MirrorBanner({taking, onTake}: {taking: boolean; onTake: () => void}): ReactNode {
  return (
    <div className={clsx(styles.notice, styles.noticeInfo)} data-testid="mirror-notice">
      <p role="status" className={styles.noticeText}>
        {taking
          ? 'Taking over from the other tab…'
          : 'This sandbox is open in another tab, which saves it: what happens there shows here.'}
      </p>
      <Button refused={taking} onClick={onTake}>
        {sandboxLabels.buttons.takeOver}
      </Button>
    </div>
  );
}
