import {useId, useRef, useState, type FormEvent, type ReactNode} from 'react';
import {Button} from '@site/src/components/SandboxShell';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {activeTokens, integrations, parsePathId} from '@site/src/tokens';
import RevokeDialog, {type RevokeTarget} from '@site/src/components/RevokeDialog';
import RequestSnippets from '@site/src/components/RequestSnippets';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import {defaultSource, defaultToken, fieldHint, revokeTarget} from './hints';
import {buildRequest, checkParams, type ParamErrors} from './endpoints';
import {ENDPOINTS, type ConnectEndpoint, type PathParam} from './spec';
import Response, {type Sent} from './Response';
import styles from './styles.module.css';

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The console's state: the endpoint, the path parameters (typed or prefilled), what was sent. */
function useConsole(sandbox: SandboxKey, initial: ConnectEndpoint) {
  const {state, store} = useSandbox(sandbox);
  const [endpoint, setEndpoint] = useState<ConnectEndpoint>(initial);
  // null = follow the current state, so the fields stay prefilled until the reader types.
  const [typed, setTyped] = useState<Record<PathParam, string | null>>({source: null, token: null});
  const [showErrors, setShowErrors] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const [confirming, setConfirming] = useState<RevokeTarget | null>(null);
  const inputs = {source: useRef<HTMLInputElement>(null), token: useRef<HTMLInputElement>(null)};

  const source = typed.source ?? defaultSource(state);
  const values = {source, token: typed.token ?? defaultToken(state, source)};
  const errors = checkParams(endpoint, values);
  const request = buildRequest(endpoint, values);

  const send = () => {
    setSent({seq: (sent?.seq ?? 0) + 1, endpoint, request, response: store.request(request)});
    setShowErrors(false);
    // The token just revoked (or listed) is no longer the obvious next one: prefill again.
    setTyped((t) => ({...t, token: null}));
  };
  const on = {
    submit(e: FormEvent) {
      e.preventDefault();
      const bad = ENDPOINTS[endpoint].params.find((p) => errors[p] !== undefined);
      if (bad !== undefined) {
        setShowErrors(true);
        return inputs[bad].current?.focus();
      }
      // A DELETE of the token the application sends is confirmed first, as in the web app.
      const target = endpoint === 'revoke' ? revokeTarget(state, values) : null;
      if (target !== null) return setConfirming(target);
      send();
    },
    confirm() {
      setConfirming(null);
      send();
    },
    cancel: () => setConfirming(null),
    choose(next: ConnectEndpoint) {
      setEndpoint(next);
      setShowErrors(false);
    },
    type: (p: PathParam, value: string) => setTyped((t) => ({...t, [p]: value})),
    hide: setSent,
  };
  // A field's problem is shown once the reader has tried to send.
  const shownErrors: ParamErrors = showErrors ? errors : {};
  return {state, endpoint, values, shownErrors, request, inputs, sent, confirming, on};
}

type Console = ReturnType<typeof useConsole>;

/** The Connect console, on the web app's sandbox state; `endpoint` is the one preselected. */
export default function ConnectConsole({
  sandbox,
  endpoint = 'list-sources',
}: {
  sandbox: SandboxKey;
  endpoint?: ConnectEndpoint;
}): ReactNode {
  const id = useId();
  const c = useConsole(sandbox, endpoint);
  const {state, values, on} = c;
  const spec = ENDPOINTS[c.endpoint];
  const sourceId = parsePathId(values.source.trim(), 'source');
  return (
    <>
      <form className={styles.form} onSubmit={on.submit} noValidate>
        <div className={styles.field}>
          <label htmlFor={`${id}-endpoint`}>Endpoint</label>
          <select
            id={`${id}-endpoint`}
            aria-describedby={`${id}-route`}
            value={c.endpoint}
            onChange={(e) => on.choose(e.target.value as ConnectEndpoint)}
          >
            {(Object.keys(ENDPOINTS) as ConnectEndpoint[]).map((key) => (
              <option key={key} value={key}>
                {capitalized(ENDPOINTS[key].purpose)}
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
        {spec.params.map((p) => (
          <ParamField key={p} c={c} id={`${id}-${p}`} param={p} />
        ))}
        {/* The sources, and the chosen source's active tokens, offered as the fields' suggestions. */}
        <datalist id={`${id}-sources`}>
          {integrations(state).map((i) => (
            <option key={i.id} value={String(i.id)}>
              {`${i.displayName} (${i.schema})`}
            </option>
          ))}
        </datalist>
        <datalist id={`${id}-tokens`}>
          {(sourceId.ok ? activeTokens(state, sourceId.id) : []).map((t) => (
            <option key={t.id} value={String(t.id)} />
          ))}
        </datalist>
        <div className={styles.code}>
          <RequestSnippets request={c.request} title="Equivalent request" />
        </div>
        <Button type="submit" className={styles.send}>
          {sandboxLabels.buttons.sendRequest}
        </Button>
      </form>
      <Response sent={c.sent} request={c.request} onHide={on.hide} />
      <RevokeDialog
        target={c.confirming}
        state={state}
        actionLabel={`Send ${spec.method}`}
        onCancel={on.cancel}
        onConfirm={on.confirm}
      />
      <p className={styles.note}>
        In this sandbox the Connect access token is a placeholder: any value is accepted. With the
        real API, set <code>STITCH_CONNECT_TOKEN</code> to your Connect access token before running
        the request, in any of the languages.
      </p>
    </>
  );
}

/** A path parameter: its field, its problem once sent, and what the API will make of it. */
function ParamField({c, id, param}: {c: Console; id: string; param: PathParam}): ReactNode {
  const error = c.shownErrors[param];
  const hint = fieldHint(c.state, param, c.values);
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{`${param}_id`}</label>
      <input
        ref={c.inputs[param]}
        id={id}
        list={`${id}s`}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={c.values[param]}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => c.on.type(param, e.target.value)}
      />
      {error !== undefined && (
        <p className={styles.error} id={`${id}-error`}>
          {error}
        </p>
      )}
      {hint !== null && (
        <p className={styles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
