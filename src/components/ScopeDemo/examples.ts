import {
  findIntegration,
  integrations,
  schemaNameOf,
  schemaRowTotals,
  EXAMPLE_NAMES,
  type LogEntry,
  type SandboxState,
} from '@site/src/tokens';

/** The guide's example integrations, and the table each one's pushes go to. */
export const EXAMPLES = [
  {name: EXAMPLE_NAMES.first, table: 'customers'},
  {name: EXAMPLE_NAMES.second, table: 'orders'},
] as const;
/** Records in one push. */
export const RECORDS = 3;

export function exampleRows(state: SandboxState) {
  const all = integrations(state);
  const rows = new Map(schemaRowTotals(state).map((t) => [t.schema, t.rows]));
  return EXAMPLES.map((ex) => {
    const schema = schemaNameOf(ex.name).schema;
    const found = all.find((i) => i.schema === schema) ?? null;
    return {...ex, schema, integration: found, rows: rows.get(schema) ?? 0};
  });
}

export type Example = ReturnType<typeof exampleRows>[number];

/** The schema a request grew: an accepted push's, else none. */
export function grownSchema(state: SandboxState, e: LogEntry | undefined): string | null {
  if (e === undefined || e.kind !== 'push' || e.status !== 201) return null;
  return findIntegration(state, e.integrationId ?? -1)?.schema ?? null;
}

/** What the reader's last request did, read from the log: never ahead of what happened. */
export function describe(state: SandboxState, e: LogEntry): string {
  // Creating, generating and revoking are said as they are; only a push names schemas.
  if (e.kind !== 'push')
    return e.status < 300 ? `${e.outcome}.` : `Refused (${e.status}): ${e.outcome}`;
  if (e.status !== 201) return `Push refused (${e.status}): ${e.outcome}.`;
  const schema = grownSchema(state, e);
  const others = exampleRows(state)
    .filter((r) => r.schema !== schema)
    .map((r) => `${r.schema} unchanged (${r.rows} rows)`);
  return `Pushed ${RECORDS} records with token ${String(e.tokenId)}: only ${schema} grew. ${others.join('; ')}.`;
}
