import {useId, useState, type ReactNode} from 'react';
import type {SandboxKey, SandboxStore} from '@site/src/components/SandboxStore';
import {copyText} from './clipboard';
import styles from './styles.module.css';
import {sandboxLabels} from '@site/src/data/sandbox-labels';

/**
 * Reset and Share. The share link is only offered on the sandbox page, which is the page
 * that reads `#share=…` back.
 */
export default function Toolbar({
  sandbox,
  store,
}: {
  sandbox: SandboxKey;
  store: SandboxStore;
}): ReactNode {
  const [message, setMessage] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const fieldId = useId();

  const reset = () => {
    store.dispatch({type: 'reset'});
    setLink(null);
    setMessage('Sandbox reset: no integrations, tokens, requests or data.');
  };

  const share = async () => {
    const fragment = store.shareFragment();
    if (!fragment.ok) {
      setLink(null);
      setMessage(`No share link: ${fragment.reason}`);
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}#${fragment.value}`;
    setLink(url);
    setMessage(
      (await copyText(url))
        ? 'Share link copied. Anyone who opens it gets this scenario in their own sandbox (no token values are in it).'
        : 'Your browser did not allow copying: copy the share link from the field.',
    );
  };

  return (
    <div className={styles.toolbar}>
      <div className={styles.toolbarButtons}>
        <button
          type="button"
          className="button button--sm button--outline button--primary"
          onClick={reset}
        >
          {sandboxLabels.buttons.reset}
        </button>
        {sandbox === 'sandbox' && (
          <button
            type="button"
            className="button button--sm button--outline button--primary"
            onClick={() => void share()}
          >
            {sandboxLabels.buttons.share}
          </button>
        )}
      </div>
      {link !== null && (
        <div className={styles.shareField}>
          <label htmlFor={fieldId}>Share link</label>
          <input
            id={fieldId}
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <p role="status" className={styles.toolbarStatus}>
        {message}
      </p>
    </div>
  );
}
