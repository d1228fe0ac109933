import {useEffect, useId, useRef, useState, type FormEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {StatusCode, WidgetHeading, formatTime} from '@site/src/components/SandboxShell';
import WidgetFrame, {type WidgetProps} from '@site/src/components/WidgetFrame';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {
  appTables,
  appView,
  copiedToken,
  findIntegration,
  type SandboxState,
} from '@site/src/tokens';
import {describeAppToken, describePush, describeSetToken} from './describe';
import styles from './styles.module.css';
import {sandboxLabels} from '@site/src/data/sandbox-labels';

/** Records in one "Send push" batch. */
export const PUSH_RECORDS = 3;

const USE_COPIED = sandboxLabels.buttons.useCopied;

export default function AppPanel({
  title = sandboxLabels.panels.app,
  ...props
}: WidgetProps): ReactNode {
  return (
    <WidgetFrame
      {...props}
      title={title}
      minHeight="24rem"
      label="Your application (simulated)"
      intro={`It pushes records with the token it is configured with. "Send push" sends ${PUSH_RECORDS} records.`}
    >
      <App sandbox={props.sandbox} />
    </WidgetFrame>
  );
}

function nameOf(state: SandboxState) {
  return (id: number) => findIntegration(state, id)?.displayName ?? `integration ${id}`;
}

function App({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {state, traffic, store} = useSandbox(sandbox);
  const app = appView(state);
  const copied = copiedToken(state);
  const [value, setValue] = useState('');
  const [fieldMessage, setFieldMessage] = useState<{error: boolean; text: string} | null>(null);
  const [pushMessage, setPushMessage] = useState('');
  const pushes = useRef(0);
  const ids = {field: useId(), hint: useId(), message: useId()};

  // Background traffic belongs to this page: stop it when the panel goes away.
  useEffect(() => () => store.setTraffic(false), [store]);

  const setToken = (e: FormEvent) => {
    e.preventDefault();
    const outcome = store.dispatch({type: 'setAppToken', value});
    setFieldMessage(describeSetToken(outcome));
    // The value is a secret: once the application holds it, it leaves the field.
    if (outcome.ok) setValue('');
  };

  const pasteCopied = () => {
    setFieldMessage(describeSetToken(store.dispatch({type: 'pasteCopiedToken'})));
  };

  const send = () => {
    pushes.current += 1;
    setPushMessage(
      describePush(
        store.dispatch({type: 'pushRecords', count: PUSH_RECORDS}),
        PUSH_RECORDS,
        pushes.current,
      ),
    );
  };

  const last = app.lastResponse;
  return (
    <>
      <p className={styles.current} data-testid="app-token">
        <strong>Sends:</strong> {describeAppToken(app.token, nameOf(state))}
      </p>

      <form className={styles.form} onSubmit={setToken} noValidate>
        <label htmlFor={ids.field}>Access token the application sends</label>
        <div className={styles.inline}>
          <input
            id={ids.field}
            type="text"
            value={value}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={fieldMessage?.error ? true : undefined}
            aria-describedby={`${ids.hint} ${ids.message}`}
            onChange={(e) => setValue(e.target.value)}
          />
          <button type="submit" className="button button--sm button--outline button--primary">
            Set token
          </button>
        </div>
        <p id={ids.hint} className={styles.hint}>
          Paste a token&rsquo;s value, or leave the field empty to send none.
        </p>
        <div className={styles.inline}>
          <button
            type="button"
            className="button button--sm button--outline button--primary"
            aria-label={USE_COPIED}
            onClick={pasteCopied}
          >
            {USE_COPIED}
          </button>
          <span className={styles.hint}>
            {copied === null
              ? 'Nothing copied yet.'
              : `Last copied: token ${copied.tokenId} (…${copied.hint}).`}
          </span>
        </div>
        <p
          id={ids.message}
          className={clsx(styles.message, fieldMessage?.error && styles.error)}
          aria-live="polite"
        >
          {fieldMessage?.text}
        </p>
      </form>

      <div className={styles.inline}>
        <button type="button" className="button button--sm button--primary" onClick={send}>
          {sandboxLabels.buttons.sendPush}
        </button>
        <button
          type="button"
          role="switch"
          aria-checked={traffic}
          className={styles.switch}
          onClick={() => store.setTraffic(!traffic)}
        >
          <span className={styles.track} aria-hidden="true">
            <span className={styles.thumb} />
          </span>
          {sandboxLabels.buttons.continuousTraffic}
        </button>
      </div>
      <p className={styles.hint}>
        Continuous traffic pushes 1–3 records to the <code>{appTables(state).tick}</code> table
        every second, and pauses while this tab is hidden.
      </p>
      <p role="status" className={styles.message}>
        {pushMessage}
      </p>

      <WidgetHeading depth={1} className={styles.subTitle}>
        Last response
      </WidgetHeading>
      {last === null ? (
        <p className={styles.hint}>No request sent yet.</p>
      ) : (
        <div data-testid="last-response">
          <p className={styles.responseLine}>
            <StatusCode status={last.status} /> at {formatTime(last.at)}
          </p>
          <pre className={styles.json}>{JSON.stringify(last.body, null, 2)}</pre>
        </div>
      )}
    </>
  );
}
