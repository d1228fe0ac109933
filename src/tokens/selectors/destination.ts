/** What the destination holds: schemas, tables, row counts and the newest rows. */
import {own, schemaRows} from '../destination';
import type {Row, SandboxState} from '../model';
import {sendsValidTo} from '../ops/app';

/** Stitch's log of records the destination refused: every integration schema has one. */
const REJECTED_TABLE = '_sdc_rejected';

export interface TableSummary {
  readonly table: string;
  readonly rowCount: number;
  /** The newest rows that came with data (at most RECENT_ROWS), oldest first. */
  readonly recent: readonly Row[];
}

export interface SchemaRowTotal {
  readonly schema: string;
  readonly integrationId: number;
  /** Rows loaded into the schema, all tables together. */
  readonly rows: number;
}

export interface SchemaSummary extends SchemaRowTotal {
  readonly displayName: string;
  /** Tables in the order they were created, then `_sdc_rejected`. */
  readonly tables: readonly TableSummary[];
  /** The application's token is active and of this integration: its pushes land here. */
  readonly appWritesHere: boolean;
}

/** Every integration's schema, with data or not, so an empty one is visibly untouched. */
export function destinationSummary(s: SandboxState): SchemaSummary[] {
  return s.integrations.map((i) => {
    const tables = Object.entries(own(s.destination, i.schema) ?? {}).map(([table, t]) => ({
      table,
      rowCount: t.total,
      recent: t.recent,
    }));
    if (!tables.some((t) => t.table === REJECTED_TABLE))
      tables.push({table: REJECTED_TABLE, rowCount: 0, recent: []});
    return {
      schema: i.schema,
      integrationId: i.id,
      displayName: i.displayName,
      rows: schemaRows(s.destination, i.schema),
      tables,
      appWritesHere: sendsValidTo(s, i.id),
    };
  });
}

/** Loaded rows per schema, one entry per integration (0 before any load), in integration order. */
export function schemaRowTotals(s: SandboxState): SchemaRowTotal[] {
  return s.integrations.map((i) => ({
    schema: i.schema,
    integrationId: i.id,
    rows: schemaRows(s.destination, i.schema),
  }));
}
