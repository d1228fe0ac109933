import type {ReactNode} from 'react';
import {DataTable, WidgetHeading} from '@site/src/components/SandboxShell';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {destinationSummary, plural} from '@site/src/tokens';
import styles from './styles.module.css';

const COLUMNS = [
  {key: 'table', label: 'Table', rowHeader: true},
  {key: 'rows', label: 'Rows'},
] as const;

/** Every integration's schema (an empty one visibly untouched) and its tables' row counts. */
export default function DestinationPanel({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {state} = useSandbox(sandbox);
  const cards = destinationSummary(state);
  return cards.length === 0 ? (
    <p className={styles.text}>No schemas yet: add an integration first.</p>
  ) : (
    <ul className={styles.schemas}>
      {cards.map((c) => (
        <li key={c.schema} className={styles.schema} data-schema={c.schema}>
          <WidgetHeading depth={1} className={styles.schemaTitle}>
            <code>{c.schema}</code>
          </WidgetHeading>
          <p className={styles.text}>
            Integration: {c.displayName}
            {c.appWritesHere && (
              <strong className={styles.here}> · your application&rsquo;s token writes here</strong>
            )}
          </p>
          <DataTable
            caption={`Tables in ${c.schema}`}
            columns={COLUMNS}
            rows={c.tables.map((t) => ({
              key: t.table,
              data: {table: t.table},
              cells: {
                table: <span className={styles.tableName}>{t.table}</span>,
                rows: <span data-testid="row-count">{t.rowCount}</span>,
              },
            }))}
          />
          <p className={styles.total}>{plural(c.rows, 'row')} in total</p>
        </li>
      ))}
    </ul>
  );
}
