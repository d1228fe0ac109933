import type {ReactNode} from 'react';
import SandboxDialog, {DialogActions} from '@site/src/components/SandboxDialog';
import {revokeWarning, type Integration, type SandboxState, type TokenView} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import {widgetStyles as w} from '@site/src/components/SandboxShell';
import styles from './styles.module.css';

/** "Are you sure?", with a plain warning when the revoke would cut the application off. */
export default function RevokeDialog({
  token,
  state,
  integration,
  onCancel,
  onConfirm,
  returnFocusTo,
}: {
  token: TokenView | null;
  state: SandboxState;
  integration: Integration;
  onCancel: () => void;
  onConfirm: (token: TokenView) => void;
  returnFocusTo: () => HTMLElement | null;
}): ReactNode {
  const warn = token !== null && revokeWarning(state, token.id);
  return (
    <SandboxDialog
      open={token !== null}
      title={token === null ? 'Revoke token' : `Revoke token ${token.id}?`}
      onDismiss={onCancel}
      returnFocusTo={returnFocusTo}
      tone="danger"
    >
      {token !== null && (
        <>
          <p>
            Revoking takes effect at once: any request that sends token {token.id} to{' '}
            <code>{integration.schema}</code> fails from now on, and its data is not loaded until it
            is re-sent with a valid token.
          </p>
          {warn && (
            <p className={styles.warning} data-testid="revoke-warning">
              <strong>Your application is using this token, and it is the only active one.</strong>{' '}
              Revoking it now makes every push fail with 401 until the application has a new token.
              Generate a second token and switch the application to it first.
            </p>
          )}
          <DialogActions>
            {/* Focus starts on the safe choice when the revoke would cut the application off,
                on Revoke when the token is no longer in use (the rotation's last step). */}
            <button
              type="button"
              className="button button--outline button--primary"
              data-autofocus={warn ? true : undefined}
              onClick={onCancel}
            >
              Cancel
            </button>
            <button
              type="button"
              className={`button button--outline ${w.dangerButton}`}
              data-autofocus={warn ? undefined : true}
              onClick={() => onConfirm(token)}
            >
              {stitchApp.buttons.revoke}
            </button>
          </DialogActions>
        </>
      )}
    </SandboxDialog>
  );
}
