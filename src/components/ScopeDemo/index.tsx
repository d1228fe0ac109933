import {useState, type ReactNode} from 'react';
import {Button, DataTable, widgetStyles as w} from '@site/src/components/SandboxShell';
import {useSandbox, type SandboxKey, type SandboxStore} from '@site/src/components/SandboxStore';
import {accessTokenOf, buildRequest} from '@site/src/components/ConnectConsole/endpoints';
import {
  accountClientId,
  activeTokens,
  findIntegration,
  integrations,
  IMPORT_ROUTES,
  requestLog,
  MAX_ACTIVE_TOKENS,
  schemaNameOf,
  schemaRowTotals,
  EXAMPLE_NAMES,
  type LogEntry,
  type SandboxState,
} from '@site/src/tokens';
import styles from './styles.module.css';

/** The guide's example integrations, and the table each one's pushes go to. */
const EXAMPLES = [
  {name: EXAMPLE_NAMES.first, table: 'customers'},
  {name: EXAMPLE_NAMES.second, table: 'orders'},
] as const;
/** Records in one push. */
const RECORDS = 3;

function exampleRows(state: SandboxState) {
  const all = integrations(state);
  const rows = new Map(schemaRowTotals(state).map((t) => [t.schema, t.rows]));
  return EXAMPLES.map((ex) => {
    const schema = schemaNameOf(ex.name).schema;
    const found = all.find((i) => i.schema === schema) ?? null;
    return {...ex, schema, integration: found, rows: rows.get(schema) ?? 0};
  });
}

type Example = ReturnType<typeof exampleRows>[number];

/** The schema a request grew: an accepted push's, else none. */
function grownSchema(state: SandboxState, e: LogEntry | undefined): string | null {
  if (e === undefined || e.kind !== 'push' || e.status !== 201) return null;
  return findIntegration(state, e.integrationId ?? -1)?.schema ?? null;
}

/** What the reader's last request did, read from the log: never ahead of what happened. */
function describe(state: SandboxState, e: LogEntry): string {
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

/** Runs requests, keeping any token values they got; the last request's log entry is said. */
type Act = (fn: () => Readonly<Record<number, string>> | void) => void;

const COLUMNS = [
  {key: 'name', label: 'Integration', rowHeader: true},
  {key: 'schema', label: 'Schema'},
  {key: 'tokens', label: 'Active tokens'},
  {key: 'rows', label: 'Rows'},
  {key: 'actions', label: 'Actions'},
] as const;

/** A new token for an integration, through the Connect API, as an application would get one. */
function newToken(store: SandboxStore, integrationId: number): Record<number, string> {
  const token = accessTokenOf(
    store.request(buildRequest('generate', {source: String(integrationId), token: ''})),
  );
  return token === null ? {} : {[integrationId]: token};
}

/** A push of the demo's records to an example's table, with a token value. */
function push(store: SandboxStore, state: SandboxState, ex: Example, secret: string): void {
  store.request({
    method: 'POST',
    path: IMPORT_ROUTES.push,
    headers: {Authorization: `Bearer ${secret}`},
    body: Array.from({length: RECORDS}, (_, n) => ({
      client_id: accountClientId(state),
      table_name: ex.table,
      action: 'upsert',
      key_names: ['n'],
      data: {n, source: 'scope demo'},
    })),
  });
}

/**
 * A push changes only its token's schema, and a third token is refused; token values stay in
 * memory, as in an application, so after a reload the demo asks for new ones.
 */
export default function ScopeDemo({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {state, store} = useSandbox(sandbox);
  const [secrets, setSecrets] = useState<Readonly<Record<number, string>>>({});
  const [mine, setMine] = useState<number | null>(null);
  const rows = exampleRows(state);
  const last = mine === null ? undefined : requestLog(state).find((e) => e.seq === mine);
  const secretOf = (r: Example) => (r.integration === null ? undefined : secrets[r.integration.id]);
  const missing = rows.filter((r) => secretOf(r) === undefined);

  const act: Act = (fn) => {
    const got = fn();
    if (got) setSecrets((s) => ({...s, ...got}));
    setMine(store.getSnapshot().state.nextLogSeq - 1);
  };
  const getTokens = () =>
    act(() => {
      const got: Record<number, string> = {};
      for (const ex of missing) {
        if (ex.integration !== null) {
          Object.assign(got, newToken(store, ex.integration.id));
          continue;
        }
        const out = store.dispatch({type: 'createIntegration', displayName: ex.name});
        if (!out.ok || out.type !== 'integrationCreated') continue;
        got[out.integration.id] = out.secret;
        // The demo keeps this token itself: close the reveal so no web-app dialog opens.
        store.dispatch({type: 'acknowledgeReveal'});
      }
      return got;
    });

  const grown = grownSchema(state, last);
  const tableRows = rows.map((r) =>
    tableRow(r, {state, store, act, secret: secretOf(r), grew: grown === r.schema}),
  );

  return (
    <div className={styles.demo}>
      <p className={styles.intro}>
        Two integrations, one token each. Push with one token and watch which schema changes; then
        try to give an integration a third active token.
      </p>
      <DataTable caption="The demo’s integrations" columns={COLUMNS} rows={tableRows} />
      {missing.some((r) => r.integration !== null) && (
        <p className={w.hint}>
          Token values are never saved (Stitch shows a token once), so after a reload the demo needs
          new ones.
        </p>
      )}
      <div className={w.actions}>
        {missing.length > 0 && (
          <Button onClick={getTokens}>
            {missing.some((r) => r.integration === null)
              ? `Create ${EXAMPLES.map((e) => e.name).join(' and ')}`
              : 'Get a new token for each integration'}
          </Button>
        )}
        <Button kind="outline" onClick={() => store.reset()}>
          Reset the demo
        </Button>
      </div>
      <p role="status" className={styles.message}>
        {last === undefined ? '' : describe(state, last)}
      </p>
    </div>
  );
}

interface RowContext {
  state: SandboxState;
  store: SandboxStore;
  act: Act;
  secret: string | undefined;
  /** The reader's last request grew this example's schema. */
  grew: boolean;
}

/** One example's row: its schema, tokens, rows, and Push, Generate and Revoke the oldest. */
function tableRow(r: Example, {state, store, act, secret, grew}: RowContext) {
  const id = r.integration?.id;
  const oldest = id === undefined ? undefined : activeTokens(state, id)[0];
  const revoke = (integrationId: number, tokenId: number) =>
    void store.request(
      buildRequest('revoke', {source: String(integrationId), token: String(tokenId)}),
    );
  return {
    key: r.schema,
    data: {schema: r.schema},
    cells: {
      name: r.name,
      schema: <code>{r.schema}</code>,
      tokens:
        r.integration === null
          ? 'not created'
          : `${r.integration.activeTokens} of ${MAX_ACTIVE_TOKENS}`,
      rows: (
        <>
          {r.rows}
          {grew && <strong className={styles.badge}> (grew)</strong>}
        </>
      ),
      actions: id !== undefined && (
        <div className={w.actions}>
          {secret !== undefined && (
            <Button onClick={() => act(() => push(store, state, r, secret))}>
              Push with the {r.name} token
            </Button>
          )}
          <Button kind="outline" onClick={() => act(() => newToken(store, id))}>
            Generate a token
          </Button>
          {oldest !== undefined && (
            <Button kind="danger" onClick={() => act(() => revoke(id, oldest.id))}>
              Revoke the oldest
            </Button>
          )}
        </div>
      ),
    },
  };
}
