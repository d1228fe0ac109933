import {useId, type ReactNode} from 'react';
import {
  Button,
  DataTable,
  StatusCode,
  WidgetHeading,
  formatTime,
  tokenLabel,
  widgetStyles as w,
} from '@site/src/components/SandboxShell';
import {useLandmarkName} from '@site/src/components/SandboxShell/context';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {
  counters,
  failedQueue,
  lastResend,
  plural,
  requestLog,
  resendReadiness,
  type SandboxState,
} from '@site/src/tokens';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import styles from './styles.module.css';

/** Rows shown: enough to see a rotation; continuous traffic would make a long table slow. */
const LOG_ROWS = 25;

/** The counters shown above the queue: label, count, and a test id for the one tests read. */
const COUNTERS = [
  ['Requests', 'total'],
  ['Succeeded', 'ok'],
  ['Failed', 'failed', 'failed-count'],
  ['Records loaded', 'recordsLoaded'],
] as const satisfies readonly (readonly [string, keyof ReturnType<typeof counters>, string?])[];

const COLUMNS = [
  {key: 'time', label: 'Time'},
  {key: 'request', label: 'Request'},
  {key: 'token', label: 'Token'},
  {key: 'status', label: 'Status'},
  {key: 'outcome', label: 'Outcome'},
] as const;

/** What the queue holds and what a re-send would do now: both read from the state. */
function queueLine(state: SandboxState): string {
  const queue = failedQueue(state);
  const ready = resendReadiness(state);
  // The counters above count every failure; say why those are not here, so both agree.
  if (queue.requests === 0)
    return counters(state).failed === 0
      ? 'None waiting.'
      : 'None waiting: only pushes refused with 401 wait here; the application retries a 503 or 504 by itself.';
  const waiting = `${plural(queue.requests, 'failed request')} (${plural(queue.records, 'record')}) waiting to be re-sent. Nothing was loaded for them.`;
  if (ready.kind === 'ready')
    return `${waiting} ${sandboxLabels.buttons.resend} sends ${plural(ready.records, 'record')} with token ${ready.tokenId} into ${ready.schema}.`;
  return ready.kind === 'blocked' ? `${waiting} ${ready.reason}` : waiting;
}

/** The request log: counters, the failed requests waiting for a re-send, every request. */
export default function RequestLog({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {state, store} = useSandbox(sandbox);
  const entries = requestLog(state);
  const c = counters(state);
  const ready = resendReadiness(state);
  const last = lastResend(state);
  const queueName = useLandmarkName(sandboxLabels.panels.failed);
  const lineId = useId();

  const rows = entries.slice(0, LOG_ROWS).map((e) => ({
    key: e.seq,
    data: {status: e.status},
    cells: {
      time: formatTime(e.at),
      request: e.action,
      token: tokenLabel(e.tokenId),
      status: <StatusCode status={e.status} />,
      outcome: <span className={styles.outcome}>{e.outcome}</span>,
    },
  }));

  return (
    <>
      <dl className={styles.counters} data-testid="counters">
        {COUNTERS.map(([label, count, testId]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-testid={testId}>{c[count]}</dd>
          </div>
        ))}
      </dl>

      <section className={styles.queue} aria-label={queueName}>
        <WidgetHeading depth={1} className={styles.subTitle}>
          {sandboxLabels.panels.failed}
        </WidgetHeading>
        <p id={lineId} className={styles.text} data-testid="failed-queue" aria-live="polite">
          {queueLine(state)}
        </p>
        <div className={w.actions}>
          <Button
            refused={ready.kind !== 'ready'}
            aria-describedby={lineId}
            onClick={() => store.dispatch({type: 'resendFailed'})}
          >
            {sandboxLabels.buttons.resend}
          </Button>
        </div>
        {last !== null && (
          <p className={w.hint} data-testid="last-resend">
            Last re-send, at {formatTime(last.at)}: {last.outcome}.
          </p>
        )}
      </section>

      {entries.length === 0 ? (
        <p className={styles.text}>No requests yet.</p>
      ) : (
        <DataTable
          caption={
            entries.length > LOG_ROWS
              ? `The ${LOG_ROWS} newest of ${entries.length} requests`
              : 'Requests, newest first'
          }
          columns={COLUMNS}
          rows={rows}
          className={styles.table}
        />
      )}
    </>
  );
}
