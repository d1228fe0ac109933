import type {ReactNode} from 'react';
import styles from './switch.module.css';

/**
 * An on/off switch: a real button with role="switch". The word On or Off is written out, so
 * the state never rests on colour or the knob's side alone.
 */
export default function Switch({
  label,
  on,
  onChange,
}: {
  label: string;
  on: boolean;
  onChange: (on: boolean) => void;
}): ReactNode {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      className={styles.switch}
      onClick={() => onChange(!on)}
    >
      <span className={styles.track} aria-hidden="true">
        <span className={styles.thumb} />
      </span>
      <span>{label}</span>
      <span className={styles.state} aria-hidden="true">
        {on ? 'On' : 'Off'}
      </span>
    </button>
  );
}
