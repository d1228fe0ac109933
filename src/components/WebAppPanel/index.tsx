import {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {findIntegration, integrations, revealedSecret} from '@site/src/tokens';
import AddIntegration from './AddIntegration';
import Dashboard from './Dashboard';
import ImportForm from './ImportForm';
import IntegrationPage from './IntegrationPage';
import RevealDialog from './RevealDialog';
import {stitchApp} from '@site/src/data/ui-labels';
import {claimReveal, useShowsReveal} from './revealOwner';
import {resolveScreen, screenKey, type Screen, type WebAppView} from './screens';
import styles from './styles.module.css';

export type {WebAppView} from './screens';

/**
 * The simulated Stitch web app. `view`: `full` from the Dashboard, `generate` starts at Add
 * Integration, `revoke` at an integration's Settings tab.
 */
export default function WebAppPanel({
  sandbox,
  view = 'full',
}: {
  sandbox: SandboxKey;
  view?: WebAppView;
}): ReactNode {
  const {state, store} = useSandbox(sandbox);
  const panelId = useId();
  const [chosen, setChosen] = useState<Screen | null>(null);
  const screen = resolveScreen(chosen, view, state);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tokensHeading = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);
  const key = screenKey(screen);

  const ownsReveal = useShowsReveal(sandbox, panelId);

  // Focus follows the user's own navigation only, never the first render (no scroll jump).
  useEffect(() => {
    if (!navigated.current) return;
    navigated.current = false;
    headingRef.current?.focus();
  }, [key]);

  const go = (next: Screen) => {
    navigated.current = true;
    setChosen(next);
  };
  const claim = () => claimReveal(sandbox, panelId);
  // After a token window whose opener is gone (the first token: the form that saved it),
  // focus goes to the API Access Tokens section, where the next steps are.
  const backToScreen = useCallback(() => tokensHeading.current ?? headingRef.current, []);

  const reveal = revealedSecret(state);
  const revealName =
    reveal === null ? '' : (findIntegration(state, reveal.integrationId)?.displayName ?? '');

  let body: ReactNode;
  if (screen.kind === 'add') {
    body = <AddIntegration headingRef={headingRef} onPick={() => go({kind: 'import-form'})} />;
  } else if (screen.kind === 'import-form') {
    body = (
      <ImportForm
        headingRef={headingRef}
        onSave={(displayName, schemaName) => {
          claim();
          const outcome = store.dispatch({type: 'createIntegration', displayName, schemaName});
          if (outcome.ok && outcome.type === 'integrationCreated') {
            go({kind: 'integration', id: outcome.integration.id, tab: 'settings'});
          }
          return outcome;
        }}
      />
    );
  } else if (screen.kind === 'integration') {
    body = (
      <IntegrationPage
        integration={findIntegration(state, screen.id)!}
        tab={screen.tab}
        state={state}
        store={store}
        headingRef={headingRef}
        onTab={(tab) => go({...screen, tab})}
        onGenerate={claim}
        tokensHeadingRef={tokensHeading}
      />
    );
  } else {
    body = (
      <Dashboard
        list={integrations(state)}
        headingRef={headingRef}
        onAdd={() => go({kind: 'add'})}
        onOpen={(id) => go({kind: 'integration', id, tab: 'overview'})}
      />
    );
  }

  return (
    <>
      <div className={styles.app} data-screen={screen.kind}>
        <div className={styles.appBar}>
          <span className={styles.brand} aria-hidden="true">
            stitch
          </span>
          <button
            type="button"
            className={styles.appBarLink}
            aria-current={screen.kind === 'dashboard' ? 'page' : undefined}
            onClick={() => go({kind: 'dashboard'})}
          >
            {stitchApp.pages.dashboard}
          </button>
        </div>
        <div className={styles.screen}>{body}</div>
      </div>
      <RevealDialog
        reveal={reveal}
        open={reveal !== null && ownsReveal}
        integrationName={revealName}
        store={store}
        returnFocusTo={backToScreen}
      />
    </>
  );
}
