import type {ComponentProps, ReactNode} from 'react';
import {formatDateTime} from '@site/src/components/SandboxShell';
import {useLandmarkName} from '@site/src/components/SandboxShell/context';
import {plural} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import TokensSection from './TokensSection';
import {FocusHeading} from './FocusHeading';
import styles from './styles.module.css';

type Tab = 'overview' | 'settings';

/** Integration Details, with its tabs as buttons (each reachable with Tab alone). */
export default function IntegrationPage({
  tab,
  onTab,
  ...section
}: ComponentProps<typeof TokensSection> & {
  tab: Tab;
  onTab: (tab: Tab) => void;
}): ReactNode {
  const {integration} = section;
  const navName = useLandmarkName(stitchApp.pages.integrationDetails);
  const tabs: [Tab, string][] = [
    // The sandbox's stand-in for the Integration Details page's first tab: not a Stitch label.
    ['overview', 'Overview'],
    ['settings', stitchApp.tabs.settings],
  ];
  return (
    <>
      <p className={styles.eyebrow}>{stitchApp.pages.integrationDetails}</p>
      <FocusHeading mark="title">{integration.displayName}</FocusHeading>
      <nav aria-label={navName} className={styles.tabs}>
        {tabs.map(([key, label]) => (
          <button
            key={key}
            type="button"
            className={styles.tab}
            aria-current={tab === key ? 'page' : undefined}
            onClick={() => onTab(key)}
          >
            {label}
          </button>
        ))}
      </nav>
      {tab === 'overview' ? (
        <dl className={styles.facts}>
          <dt>Destination schema</dt>
          <dd>
            <code>{integration.schema}</code>
          </dd>
          <dt>Source ID</dt>
          <dd>{integration.id}</dd>
          <dt>Client ID</dt>
          <dd>{integration.stitchClientId}</dd>
          <dt>Created</dt>
          <dd>{formatDateTime(integration.createdAt)}</dd>
          <dt>Access tokens</dt>
          <dd>{plural(integration.activeTokens, 'active token')}</dd>
        </dl>
      ) : (
        <TokensSection {...section} />
      )}
    </>
  );
}
