import type {ReactNode} from 'react';
import styles from './widgets.module.css';

export interface Column {
  readonly key: string;
  readonly label: string;
  /** Shown only to screen readers in the header (an actions column). */
  readonly hiddenLabel?: boolean;
  /** This column names the row (`<th scope="row">`). */
  readonly rowHeader?: boolean;
}

export interface TableRow {
  readonly key: string | number;
  readonly cells: Readonly<Record<string, ReactNode>>;
  /** data-* attributes for the row (tests and styling). */
  readonly data?: Readonly<Record<string, string | number>>;
}

/** A table whose rows stack into cards in a narrow panel; explicit roles survive display: block. */
export default function DataTable({
  caption,
  columns,
  rows,
  className,
}: {
  caption: ReactNode;
  columns: readonly Column[];
  rows: readonly TableRow[];
  className?: string;
}): ReactNode {
  return (
    <div className={styles.reflow}>
      <table role="table" className={className ? `${styles.table} ${className}` : styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((c) => (
              <th key={c.key} role="columnheader" scope="col">
                {c.hiddenLabel ? <span className={styles.visuallyHidden}>{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((r) => (
            <tr
              key={r.key}
              role="row"
              {...Object.fromEntries(
                Object.entries(r.data ?? {}).map(([k, v]) => [`data-${k}`, v]),
              )}
            >
              {columns.map((c) => {
                // Shown before the value when the rows stack (CSS generated content, so the
                // cell's text stays its value).
                const label = c.hiddenLabel ? undefined : c.label;
                return c.rowHeader ? (
                  <th key={c.key} role="rowheader" scope="row" data-label={label}>
                    {r.cells[c.key]}
                  </th>
                ) : (
                  <td key={c.key} role="cell" data-label={label}>
                    {r.cells[c.key]}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
