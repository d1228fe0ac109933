import type {ReactNode} from 'react';
import {Button} from '@site/src/components/SandboxShell';
import {plural, type IntegrationView} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import {FocusHeading} from './FocusHeading';
import styles from './styles.module.css';

/** The Stitch Dashboard: the account's integrations and the way to add one. */
export default function Dashboard({
  list,
  onAdd,
  onOpen,
}: {
  list: readonly IntegrationView[];
  onAdd: () => void;
  onOpen: (id: number) => void;
}): ReactNode {
  return (
    <>
      <div className={styles.screenHead}>
        <FocusHeading mark="title">{stitchApp.pages.dashboard}</FocusHeading>
        <Button onClick={onAdd}>{stitchApp.buttons.addIntegration}</Button>
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
              <Button kind="link" className={styles.cardLink} onClick={() => onOpen(i.id)}>
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
