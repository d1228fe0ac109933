import {useCallback, useId, useRef, useState, type ReactNode} from 'react';
import {
  WidgetHeading,
  formatTime,
  useAnnouncement,
  widgetStyles,
} from '@site/src/components/SandboxShell';
import type {SandboxStore} from '@site/src/components/SandboxStore';
import {useLandmarkName} from '@site/src/components/WidgetFrame';
import {
  MAX_ACTIVE_TOKENS,
  activeTokens,
  appView,
  canGenerate,
  tokensOf,
  type Integration,
  type SandboxState,
  type TokenView,
} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import RevokeDialog from './RevokeDialog';
import styles from './styles.module.css';

/** The Settings tab's API Access Tokens section: list, generate, revoke. */
export default function TokensSection({
  integration,
  state,
  store,
  onGenerate,
}: {
  integration: Integration;
  state: SandboxState;
  store: SandboxStore;
  onGenerate: () => void;
}): ReactNode {
  const tokens = tokensOf(state, integration.id);
  const active = activeTokens(state, integration.id).length;
  const app = appView(state).token;
  const appTokenId = app.kind === 'valid' || app.kind === 'revoked' ? app.tokenId : null;
  const [message, setMessage] = useAnnouncement();
  // The core's rule, read before any click: why Generate Token would be refused.
  const limit = canGenerate(state, integration.id);
  const blocked = limit.ok ? null : limit.reason;
  const [confirming, setConfirming] = useState<TokenView | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const idPrefix = useId();
  const backToSection = useCallback(() => headingRef.current, []);
  const sectionName = useLandmarkName(stitchApp.sections.apiAccessTokens);

  const generate = () => {
    onGenerate();
    const outcome = store.dispatch({type: 'generateToken', integrationId: integration.id});
    setMessage(outcome.ok ? '' : outcome.reason);
  };

  const confirmRevoke = (token: TokenView) => {
    const outcome = store.dispatch({
      type: 'revokeToken',
      integrationId: integration.id,
      tokenId: token.id,
    });
    setConfirming(null);
    setMessage(outcome.ok ? `Token ${token.id} revoked.` : outcome.reason);
  };

  return (
    <section aria-label={sectionName} className={styles.tokens}>
      <WidgetHeading depth={2} ref={headingRef} tabIndex={-1} className={styles.sectionTitle}>
        {stitchApp.sections.apiAccessTokens}
      </WidgetHeading>
      <p className={styles.muted}>
        {active} of {MAX_ACTIVE_TOKENS} active tokens. A token&rsquo;s value is shown only once,
        when it is generated; here you see its ID.
      </p>
      {tokens.length > 0 && (
        <div className={widgetStyles.scroll}>
          <table className={styles.table}>
            <caption className={widgetStyles.caption}>Tokens of {integration.displayName}</caption>
            <thead>
              <tr>
                <th scope="col">ID</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className={styles.visuallyHidden}>Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id} data-token-id={t.id}>
                  <th scope="row" id={`${idPrefix}-${t.id}`}>
                    {t.id}
                  </th>
                  <td>{formatTime(t.createdAt)}</td>
                  <td>{t.lastUsedAt === null ? 'Never' : formatTime(t.lastUsedAt)}</td>
                  <td>
                    {t.active ? 'Active' : `Revoked ${formatTime(t.revokedAt!)}`}
                    {t.id === appTokenId && (
                      <span className={styles.inUse}> · your application sends it</span>
                    )}
                  </td>
                  <td>
                    {t.active && (
                      <button
                        type="button"
                        className={styles.revoke}
                        aria-describedby={`${idPrefix}-${t.id}`}
                        onClick={() => setConfirming(t)}
                      >
                        {stitchApp.buttons.revoke}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className={styles.actionRow}>
        {/* Stays enabled (a disabled button is skipped by Tab and says nothing); the reason
            it would be refused is visible beside it and is its description. */}
        <button
          type="button"
          className="button button--sm button--primary"
          aria-describedby={blocked === null ? undefined : `${idPrefix}-limit`}
          onClick={generate}
        >
          {stitchApp.buttons.generateToken}
        </button>
        <p className={styles.error} aria-live="polite" data-testid="tokens-message">
          {message}
        </p>
      </div>
      {blocked !== null && (
        <p id={`${idPrefix}-limit`} className={styles.muted} data-testid="generate-limit">
          {blocked}
        </p>
      )}
      <RevokeDialog
        token={confirming}
        state={state}
        integration={integration}
        onCancel={() => setConfirming(null)}
        onConfirm={confirmRevoke}
        returnFocusTo={backToSection}
      />
    </section>
  );
}
