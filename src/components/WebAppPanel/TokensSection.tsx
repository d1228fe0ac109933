import {useCallback, useId, useRef, useState, type ReactNode} from 'react';
import {Button, DataTable, formatTime, widgetStyles as w} from '@site/src/components/SandboxShell';
import type {SandboxStore} from '@site/src/components/SandboxStore';
import {useLandmarkName} from '@site/src/components/SandboxShell/context';
import {
  MAX_ACTIVE_TOKENS,
  appTokenStatus,
  canGenerate,
  tokenHistory,
  type IntegrationView,
  type SandboxState,
  type TokenView,
} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import RevokeDialog from '@site/src/components/RevokeDialog';
import {FocusHeading, focusTarget} from './FocusHeading';
import styles from './styles.module.css';

const COLUMNS = [
  {key: 'id', label: 'ID', rowHeader: true},
  {key: 'created', label: 'Created'},
  {key: 'used', label: 'Last used'},
  {key: 'status', label: 'Status'},
  {key: 'actions', label: 'Actions', hiddenLabel: true},
] as const;

/** The Settings tab's tokens: all it says comes from the state, never the last click (no staleness). */
export default function TokensSection({
  integration,
  state,
  store,
  onGenerate,
}: {
  integration: IntegrationView;
  state: SandboxState;
  store: SandboxStore;
  /** Called before Generate Token dispatches: this panel shows the token window. */
  onGenerate: () => void;
}): ReactNode {
  const tokens = tokenHistory(state, integration.id);
  const sent = appTokenStatus(state);
  const appTokenId = sent.kind === 'valid' || sent.kind === 'revoked' ? sent.tokenId : null;
  // Where the core would refuse Generate Token, the reason is beside it before any click.
  const limit = canGenerate(state, integration.id);
  const [confirming, setConfirming] = useState<TokenView | null>(null);
  const section = useRef<HTMLElement>(null);
  const id = useId();
  const backToSection = useCallback(() => focusTarget(section.current, 'tokens'), []);
  const sectionName = useLandmarkName(stitchApp.sections.apiAccessTokens);

  const rows = tokens.map((t) =>
    tokenRow(t, `${id}-${t.id}`, t.id === appTokenId, () => setConfirming(t)),
  );
  const generate = () => {
    onGenerate();
    store.dispatch({type: 'generateToken', integrationId: integration.id});
  };

  return (
    <section ref={section} aria-label={sectionName} className={styles.tokens}>
      <FocusHeading mark="tokens">{stitchApp.sections.apiAccessTokens}</FocusHeading>
      <p className={styles.muted} aria-live="polite" data-testid="token-count">
        {integration.activeTokens} of {MAX_ACTIVE_TOKENS} active tokens. A token&rsquo;s value is
        shown only once, when it is generated; here you see its ID.
      </p>
      {tokens.length > 0 && (
        <DataTable caption={`Tokens of ${integration.displayName}`} columns={COLUMNS} rows={rows} />
      )}
      <div className={w.actions}>
        <Button
          refused={!limit.ok}
          aria-describedby={limit.ok ? undefined : `${id}-limit`}
          onClick={generate}
        >
          {stitchApp.buttons.generateToken}
        </Button>
        {!limit.ok && (
          <p id={`${id}-limit`} className={w.hint} data-testid="generate-limit">
            {limit.reason}
          </p>
        )}
      </div>
      <RevokeDialog
        target={confirming === null ? null : {tokenId: confirming.id, schema: integration.schema}}
        state={state}
        actionLabel={stitchApp.buttons.revoke}
        onCancel={() => setConfirming(null)}
        onConfirm={({tokenId}) => {
          setConfirming(null);
          store.dispatch({type: 'revokeToken', integrationId: integration.id, tokenId});
        }}
        returnFocusTo={backToSection}
      />
    </section>
  );
}

/** A token's row: ID, times, status (and whether the application sends it), Revoke. */
function tokenRow(t: TokenView, idId: string, sentByApp: boolean, onRevoke: () => void) {
  return {
    key: t.id,
    data: {'token-id': t.id},
    cells: {
      id: <span id={idId}>{t.id}</span>,
      created: formatTime(t.createdAt),
      used: t.lastUsedAt === null ? 'Never' : formatTime(t.lastUsedAt),
      status: (
        <>
          {t.active || t.revokedAt === null ? 'Active' : `Revoked ${formatTime(t.revokedAt)}`}
          {sentByApp && <span className={styles.inUse}> · your application sends it</span>}
        </>
      ),
      actions: t.active && (
        <Button kind="danger" aria-describedby={idId} onClick={onRevoke}>
          {stitchApp.buttons.revoke}
        </Button>
      ),
    },
  };
}
