import {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {useSandbox, type SandboxKey, type SandboxStore} from '@site/src/components/SandboxStore';
import WidgetFrame, {type WidgetProps} from '@site/src/components/WidgetFrame';
import {scopeDemoFrame} from '@site/src/components/widgetFrames';
import {
  accountClientId,
  activeTokens,
  canGenerate,
  integrations,
  revealedSecret,
  schemaRowTotals,
  schemaNameOf,
  MAX_ACTIVE_TOKENS,
  type SandboxState,
} from '@site/src/tokens';
import styles from './styles.module.css';

/** The guide's example integrations, and the table each one's pushes go to. */
const EXAMPLES = [
  {name: 'Customer Records', table: 'customers'},
  {name: 'Orders', table: 'orders'},
] as const;
const RECORDS = 3;

/** Rows per schema, as the core counts them. */
function rowsBySchema(state: SandboxState): Map<string, number> {
  return new Map(schemaRowTotals(state).map((t) => [t.schema, t.rows]));
}

function exampleRows(state: SandboxState) {
  const all = integrations(state);
  const rows = rowsBySchema(state);
  return EXAMPLES.map((ex) => {
    const schema = schemaNameOf(ex.name).schema;
    const found = all.find((i) => i.schema === schema) ?? null;
    return {...ex, schema, integration: found, rows: rows.get(schema) ?? 0};
  });
}

const errorMessage = (body: unknown) =>
  (body as {error?: {message?: string}} | null)?.error?.message ?? 'The request was refused.';

/**
 * Tokens are scoped: a push with one integration's token changes only that integration's
 * schema, and a third active token is refused. The demo holds the tokens it generated in
 * memory, as an application would; they are never saved.
 */
function Demo({store, state}: {store: SandboxStore; state: SandboxState}): ReactNode {
  const [secrets, setSecrets] = useState<Record<number, string>>({});
  const [message, setMessage] = useState('');
  const [changed, setChanged] = useState<string | null>(null);
  const rows = exampleRows(state);
  const ready = rows.every(
    (r) => r.integration !== null && secrets[r.integration.id] !== undefined,
  );

  const setUp = () => {
    const got: Record<number, string> = {...secrets};
    const notes: string[] = [];
    for (const ex of rows) {
      if (ex.integration !== null && got[ex.integration.id] !== undefined) continue;
      if (ex.integration === null) {
        const out = store.dispatch({type: 'createIntegration', displayName: ex.name});
        if (!out.ok || out.type !== 'integrationCreated') {
          notes.push(out.ok ? `${ex.name} could not be created.` : out.reason);
          continue;
        }
        got[out.integration.id] = out.secret;
        // The demo keeps this token itself: close the reveal so no web-app dialog opens.
        if (revealedSecret(store.getSnapshot().state)?.tokenId === out.tokenId) {
          store.dispatch({type: 'acknowledgeReveal'});
        }
        notes.push(
          `Created ${ex.name} (schema ${out.integration.schema}) with token ${out.tokenId}.`,
        );
      } else {
        // Created earlier (its token was shown once and is gone): generate one for the demo.
        const res = store.request({
          method: 'POST',
          path: `/v4/sources/${ex.integration.id}/tokens`,
          headers: {Authorization: 'Bearer sandbox-placeholder-connect-token'},
        });
        const body = res.body as {id?: number; access_token?: string};
        if (res.status === 200 && typeof body.access_token === 'string') {
          got[ex.integration.id] = body.access_token;
          notes.push(`Generated token ${body.id} for ${ex.name}.`);
        } else notes.push(`${ex.name}: ${errorMessage(res.body)}`);
      }
    }
    setSecrets(got);
    setChanged(null);
    setMessage(notes.join(' '));
  };

  const push = (ex: (typeof rows)[number]) => {
    if (ex.integration === null) return;
    const secret = secrets[ex.integration.id];
    if (secret === undefined) return;
    const before = rowsBySchema(store.getSnapshot().state);
    const res = store.request({
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
    });
    const after = rowsBySchema(store.getSnapshot().state);
    const moved = rows.filter((r) => (after.get(r.schema) ?? 0) !== (before.get(r.schema) ?? 0));
    const still = rows.filter((r) => !moved.includes(r)).map((r) => r.schema);
    setChanged(moved[0]?.schema ?? null);
    setMessage(
      res.status === 201
        ? `Pushed ${RECORDS} records with ${ex.name}'s token: ${moved.map((r) => r.schema).join(', ') || 'no schema'} changed; ${still.join(', ') || 'nothing else'} unchanged.`
        : `Push refused (${res.status}).`,
    );
  };

  const tryAnother = () => {
    const target = rows[0];
    if (target?.integration == null) return;
    const res = store.request({
      method: 'POST',
      path: `/v4/sources/${target.integration.id}/tokens`,
      headers: {Authorization: 'Bearer sandbox-placeholder-connect-token'},
    });
    const body = res.body as {id?: number};
    const after = store.getSnapshot().state;
    const count = activeTokens(after, target.integration.id).length;
    // What happens next is the core's rule, not ours: ask it whether one more is allowed.
    const next = canGenerate(after, target.integration.id);
    setChanged(null);
    setMessage(
      res.status === 200
        ? `Generated token ${body.id}: ${target.name} now has ${count} active tokens. ${next.ok ? 'Another one is still allowed.' : `${next.reason} Try once more to see the refusal.`}`
        : `Refused (${res.status}): ${errorMessage(res.body)}`,
    );
  };

  return (
    <div className={styles.demo}>
      <p className={styles.intro}>
        Two integrations, one token each. Push with one token and watch which schema changes; then
        try to give an integration a third active token.
      </p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Integration</th>
              <th scope="col">Schema</th>
              <th scope="col">Active tokens</th>
              <th scope="col">Rows</th>
              <th scope="col">Push</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.schema} className={clsx(changed === r.schema && styles.changed)}>
                <th scope="row">{r.name}</th>
                <td>
                  <code>{r.schema}</code>
                </td>
                <td>
                  {r.integration === null
                    ? '–'
                    : `${activeTokens(state, r.integration.id).length} of ${MAX_ACTIVE_TOKENS}`}
                </td>
                <td>
                  {r.rows}
                  {changed === r.schema && <span className={styles.badge}> changed</span>}
                </td>
                <td>
                  {r.integration !== null && secrets[r.integration.id] !== undefined ? (
                    <button
                      type="button"
                      className="button button--sm button--primary"
                      onClick={() => push(r)}
                    >
                      {`Push with ${r.name}'s token`}
                    </button>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.actions}>
        {!ready && (
          <button type="button" className="button button--primary" onClick={setUp}>
            {rows.some((r) => r.integration === null)
              ? 'Create Customer Records and Orders'
              : 'Get a token for each integration'}
          </button>
        )}
        {rows[0]?.integration != null && (
          <button type="button" className="button button--secondary" onClick={tryAnother}>
            Generate another token for Customer Records
          </button>
        )}
      </div>
      <p role="status" className={styles.message}>
        {message}
      </p>
    </div>
  );
}

function Live({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {store, state} = useSandbox(sandbox);
  return <Demo store={store} state={state} />;
}

export default function ScopeDemo(props: WidgetProps): ReactNode {
  return (
    <WidgetFrame {...props} {...scopeDemoFrame}>
      <Live sandbox={props.sandbox} />
    </WidgetFrame>
  );
}
