import {useId, type ReactNode} from 'react';
import {stitchApp} from '@site/src/data/ui-labels';
import {tokenAction, type TokenAction} from '@site/src/data/token-actions';
import styles from './styles.module.css';

/* The web-app screenshot redrawn in HTML: the widget's stand-in, and all a no-JS reader sees. */

const {pages, buttons, fields, tabs, sections, integrations} = stitchApp;

const text = {
  generate: {
    title: 'Picture: generating an Import API access token in the Stitch web app',
    description: `An Import API integration named "Customer Records", with destination schema customer_records, after "${buttons.saveAndGenerateToken}" was clicked. The new access token is shown once, with a reminder to copy it before clicking "${buttons.closeAndContinue}".`,
    caption: `After ${buttons.saveAndGenerateToken}: the token is shown once.`,
    breadcrumb: `${pages.dashboard} › ${buttons.addIntegration} › ${integrations.importApi}`,
  },
  revoke: {
    title: 'Picture: revoking an Import API access token in the Stitch web app',
    description: `The ${tabs.settings} tab of an Import API integration's ${pages.integrationDetails} page. Its ${sections.apiAccessTokens} section lists two tokens, the older one created 2021-08-12 and its replacement created 2021-08-19, each with a "${buttons.revoke}" button; the older token's button is highlighted.`,
    caption: `${sections.apiAccessTokens}: revoke the old token once its replacement is in use.`,
    breadcrumb: `${pages.dashboard} › Customer Records › ${pages.integrationDetails}`,
  },
} satisfies Record<TokenAction, Record<'title' | 'description' | 'caption' | 'breadcrumb', string>>;

function GeneratePanel(): ReactNode {
  return (
    <div className={styles.columns}>
      <div>
        <p className={styles.heading}>{integrations.importApi}</p>
        <p className={styles.label}>{fields.integrationName}</p>
        <p className={styles.field}>Customer Records</p>
        <p className={styles.label}>Destination schema: customer_records</p>
        <span className={styles.primary}>{buttons.saveAndGenerateToken}</span>
      </div>
      <div className={styles.reveal}>
        <p className={styles.heading}>Your API access token</p>
        <p className={`${styles.field} ${styles.mono}`}>a1b2c3… (shown once)</p>
        <p>Copy it now: Stitch shows the token only this once.</p>
        <span className={styles.secondary}>{buttons.closeAndContinue}</span>
      </div>
    </div>
  );
}

const TOKENS = [
  {id: 828705046, created: '2021-08-12', note: 'original'},
  {id: 828792559, created: '2021-08-19', note: 'replacement'},
];

function RevokePanel(): ReactNode {
  return (
    <>
      <p className={styles.tabs}>
        <span>Overview</span> <span className={styles.tab}>{tabs.settings}</span>
      </p>
      <p className={styles.heading}>{pages.integrationSettings}</p>
      <p className={styles.section}>{sections.apiAccessTokens}</p>
      {TOKENS.map((t, i) => (
        <div key={t.id} className={styles.token}>
          <p>
            <span className={styles.mono}>Token {t.id}</span>
            <br />
            <span className={styles.label}>
              Created {t.created} ({t.note})
            </span>
          </p>
          <span className={i === 0 ? `${styles.danger} ${styles.marked}` : styles.danger}>
            {buttons.revoke}
          </span>
        </div>
      ))}
    </>
  );
}

export default function WebAppPanelPicture({type}: {type: TokenAction}): ReactNode {
  const action = tokenAction(type);
  const id = useId();
  const copy = text[action];
  return (
    <figure className={styles.figure}>
      <div
        className={styles.picture}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <span id={`${id}-title`} hidden>
          {copy.title}
        </span>
        <span id={`${id}-desc`} hidden>
          {copy.description}
        </span>
        <div className={styles.bar} aria-hidden="true">
          <strong>Stitch</strong> <span>{copy.breadcrumb}</span>
        </div>
        <div className={styles.screen} aria-hidden="true">
          {action === 'generate' ? <GeneratePanel /> : <RevokePanel />}
        </div>
      </div>
      <figcaption className={styles.caption}>{copy.caption}</figcaption>
    </figure>
  );
}
