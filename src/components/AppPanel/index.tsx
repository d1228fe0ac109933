import {useEffect, useId, useState, type FormEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {
  Button,
  StatusCode,
  Switch,
  WidgetHeading,
  formatTime,
  widgetStyles as w,
} from '@site/src/components/SandboxShell';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {
  appTables,
  appStatus,
  copiedToken,
  findIntegration,
  plural,
  requestLog,
  type SandboxEvent,
} from '@site/src/tokens';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import {describeAppToken, describeRequest} from './describe';
import styles from './styles.module.css';

/** Records in one "Send push" batch. */
const PUSH_RECORDS = 3;

const {buttons} = sandboxLabels;

/** "Use the newest token I copied" and testing it first: the sandbox's way to switch. */
function CopiedControls({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {state, store} = useSandbox(sandbox);
  const copied = copiedToken(state);
  const id = useId();
  const both = {refused: copied === null, 'aria-describedby': `${id}-copied`};
  return (
    <>
      <div className={w.actions}>
        <Button {...both} onClick={() => store.dispatch({type: 'pasteCopiedToken'})}>
          {buttons.useCopied}
        </Button>
        <Button
          {...both}
          kind="outline"
          onClick={() => store.dispatch({type: 'validateToken', token: 'copied'})}
        >
          {buttons.validateCopied}
        </Button>
      </div>
      <p id={`${id}-copied`} className={w.hint}>
        {copied === null
          ? 'Nothing copied yet: copy a token in its window first.'
          : `Last copied: token ${copied.tokenId} (…${copied.hint}).`}
      </p>
    </>
  );
}

/** A value typed or pasted by hand; a refused value is said next to the field, and kept. */
function PasteToken({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {store} = useSandbox(sandbox);
  const [value, setValue] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();

  const setToken = (e: FormEvent) => {
    e.preventDefault();
    const outcome = store.dispatch({type: 'setAppToken', value});
    // Only a refusal is said here (the "Sends" line says the rest); the typed text stays.
    setRefusal(outcome.ok ? null : outcome.reason);
  };

  return (
    <details className={styles.paste}>
      <summary>Or paste a token&rsquo;s value</summary>
      <form className={styles.form} onSubmit={setToken} noValidate>
        <label htmlFor={`${id}-field`}>Access token the application sends</label>
        <div className={w.actions}>
          <input
            id={`${id}-field`}
            type="text"
            value={value}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={refusal !== null ? true : undefined}
            aria-describedby={`${id}-hint ${id}-refusal`}
            onChange={(e) => {
              setValue(e.target.value);
              setRefusal(null);
            }}
          />
          <Button kind="outline" type="submit">
            Set token
          </Button>
        </div>
        <p id={`${id}-hint`} className={w.hint}>
          The token alone (the application adds &ldquo;Bearer&rdquo; itself). Empty sends no token.
        </p>
        <p id={`${id}-refusal`} className={w.error} role="alert">
          {refusal}
        </p>
      </form>
    </details>
  );
}

/** The simulated application: the token it sends, its traffic and its last response. */
export default function AppPanel({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {state, store} = useSandbox(sandbox);
  const app = appStatus(state);
  const tables = appTables(state);
  // The log entry of the reader's own last request here, announced when it arrives.
  const [mine, setMine] = useState<number | null>(null);
  const answered = mine === null ? undefined : requestLog(state).find((e) => e.seq === mine);

  // The application runs while a page shows it; its traffic setting is saved with the state.
  useEffect(() => store.attachTraffic(), [store]);

  const send = (event: SandboxEvent) => {
    setMine(state.nextLogSeq);
    store.dispatch(event);
  };
  const nameOf = (id: number) => findIntegration(state, id)?.displayName ?? `integration ${id}`;

  const last = app.lastResponse;
  return (
    <>
      <p className={styles.current} data-testid="app-token" aria-live="polite">
        <strong>Sends:</strong> {describeAppToken(app.token, nameOf)}
      </p>
      <CopiedControls sandbox={sandbox} />

      <WidgetHeading depth={1} className={styles.subTitle}>
        Traffic
      </WidgetHeading>
      <div className={w.actions}>
        <Button onClick={() => send({type: 'pushRecords', count: PUSH_RECORDS})}>
          {buttons.sendPush}
        </Button>
        <Switch
          label={buttons.continuousTraffic}
          on={app.traffic}
          onChange={(on) => store.setTraffic(on)}
        />
        <Button kind="outline" onClick={() => send({type: 'validateToken'})}>
          Validate its token
        </Button>
      </div>
      <p className={w.hint}>
        {buttons.sendPush} writes {PUSH_RECORDS} records to <code>{tables.push}</code>; traffic
        writes 1–3 every second to <code>{tables.tick}</code> and pauses while this tab is hidden.
      </p>
      {app.pending.records > 0 && (
        <p className={clsx(w.hint, styles.pending)} data-testid="pending">
          Holding {plural(app.pending.records, 'record')} the Import API refused with 503/504; next
          attempt at {formatTime(app.pending.nextRetryAt!)} (waiting longer after each refusal).
        </p>
      )}
      <p role="status" className={styles.message}>
        {answered === undefined ? '' : describeRequest(answered)}
      </p>

      <WidgetHeading depth={1} className={styles.subTitle}>
        Last response
      </WidgetHeading>
      {last === null ? (
        <p className={w.hint}>No request sent yet.</p>
      ) : (
        <div data-testid="last-response">
          <p className={styles.responseLine}>
            <StatusCode status={last.status} /> at {formatTime(last.at)}
          </p>
          <pre className={styles.json}>{JSON.stringify(last.body, null, 2)}</pre>
        </div>
      )}
      <PasteToken sandbox={sandbox} />
    </>
  );
}
