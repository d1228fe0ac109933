import {useId, useRef, useState, type FormEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {
  activeTokens,
  findIntegration,
  integrations,
  parsePathId,
  revokeWarning,
  type HttpRequest,
  type HttpResponse,
} from '@site/src/tokens';
import RevokeDialog, {type RevokeTarget} from '@site/src/components/RevokeDialog';
import {defaultSource, defaultToken, sourceHint, tokenHint} from './hints';
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
import SecretActions from './SecretActions';
import styles from './styles.module.css';
import {sandboxLabels} from '@site/src/data/sandbox-labels';

export type {ConnectEndpoint} from './endpoints';

interface Sent {
  /** Numbered, so two identical results still read differently and are announced again. */
  readonly seq: number;
  readonly endpoint: ConnectEndpoint;
  readonly request: HttpRequest;
  readonly response: HttpResponse;
}

/**
 * A console for the four Connect endpoints of a rotation, acting on the same sandbox state as
 * the web-app panel (`store.request` runs the simulated API against it). `endpoint` is the
 * one preselected: the guide opens on generate or revoke.
 */
export default function ConnectConsole({
  sandbox,
  endpoint: initial = 'list-sources',
}: {
  sandbox: SandboxKey;
  endpoint?: ConnectEndpoint;
}): ReactNode {
  const {state, store} = useSandbox(sandbox);
  const id = useId();
  const [endpoint, setEndpoint] = useState<ConnectEndpoint>(initial);
  // null = follow the current state, so the fields stay prefilled until the reader types.
  const [typed, setTyped] = useState<Record<PathParam, string | null>>({source: null, token: null});
  const [showErrors, setShowErrors] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const [confirming, setConfirming] = useState<RevokeTarget | null>(null);
  const seq = useRef(0);
  const hiddenNote = useRef<HTMLParagraphElement>(null);
  const inputs = {source: useRef<HTMLInputElement>(null), token: useRef<HTMLInputElement>(null)};

  const source = typed.source ?? defaultSource(state);
  const token = typed.token ?? defaultToken(state, source);
  const values = {source, token};
  const spec = ENDPOINTS[endpoint];
  const errors: ParamErrors = checkParams(endpoint, values);
  const request = buildRequest(endpoint, values, errors);

  /** A DELETE of the token the application sends is confirmed first, as in the web app. */
  const revokeTarget = (): RevokeTarget | null => {
    const src = parsePathId(source.trim(), 'source');
    const tok = parsePathId(token.trim(), 'token');
    if (endpoint !== 'revoke' || !src.ok || !tok.ok) return null;
    const schema = findIntegration(state, src.id)?.schema;
    if (schema === undefined || revokeWarning(state, tok.id) === null) return null;
    return {tokenId: tok.id, schema};
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const bad = spec.params.find((p) => errors[p] !== undefined);
    if (bad !== undefined) {
      setShowErrors(true);
      inputs[bad].current?.focus();
      return;
    }
    const target = revokeTarget();
    if (target !== null) return setConfirming(target);
    send();
  };

  const send = () => {
    const response = store.request(request);
    seq.current += 1;
    setSent({seq: seq.current, endpoint, request, response});
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
            aria-describedby={`${id}-route`}
            value={endpoint}
            onChange={(e) => {
              setEndpoint(e.target.value as ConnectEndpoint);
              setShowErrors(false);
            }}
          >
            {ENDPOINT_ORDER.map((key) => (
              <option key={key} value={key}>
                {`${ENDPOINTS[key].purpose[0]!.toUpperCase()}${ENDPOINTS[key].purpose.slice(1)}`}
              </option>
            ))}
          </select>
          {/* The path is long: said under the select, where it wraps, not clipped inside it. */}
          <p className={styles.hint} id={`${id}-route`}>
            <code>
              {spec.method} {spec.template}
            </code>
          </p>
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
        <SecretActions
          key={sent.seq}
          secret={secret}
          onHide={() => {
            setSent({...sent, response: hideAccessToken(sent.response)});
            requestAnimationFrame(() => hiddenNote.current?.focus());
          }}
        />
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
      <RevokeDialog
        target={confirming}
        state={state}
        actionLabel={`Send ${spec.method}`}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null);
          send();
        }}
      />
      <p className={styles.note}>
        In this sandbox the Connect access token is a placeholder: any value is accepted. With the
        real API, set <code>STITCH_CONNECT_TOKEN</code> to your Connect access token before running
        the request, in any of the languages.
      </p>
    </>
  );
}
