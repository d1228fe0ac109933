import {useId, useRef, useState, type FormEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {copyText} from '@site/src/components/SandboxShell';
import WidgetFrame, {type WidgetProps} from '@site/src/components/WidgetFrame';
import {DEFAULT_CONNECT_ENDPOINT, connectConsoleFrame} from '@site/src/components/widgetFrames';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {
  activeTokens,
  appView,
  findIntegration,
  integrations,
  parsePathId,
  revokeWarning,
  type HttpRequest,
  type HttpResponse,
  type SandboxState,
} from '@site/src/tokens';
import {
  accessTokenOf,
  buildRequest,
  checkParams,
  hideAccessToken,
  ENDPOINT_ORDER,
  ENDPOINTS,
  statusLine,
  summarize,
  type ConnectEndpoint,
  type ParamErrors,
  type PathParam,
} from './endpoints';
import RequestSnippets from '@site/src/components/RequestSnippets';
import SnippetCode from '@site/src/components/RequestSnippets/SnippetCode';
import styles from './styles.module.css';
import {sandboxLabels} from '@site/src/data/sandbox-labels';

export type {ConnectEndpoint} from './endpoints';

export interface ConnectConsoleProps extends WidgetProps {
  /** Preselected endpoint: the guide opens on generate or revoke. */
  endpoint?: ConnectEndpoint;
}

interface Sent {
  /** Numbered, so two identical results still read differently and are announced again. */
  readonly seq: number;
  readonly endpoint: ConnectEndpoint;
  readonly request: HttpRequest;
  readonly response: HttpResponse;
}

/** The source a reader most likely means: the application's integration, else the newest. */
function defaultSource(state: SandboxState): string {
  const list = integrations(state);
  const appId = appView(state).integrationId;
  const pick = list.find((i) => i.id === appId) ?? list[list.length - 1];
  return pick === undefined ? '' : String(pick.id);
}

/** The oldest active token: the one a rotation revokes. */
function defaultToken(state: SandboxState, sourceText: string): string {
  const source = parsePathId(sourceText.trim(), 'source');
  if (!source.ok) return '';
  const first = activeTokens(state, source.id)[0];
  return first === undefined ? '' : String(first.id);
}

function sourceHint(state: SandboxState, text: string): string | null {
  if (integrations(state).length === 0) {
    return 'No sources yet: create an Import API integration in the web app first.';
  }
  const id = parsePathId(text.trim(), 'source');
  if (!id.ok) return null;
  const found = findIntegration(state, id.id);
  return found === undefined
    ? `No source with ID ${id.id} in this sandbox: the API will answer 404.`
    : `${found.displayName} (schema ${found.schema})`;
}

function tokenHint(state: SandboxState, sourceText: string, text: string): string | null {
  const source = parsePathId(sourceText.trim(), 'source');
  const token = parsePathId(text.trim(), 'token');
  if (!source.ok || !token.ok || findIntegration(state, source.id) === undefined) return null;
  if (!activeTokens(state, source.id).some((t) => t.id === token.id)) {
    return `Token ${token.id} is not an active token of source ${source.id}: the API will answer 404.`;
  }
  return revokeWarning(state, token.id)
    ? 'Your application sends this token and no other active token exists: revoking it stops its pushes.'
    : null;
}

/**
 * A console for the four Connect endpoints of a rotation, acting on the same sandbox state as
 * the web-app panel (`store.request` runs the simulated API against it).
 */
export default function ConnectConsole({
  endpoint = DEFAULT_CONNECT_ENDPOINT,
  ...props
}: ConnectConsoleProps): ReactNode {
  return (
    <WidgetFrame {...props} {...connectConsoleFrame(endpoint)}>
      <Console sandbox={props.sandbox} initial={endpoint} />
    </WidgetFrame>
  );
}

function Console({sandbox, initial}: {sandbox: SandboxKey; initial: ConnectEndpoint}): ReactNode {
  const {state, store} = useSandbox(sandbox);
  const id = useId();
  const [endpoint, setEndpoint] = useState<ConnectEndpoint>(initial);
  // null = follow the current state, so the fields stay prefilled until the reader types.
  const [typed, setTyped] = useState<Record<PathParam, string | null>>({source: null, token: null});
  const [showErrors, setShowErrors] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const seq = useRef(0);
  const hiddenNote = useRef<HTMLParagraphElement>(null);
  const inputs = {source: useRef<HTMLInputElement>(null), token: useRef<HTMLInputElement>(null)};

  const source = typed.source ?? defaultSource(state);
  const token = typed.token ?? defaultToken(state, source);
  const values = {source, token};
  const spec = ENDPOINTS[endpoint];
  const errors: ParamErrors = checkParams(endpoint, values);
  const request = buildRequest(endpoint, values, errors);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const bad = spec.params.find((p) => errors[p] !== undefined);
    if (bad !== undefined) {
      setShowErrors(true);
      inputs[bad].current?.focus();
      return;
    }
    const response = store.request(request);
    seq.current += 1;
    setSent({seq: seq.current, endpoint, request, response});
    setCopyStatus('');
    setShowErrors(false);
    // The token just revoked (or listed) is no longer the obvious next one: prefill again.
    setTyped((t) => ({...t, token: null}));
  };

  const secret = sent === null ? null : accessTokenOf(sent.response);
  // The form now describes another request than the one answered below.
  const stale =
    sent !== null && (sent.request.method !== request.method || sent.request.path !== request.path);
  const tokenHidden =
    sent !== null &&
    sent.endpoint === 'generate' &&
    sent.response.status === 200 &&
    secret === null;
  const sourceList = `${id}-sources`;
  const tokenList = `${id}-tokens`;
  const sourceId = parsePathId(source.trim(), 'source');
  const tokenOptions = sourceId.ok ? activeTokens(state, sourceId.id) : [];

  const field = (p: PathParam, label: string, list: string, hint: string | null) => {
    const error = showErrors ? errors[p] : undefined;
    const describedBy = [error && `${id}-${p}-error`, hint && `${id}-${p}-hint`]
      .filter(Boolean)
      .join(' ');
    return (
      <div className={styles.field} key={p}>
        <label htmlFor={`${id}-${p}`}>{label}</label>
        <input
          ref={inputs[p]}
          id={`${id}-${p}`}
          list={list}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={values[p]}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => setTyped((t) => ({...t, [p]: e.target.value}))}
        />
        {error !== undefined && (
          <p className={styles.error} id={`${id}-${p}-error`}>
            {error}
          </p>
        )}
        {hint !== null && (
          <p className={styles.hint} id={`${id}-${p}-hint`}>
            {hint}
          </p>
        )}
      </div>
    );
  };

  return (
    <>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        <div className={styles.field}>
          <label htmlFor={`${id}-endpoint`}>Endpoint</label>
          <select
            id={`${id}-endpoint`}
            value={endpoint}
            onChange={(e) => {
              setEndpoint(e.target.value as ConnectEndpoint);
              setShowErrors(false);
            }}
          >
            {ENDPOINT_ORDER.map((key) => (
              <option key={key} value={key}>
                {`${ENDPOINTS[key].method} ${ENDPOINTS[key].template} (${ENDPOINTS[key].purpose})`}
              </option>
            ))}
          </select>
        </div>
        {spec.params.includes('source') &&
          field('source', 'source_id', sourceList, sourceHint(state, source))}
        {spec.params.includes('token') &&
          field('token', 'token_id', tokenList, tokenHint(state, source, token))}
        <datalist id={sourceList}>
          {integrations(state).map((i) => (
            <option key={i.id} value={String(i.id)}>
              {`${i.displayName} (${i.schema})`}
            </option>
          ))}
        </datalist>
        <datalist id={tokenList}>
          {tokenOptions.map((t) => (
            <option key={t.id} value={String(t.id)} />
          ))}
        </datalist>
        <div className={styles.code}>
          <RequestSnippets request={request} title="Equivalent request" />
        </div>
        <button type="submit" className={clsx('button button--primary', styles.send)}>
          {sandboxLabels.buttons.sendRequest}
        </button>
      </form>
      {/* Only the status and a one-line summary are announced: reading out the JSON would
          bury the result. The JSON follows right after, in reading order. */}
      <div role="status" className={styles.status}>
        {sent !== null && (
          <span className={sent.response.status < 300 ? styles.ok : styles.failed}>
            {`Request ${sent.seq}: ${statusLine(sent.response.status)} for ${sent.request.method} ${sent.request.path}: ${summarize(sent.endpoint, sent.response)}`}
          </span>
        )}
      </div>
      {sent !== null && secret !== null && (
        // Reveal-once, as in the web app: the value stays on the page only until hidden.
        <div className={styles.secretActions}>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const written = copyText(secret);
              void written.then((ok) =>
                setCopyStatus(
                  ok
                    ? 'access_token copied. Hide it once you have stored it.'
                    : 'Copying is blocked here: select the value in the response and copy it.',
                ),
              );
            }}
          >
            Copy token
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setSent({...sent, response: hideAccessToken(sent.response)});
              setCopyStatus('');
              requestAnimationFrame(() => hiddenNote.current?.focus());
            }}
          >
            Hide token
          </button>
          <p aria-live="polite" className={styles.note}>
            {copyStatus}
          </p>
        </div>
      )}
      {tokenHidden && (
        <p ref={hiddenNote} tabIndex={-1} className={styles.note}>
          The access_token is hidden: like the web app, the API shows a token once.
        </p>
      )}
      {sent !== null && stale && (
        <p className={styles.note} data-testid="stale-response">
          The response below answered the previous request ({sent.request.method}{' '}
          {sent.request.path}), not the one in the form: press {sandboxLabels.buttons.sendRequest}{' '}
          to send it.
        </p>
      )}
      {sent !== null && (
        <div className={stale ? styles.stale : undefined} data-testid="response-body">
          <SnippetCode
            language="json"
            title={`Response body (request ${sent.seq})`}
            code={JSON.stringify(sent.response.body, null, 2)}
          />
        </div>
      )}
      <p className={styles.note}>
        In this sandbox the Connect access token is a placeholder: any value is accepted. With the
        real API, set <code>STITCH_CONNECT_TOKEN</code> to your Connect access token before running
        the curl command.
      </p>
    </>
  );
}
