import {useId, useRef, useState, type ReactNode} from 'react';
import {DialogActions} from '@site/src/components/SandboxDialog';
import {Button, copyText} from '@site/src/components/SandboxShell';
import type {SandboxStore} from '@site/src/components/SandboxStore';
import {findIntegration, type Reveal, type SandboxState} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import styles from './styles.module.css';

/** The token window's body: the one time a token's value is shown, so Escape does not close it. */
export default function RevealBody({
  reveal,
  state,
  store,
}: {
  reveal: Reveal;
  state: SandboxState;
  store: SandboxStore;
}): ReactNode {
  const integrationName = findIntegration(state, reveal.integrationId)?.displayName ?? '';
  const [status, setStatus] = useState('');
  const fieldId = useId();
  const close = useRef<HTMLButtonElement>(null);

  const copied = `Copied token ${reveal.tokenId}. Next, in ${sandboxLabels.panels.app}, click ${sandboxLabels.buttons.useCopied}.`;
  const copy = () => {
    // Start the clipboard write inside the click, where the browser allows it.
    const written = copyText(reveal.secret);
    const outcome = store.dispatch({type: 'copySecret'});
    if (!outcome.ok) return setStatus(outcome.reason);
    // Copied: closing is what comes next.
    close.current?.focus();
    void written.then((ok) =>
      setStatus(
        ok
          ? copied
          : `Token ${reveal.tokenId} is noted as copied, but your browser did not allow the clipboard: select the value to copy it yourself.`,
      ),
    );
  };
  /** Ctrl/Cmd+C (or the context menu) in the field copies too: the browser does the copying. */
  const copiedByHand = () => {
    const outcome = store.dispatch({type: 'copySecret'});
    setStatus(outcome.ok ? copied : outcome.reason);
  };

  return (
    <>
      <p>
        Token {reveal.tokenId} for {integrationName}. This is the only time its value is shown: copy
        it and keep it somewhere safe before you continue.
      </p>
      <label htmlFor={fieldId}>Access token</label>
      <input
        id={fieldId}
        className={styles.secret}
        type="text"
        readOnly
        value={reveal.secret}
        onFocus={(e) => e.currentTarget.select()}
        onCopy={copiedByHand}
        data-testid="revealed-secret"
      />
      <p className={styles.hint}>Escape does not close this window, so the token is not lost.</p>
      <p role="status" className={styles.status}>
        {status}
      </p>
      <DialogActions>
        <Button kind="outline" data-autofocus onClick={copy}>
          {stitchApp.buttons.copy}
        </Button>
        <Button ref={close} onClick={() => store.dispatch({type: 'acknowledgeReveal'})}>
          {stitchApp.buttons.closeAndContinue}
        </Button>
      </DialogActions>
    </>
  );
}
