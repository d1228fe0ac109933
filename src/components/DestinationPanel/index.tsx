import type {ReactNode} from 'react';
import {WidgetHeading, plural, widgetStyles} from '@site/src/components/SandboxShell';
import WidgetFrame, {type WidgetProps} from '@site/src/components/WidgetFrame';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {
  appView,
  destinationSummary,
  integrations,
  schemaRowTotals,
  type SandboxState,
  type SchemaSummary,
} from '@site/src/tokens';
import styles from './styles.module.css';
import {sandboxLabels} from '@site/src/data/sandbox-labels';

export default function DestinationPanel({
  title = sandboxLabels.panels.destination,
  ...props
}: WidgetProps): ReactNode {
  return (
    <WidgetFrame
      {...props}
      title={title}
      minHeight="12rem"
      label="Destination (simulated)"
      intro="Each integration loads into its own schema. A token writes only to the schema of the integration it belongs to."
    >
      <Destination sandbox={props.sandbox} />
    </WidgetFrame>
  );
}

interface SchemaCard {
  schema: string;
  owner: string | null;
  /** The application's current, active token writes here. */
  appWritesHere: boolean;
  tables: SchemaSummary['tables'];
  /** Rows in the schema, all tables together (the core's count). */
  rows: number;
}

/** Every integration's schema, with data or not, so an empty one is visibly untouched. */
function schemaCards(state: SandboxState): SchemaCard[] {
  const data = new Map(destinationSummary(state, 0).map((s) => [s.schema, s.tables]));
  const token = appView(state).token;
  const appIntegration = token.kind === 'valid' ? token.integrationId : null;
  const totals = new Map(schemaRowTotals(state).map((t) => [t.schema, t.rows]));
  const cards: SchemaCard[] = integrations(state).map((i) => ({
    schema: i.schema,
    owner: i.displayName,
    appWritesHere: i.id === appIntegration,
    tables: data.get(i.schema) ?? [],
    rows: totals.get(i.schema) ?? 0,
  }));
  for (const [schema, tables] of data) {
    if (!cards.some((c) => c.schema === schema)) {
      // A schema no integration owns has no core total: add up its tables' counts.
      const rows = tables.reduce((n, t) => n + t.rowCount, 0);
      cards.push({schema, owner: null, appWritesHere: false, tables, rows});
    }
  }
  return cards;
}

function Destination({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {state} = useSandbox(sandbox);
  const cards = schemaCards(state);
  return (
    <>
      {cards.length === 0 ? (
        <p className={styles.text}>No schemas yet: add an integration first.</p>
      ) : (
        <ul className={styles.schemas}>
          {cards.map((c) => (
            <li key={c.schema} className={styles.schema} data-schema={c.schema}>
              <WidgetHeading depth={1} className={styles.schemaTitle}>
                <code>{c.schema}</code>
              </WidgetHeading>
              <p className={styles.text}>
                {c.owner === null ? 'No integration' : `Integration: ${c.owner}`}
                {c.appWritesHere && (
                  <strong className={styles.here}>
                    {' '}
                    · your application&rsquo;s token writes here
                  </strong>
                )}
              </p>
              {c.tables.length === 0 ? (
                <p className={styles.text}>No tables yet.</p>
              ) : (
                <table className={styles.table}>
                  <caption className={widgetStyles.caption}>Tables in {c.schema}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Table</th>
                      <th scope="col">Rows</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.tables.map((t) => (
                      <tr key={t.table} data-table={t.table}>
                        <th scope="row">{t.table}</th>
                        <td data-testid="row-count">{t.rowCount}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <p className={styles.total}>{plural(c.rows, 'row')} in total</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
