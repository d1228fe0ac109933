import type {ReactNode} from 'react';
import {
  StatusCode,
  WidgetHeading,
  formatTime,
  tokenLabel,
  useAnnouncement,
  widgetStyles,
} from '@site/src/components/SandboxShell';
import WidgetFrame, {useLandmarkName, type WidgetProps} from '@site/src/components/WidgetFrame';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {counters, failedQueue, plural, requestLog} from '@site/src/tokens';
import styles from './styles.module.css';
import {sandboxLabels} from '@site/src/data/sandbox-labels';

/** Rows shown: enough to see a rotation; continuous traffic would make a long table slow. */
export const LOG_ROWS = 25;

export default function RequestLog({
  title = `${sandboxLabels.panels.log} and ${sandboxLabels.panels.failed.toLowerCase()}`,
  ...props
}: WidgetProps): ReactNode {
  return (
    <WidgetFrame
      {...props}
      title={title}
      minHeight="20rem"
      label="Request log (simulated)"
      intro="Every request, newest first. Tokens are shown by ID, never by value."
    >
      <Log sandbox={props.sandbox} />
    </WidgetFrame>
  );
}

function Log({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {state, store} = useSandbox(sandbox);
  const entries = requestLog(state);
  const c = counters(state);
  const queue = failedQueue(state);
  // Re-sending twice with the same revoked token gives the same reason: announced again.
  const [message, setMessage] = useAnnouncement();
  const names = {
    queue: useLandmarkName(sandboxLabels.panels.failed),
    table: useLandmarkName('Request log table'),
  };

  const resend = () => {
    const outcome = store.dispatch({type: 'resendFailed'});
    if (!outcome.ok) return setMessage(outcome.reason);
    if (outcome.type === 'resent') {
      setMessage(
        `Re-sent ${plural(outcome.recordIds.length, 'record')} from ${plural(outcome.requests, 'failed request')} with token ${outcome.tokenId}.${outcome.note === null ? '' : ` ${outcome.note}`}`,
      );
    }
  };

  return (
    <>
      <dl className={styles.counters} data-testid="counters">
        <div>
          <dt>Requests</dt>
          <dd>{c.total}</dd>
        </div>
        <div>
          <dt>Succeeded</dt>
          <dd>{c.ok}</dd>
        </div>
        <div>
          <dt>Failed</dt>
          <dd data-testid="failed-count">{c.failed}</dd>
        </div>
        <div>
          <dt>Records loaded</dt>
          <dd>{c.recordsLoaded}</dd>
        </div>
      </dl>

      <section className={styles.queue} aria-label={names.queue}>
        <WidgetHeading depth={1} className={styles.subTitle}>
          {sandboxLabels.panels.failed}
        </WidgetHeading>
        <p className={styles.text} data-testid="failed-queue">
          {queue.requests === 0
            ? 'None waiting.'
            : `${plural(queue.requests, 'failed request')} (${plural(queue.records, 'record')}) waiting to be re-sent. Nothing was loaded for them.`}
        </p>
        <div className={styles.inline}>
          <button type="button" className="button button--sm button--primary" onClick={resend}>
            {sandboxLabels.buttons.resend}
          </button>
          <p role="status" className={styles.text}>
            {message}
          </p>
        </div>
      </section>

      {entries.length === 0 ? (
        <p className={styles.text}>No requests yet.</p>
      ) : (
        // Scrolls sideways on a phone; focusable so keyboard users can scroll it too.
        <div className={widgetStyles.scroll} tabIndex={0} role="group" aria-label={names.table}>
          <table className={styles.table}>
            <caption className={widgetStyles.caption}>
              {entries.length > LOG_ROWS
                ? `The ${LOG_ROWS} newest of ${entries.length} requests`
                : 'Requests, newest first'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Request</th>
                <th scope="col">Token</th>
                <th scope="col">Status</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {entries.slice(0, LOG_ROWS).map((e) => (
                <tr key={e.seq} data-status={e.status}>
                  <td>{formatTime(e.at)}</td>
                  <td>{e.action}</td>
                  <td>{tokenLabel(e.tokenId)}</td>
                  <td>
                    <StatusCode status={e.status} />
                  </td>
                  <td className={styles.outcome}>{e.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
