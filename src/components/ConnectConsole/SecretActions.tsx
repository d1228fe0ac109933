import {useState, type ReactNode} from 'react';
import {copyText} from '@site/src/components/SandboxShell';
import styles from './styles.module.css';

/**
 * Copy and Hide for an access_token in a response. Reveal-once, as in the web app: the value
 * stays on the page only until the reader hides it. Keyed by the response, so a new answer
 * starts without the last one's copy status.
 */
export default function SecretActions({
  secret,
  onHide,
}: {
  secret: string;
  onHide: () => void;
}): ReactNode {
  const [copyStatus, setCopyStatus] = useState('');
  return (
    <div className={styles.secretActions}>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          void copyText(secret).then((ok) =>
            setCopyStatus(
              ok
                ? 'access_token copied. Hide it once you have stored it.'
                : 'Copying is blocked here: select the value in the response and copy it.',
            ),
          );
        }}
      >
        Copy token
      </button>
      <button type="button" className="button button--primary" onClick={onHide}>
        Hide token
      </button>
      <p aria-live="polite" className={styles.note}>
        {copyStatus}
      </p>
    </div>
  );
}
