import {useRef, useState, type ReactNode} from 'react';
import {Button, copyText} from '@site/src/components/SandboxShell';
import type {HttpRequest, HttpResponse} from '@site/src/tokens';
import SnippetCode from '@site/src/components/RequestSnippets/SnippetCode';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import {accessTokenOf, hideAccessToken, statusLine, summarize} from './endpoints';
import type {ConnectEndpoint} from './spec';
import styles from './styles.module.css';

export interface Sent {
  /** Numbered, so two identical results still read differently and are announced again. */
  readonly seq: number;
  readonly endpoint: ConnectEndpoint;
  readonly request: HttpRequest;
  readonly response: HttpResponse;
}

/** The last answer: only status and summary are announced, so the JSON does not bury them. */
export default function Response({
  sent,
  request,
  onHide,
}: {
  sent: Sent | null;
  /** The request the form describes now. */
  request: HttpRequest;
  onHide: (hidden: Sent) => void;
}): ReactNode {
  const hiddenNote = useRef<HTMLParagraphElement>(null);
  const secret = sent === null ? null : accessTokenOf(sent.response);
  // The form now describes another request than the one answered below.
  const stale =
    sent !== null && (sent.request.method !== request.method || sent.request.path !== request.path);
  const hidden = sent?.endpoint === 'generate' && sent.response.status === 200 && secret === null;
  return (
    <>
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
            onHide({...sent, response: hideAccessToken(sent.response)});
            requestAnimationFrame(() => hiddenNote.current?.focus());
          }}
        />
      )}
      {hidden && (
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
    </>
  );
}

/** Copy and Hide for a shown access_token; keyed by response, so the copy status starts afresh. */
function SecretActions({secret, onHide}: {secret: string; onHide: () => void}): ReactNode {
  const [copyStatus, setCopyStatus] = useState('');
  const copy = async () =>
    setCopyStatus(
      (await copyText(secret))
        ? 'access_token copied. Hide it once you have stored it.'
        : 'Copying is blocked here: select the value in the response and copy it.',
    );
  return (
    <div className={styles.secretActions}>
      <Button kind="secondary" onClick={() => void copy()}>
        Copy token
      </Button>
      <Button onClick={onHide}>Hide token</Button>
      <p aria-live="polite" className={styles.note}>
        {copyStatus}
      </p>
    </div>
  );
}
