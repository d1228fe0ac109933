import type {ReactNode} from 'react';
import clsx from 'clsx';
import styles from './widgets.module.css';

/** An HTTP status code as a badge: green below 300, red from there. */
export default function StatusCode({status}: {status: number}): ReactNode {
  return (
    <span className={clsx(styles.status, status < 300 ? styles.ok : styles.bad)}>{status}</span>
  );
}
