import type {ReactNode} from 'react';
import SandboxDialog, {DialogActions} from '@site/src/components/SandboxDialog';
import {Button} from '@site/src/components/SandboxShell';
import {revokeWarning, type SandboxState} from '@site/src/tokens';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import styles from './styles.module.css';

export interface RevokeTarget {
  readonly tokenId: number;
  readonly schema: string;
}

/** "Are you sure?": focus starts on Cancel when the application still sends the token. */
export default function RevokeDialog({
  target,
  state,
  actionLabel,
  onCancel,
  onConfirm,
  returnFocusTo,
}: {
  target: RevokeTarget | null;
  state: SandboxState;
  /** The confirming button: "Revoke" in the web app, "Send DELETE" in the console. */
  actionLabel: string;
  onCancel: () => void;
  onConfirm: (target: RevokeTarget) => void;
  returnFocusTo?: () => HTMLElement | null;
}): ReactNode {
  const warning = target === null ? null : revokeWarning(state, target.tokenId);
  return (
    <SandboxDialog
      open={target !== null}
      title={target === null ? 'Revoke token' : `Revoke token ${target.tokenId}?`}
      onDismiss={onCancel}
      returnFocusTo={returnFocusTo}
      tone="danger"
    >
      {target !== null && (
        <>
          <p>
            Revoking takes effect at once: any request that sends token {target.tokenId} to{' '}
            <code>{target.schema}</code> fails from now on, and its data is not loaded until it is
            re-sent with a valid token.
          </p>
          {warning !== null && (
            <p className={styles.warning} data-testid="revoke-warning">
              <strong>Your application still sends token {target.tokenId}.</strong> Revoking it now
              makes its pushes fail with 401 until it has a valid token, and every refused push must
              be re-sent.{' '}
              {warning.otherActive === null
                ? 'Generate a second token and switch the application to it first.'
                : warning.otherCopied
                  ? `Switch the application to token ${warning.otherActive} first (in ${sandboxLabels.panels.app}, ${sandboxLabels.buttons.useCopied}).`
                  : `Token ${warning.otherActive}’s value is gone (its window was closed without copying, the page was reloaded, or another token was copied since), so the application cannot switch to it: revoke token ${warning.otherActive} instead, then generate a new token, copy it and switch the application to it first.`}
            </p>
          )}
          <DialogActions>
            {/* Cancel first while the app sends the token: a hasty Enter must not cut it off. */}
            <Button
              kind="outline"
              data-autofocus={warning !== null ? true : undefined}
              onClick={onCancel}
            >
              Cancel
            </Button>
            <Button
              kind="danger"
              data-autofocus={warning !== null ? undefined : true}
              onClick={() => onConfirm(target)}
            >
              {actionLabel}
            </Button>
          </DialogActions>
        </>
      )}
    </SandboxDialog>
  );
}
