import {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import {useSandbox, type SandboxKey, type SandboxStore} from '@site/src/components/SandboxStore';
import {Button} from '@site/src/components/SandboxShell';
import SandboxDialog from '@site/src/components/SandboxDialog';
import {
  integrations,
  plural,
  revealedSecret,
  type IntegrationView,
  type SandboxState,
} from '@site/src/tokens';
import ImportForm from './ImportForm';
import IntegrationPage from './IntegrationPage';
import RevealBody from './RevealBody';
import {stitchApp} from '@site/src/data/ui-labels';
import {claimReveal, useShowsReveal} from './revealOwner';
import {resolveScreen, screenKey, type Screen, type WebAppView} from './screens';
import {FocusHeading, focusTarget} from './FocusHeading';
import styles from './styles.module.css';

/** The simulated Stitch web app, starting where `view` says (see WebAppView). */
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
  const screenRef = useRef<HTMLDivElement>(null);
  const navigated = useRef(false);
  const key = screenKey(screen);

  const ownsReveal = useShowsReveal(sandbox, panelId);

  // Focus follows the user's own navigation only, never the first render (no scroll jump).
  useEffect(() => {
    if (!navigated.current) return;
    navigated.current = false;
    focusTarget(screenRef.current, 'title')?.focus();
  }, [key]);

  const go = (next: Screen) => {
    navigated.current = true;
    setChosen(next);
  };
  const claim = () => claimReveal(sandbox, panelId);
  // When the token window's opener is gone, focus goes to the tokens section: the next step.
  const backToScreen = useCallback(
    () => focusTarget(screenRef.current, 'tokens') ?? focusTarget(screenRef.current, 'title'),
    [],
  );

  const reveal = revealedSecret(state);

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
        <div className={styles.screen} ref={screenRef}>
          <ScreenBody screen={screen} state={state} store={store} go={go} claim={claim} />
        </div>
      </div>
      <SandboxDialog
        open={reveal !== null && ownsReveal}
        title="Your new API access token"
        returnFocusTo={backToScreen}
      >
        {reveal !== null && (
          // Keyed by token: a new reveal starts with a fresh copy status.
          <RevealBody key={reveal.tokenId} reveal={reveal} state={state} store={store} />
        )}
      </SandboxDialog>
    </>
  );
}

/** The screen the panel is on: Dashboard, Add Integration, the Import API form or an integration. */
function ScreenBody({
  screen,
  state,
  store,
  go,
  claim,
}: {
  screen: Screen;
  state: SandboxState;
  store: SandboxStore;
  go: (next: Screen) => void;
  /** This panel shows the token window of what it is about to generate. */
  claim: () => void;
}): ReactNode {
  const list = integrations(state);
  const integration =
    screen.kind === 'integration' ? list.find((i) => i.id === screen.id) : undefined;
  // The integration picker, reduced to the one kind this sandbox is about.
  if (screen.kind === 'add')
    return (
      <>
        <FocusHeading mark="title">{stitchApp.buttons.addIntegration}</FocusHeading>
        <p className={styles.muted}>Choose the kind of integration to add.</p>
        <button type="button" className={styles.tile} onClick={() => go({kind: 'import-form'})}>
          <span aria-hidden="true" className={styles.tileIcon}>
            {'{ }'}
          </span>
          {stitchApp.integrations.importApi}
        </button>
      </>
    );
  if (screen.kind === 'import-form') {
    const save = (displayName: string, schemaName: string) => {
      claim();
      const outcome = store.dispatch({type: 'createIntegration', displayName, schemaName});
      if (outcome.ok && outcome.type === 'integrationCreated')
        go({kind: 'integration', id: outcome.integration.id, tab: 'settings'});
      return outcome;
    };
    return <ImportForm onSave={save} />;
  }
  if (screen.kind === 'integration' && integration !== undefined)
    return (
      <IntegrationPage
        integration={integration}
        tab={screen.tab}
        state={state}
        store={store}
        onTab={(tab) => go({...screen, tab})}
        onGenerate={claim}
      />
    );
  return <Dashboard list={list} go={go} />;
}

/** The Stitch Dashboard: the account's integrations and the way to add one. */
function Dashboard({
  list,
  go,
}: {
  list: readonly IntegrationView[];
  go: (next: Screen) => void;
}): ReactNode {
  return (
    <>
      <div className={styles.screenHead}>
        <FocusHeading mark="title">{stitchApp.pages.dashboard}</FocusHeading>
        <Button onClick={() => go({kind: 'add'})}>{stitchApp.buttons.addIntegration}</Button>
      </div>
      {list.length === 0 ? (
        <p className={styles.muted}>
          No integrations yet. Add an {stitchApp.integrations.importApi} integration to get its
          first access token.
        </p>
      ) : (
        <ul className={styles.cards}>
          {list.map((i) => (
            <li key={i.id} className={styles.card}>
              <Button
                kind="link"
                className={styles.cardLink}
                onClick={() => go({kind: 'integration', id: i.id, tab: 'overview'})}
              >
                {i.displayName}
              </Button>
              <span className={styles.muted}>
                {stitchApp.integrations.importApi} · schema <code>{i.schema}</code> ·{' '}
                {plural(i.activeTokens, 'active token')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
