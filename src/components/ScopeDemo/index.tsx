import {useState, type ReactNode} from 'react';
import {DataTable, widgetStyles as w} from '@site/src/components/SandboxShell';
import {useSandbox, type SandboxKey, type SandboxStore} from '@site/src/components/SandboxStore';
import {
  accountClientId,
  activeTokens,
  findIntegration,
  integrations,
  requestLog,
  schemaNameOf,
  schemaRowTotals,
  EXAMPLE_NAMES,
  MAX_ACTIVE_TOKENS,
  PUSH_ACTION,
  type LogEntry,
  type SandboxState,
} from '@site/src/tokens';
import styles from './styles.module.css';

/** The guide's example integrations, and the table each one's pushes go to. */
const EXAMPLES = [
  {name: EXAMPLE_NAMES.first, table: 'customers'},
  {name: EXAMPLE_NAMES.second, table: 'orders'},
] as const;
const RECORDS = 3;
const CONNECT = {Authorization: 'Bearer sandbox-placeholder-connect-token'};

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
  if (e === undefined || !e.action.startsWith(PUSH_ACTION) || e.status !== 201) return null;
  return findIntegration(state, e.integrationId ?? -1)?.schema ?? null;
}

/** What the reader's last request did, read from the log: never ahead of what happened. */
function describe(state: SandboxState, e: LogEntry): string {
  // Creating, generating and revoking are said as they are; only a push names schemas.
  if (!e.action.startsWith(PUSH_ACTION))
    return e.status < 300 ? `${e.outcome}.` : `Refused (${e.status}): ${e.outcome}`;
  if (e.status !== 201) return `Push refused (${e.status}): ${e.outcome}.`;
  const schema = grownSchema(state, e);
  const others = exampleRows(state)
    .filter((r) => r.schema !== schema)
    .map((r) => `${r.schema} unchanged (${r.rows} rows)`);
  return `Pushed ${RECORDS} records with token ${String(e.tokenId)}: only ${schema} grew. ${others.join('; ')}.`;
}

/**
 * Tokens are scoped: a push with one integration's token changes only that integration's
 * schema, and a third active token is refused. The demo holds the token values it generated
 * in memory, as an application would; they are never saved, so after a reload it asks for
 * new ones. It can always go forward: Revoke and Reset are here too.
 */
function Demo({store, state}: {store: SandboxStore; state: SandboxState}): ReactNode {
  const [secrets, setSecrets] = useState<Record<number, string>>({});
  const [mine, setMine] = useState<number | null>(null);
  const rows = exampleRows(state);
  const last = mine === null ? undefined : requestLog(state).find((e) => e.seq === mine);
  const changed = grownSchema(state, last);
  const missing = rows.filter(
    (r) => r.integration === null || secrets[r.integration.id] === undefined,
  );
  const forgotten = rows.some(
    (r) => r.integration !== null && secrets[r.integration.id] === undefined,
  );

  /** Runs requests through the Connect and Import doors; the last one's log entry is said. */
  const act = (fn: () => void) => {
    fn();
    setMine(store.getSnapshot().state.nextLogSeq - 1);
  };

  const getTokens = () =>
    act(() => {
      const got = {...secrets};
      for (const ex of missing) {
        if (ex.integration === null) {
          const out = store.dispatch({type: 'createIntegration', displayName: ex.name});
          if (out.ok && out.type === 'integrationCreated') {
            got[out.integration.id] = out.secret;
            // The demo keeps this token itself: close the reveal so no web-app dialog opens.
            store.dispatch({type: 'acknowledgeReveal'});
          }
          continue;
        }
        const res = store.request({
          method: 'POST',
          path: `/v4/sources/${ex.integration.id}/tokens`,
          headers: CONNECT,
        });
        const body = res.body as {access_token?: string};
        if (res.status === 200 && typeof body.access_token === 'string')
          got[ex.integration.id] = body.access_token;
      }
      setSecrets(got);
    });

  const push = (ex: Example) => {
    const secret = ex.integration === null ? undefined : secrets[ex.integration.id];
    if (secret === undefined) return;
    act(() =>
      store.request({
        method: 'POST',
        path: '/v2/import/push',
        headers: {Authorization: `Bearer ${secret}`},
        body: Array.from({length: RECORDS}, (_, n) => ({
          client_id: accountClientId(state),
          table_name: ex.table,
          action: 'upsert',
          key_names: ['n'],
          data: {n, source: 'scope demo'},
        })),
      }),
    );
  };

  const generate = (ex: Example) =>
    ex.integration !== null &&
    act(() => {
      const res = store.request({
        method: 'POST',
        path: `/v4/sources/${ex.integration!.id}/tokens`,
        headers: CONNECT,
      });
      const body = res.body as {id?: number; access_token?: string};
      if (res.status === 200 && typeof body.access_token === 'string')
        setSecrets((s) => ({...s, [ex.integration!.id]: body.access_token!}));
    });

  const revokeOldest = (ex: Example) => {
    const oldest = ex.integration === null ? undefined : activeTokens(state, ex.integration.id)[0];
    if (ex.integration === null || oldest === undefined) return;
    act(() =>
      store.request({
        method: 'DELETE',
        path: `/v4/sources/${ex.integration!.id}/tokens/${oldest.id}`,
        headers: CONNECT,
      }),
    );
  };

  const tableRows = rows.map((r) => {
    const count = r.integration === null ? 0 : activeTokens(state, r.integration.id).length;
    const has = r.integration !== null && secrets[r.integration.id] !== undefined;
    return {
      key: r.schema,
      data: {schema: r.schema},
      cells: {
        name: r.name,
        schema: <code>{r.schema}</code>,
        tokens: r.integration === null ? 'not created' : `${count} of ${MAX_ACTIVE_TOKENS}`,
        rows: (
          <>
            {r.rows}
            {changed === r.schema && <strong className={styles.badge}> (grew)</strong>}
          </>
        ),
        actions: r.integration !== null && (
          <div className={w.actions}>
            {has && (
              <button type="button" className="button button--primary" onClick={() => push(r)}>
                Push with the {r.name} token
              </button>
            )}
            <button
              type="button"
              className="button button--outline button--primary"
              onClick={() => generate(r)}
            >
              Generate a token
            </button>
            {count > 0 && (
              <button
                type="button"
                className={`button button--outline ${w.dangerButton}`}
                onClick={() => revokeOldest(r)}
              >
                Revoke the oldest
              </button>
            )}
          </div>
        ),
      },
    };
  });

  return (
    <div className={styles.demo}>
      <p className={styles.intro}>
        Two integrations, one token each. Push with one token and watch which schema changes; then
        try to give an integration a third active token.
      </p>
      <DataTable
        caption="The demo’s integrations"
        columns={[
          {key: 'name', label: 'Integration', rowHeader: true},
          {key: 'schema', label: 'Schema'},
          {key: 'tokens', label: 'Active tokens'},
          {key: 'rows', label: 'Rows'},
          {key: 'actions', label: 'Actions'},
        ]}
        rows={tableRows}
      />
      {forgotten && (
        <p className={w.hint}>
          Token values are never saved (Stitch shows a token once), so after a reload the demo needs
          new ones.
        </p>
      )}
      <div className={w.actions}>
        {missing.length > 0 && (
          <button type="button" className="button button--primary" onClick={getTokens}>
            {rows.some((r) => r.integration === null)
              ? `Create ${EXAMPLES.map((e) => e.name).join(' and ')}`
              : 'Get a new token for each integration'}
          </button>
        )}
        <button
          type="button"
          className="button button--outline button--primary"
          onClick={() => store.reset()}
        >
          Reset the demo
        </button>
      </div>
      <p role="status" className={styles.message}>
        {last === undefined ? '' : describe(state, last)}
      </p>
    </div>
  );
}

export default function ScopeDemo({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {store, state} = useSandbox(sandbox);
  return <Demo store={store} state={state} />;
}
