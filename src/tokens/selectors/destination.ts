/** What the destination holds: schemas, tables, row counts and the newest rows. */
import {own, schemaRows} from '../destination';
import type {Integration, SandboxState} from '../model';
import {sendsValidTo} from '../ops/app';

/** Stitch's log of records the destination refused: every integration schema has one. */
const REJECTED_TABLE = '_sdc_rejected';

const rowTotal = (s: SandboxState, i: Integration) => ({
  schema: i.schema,
  integrationId: i.id,
  /** Rows loaded into the schema, all tables together. */
  rows: schemaRows(s.destination, i.schema),
});

/** Every integration's schema, with data or not, so an empty one is visibly untouched. */
export function destinationSummary(s: SandboxState) {
  return s.integrations.map((i) => {
    const tables = Object.entries(own(s.destination, i.schema) ?? {}).map(([table, t]) => ({
      table,
      rowCount: t.total,
      /** The newest rows that came with data (at most RECENT_ROWS), oldest first. */
      recent: t.recent,
    }));
    if (!tables.some((t) => t.table === REJECTED_TABLE))
      tables.push({table: REJECTED_TABLE, rowCount: 0, recent: []});
    return {
      ...rowTotal(s, i),
      displayName: i.displayName,
      /** Tables in the order they were created, then `_sdc_rejected`. */
      tables,
      /** The application's token is active and of this integration: its pushes land here. */
      appWritesHere: sendsValidTo(s, i.id),
    };
  });
}

/** Loaded rows per schema, one entry per integration (0 before any load), in integration order. */
export function schemaRowTotals(s: SandboxState) {
  return s.integrations.map((i) => rowTotal(s, i));
}
