import {parsePathId, plural, type HttpRequest, type HttpResponse} from '@site/src/tokens';
import {ENDPOINTS, type ConnectEndpoint, type PathParam} from './spec';

/** The sandbox accepts any Connect bearer value; `toCurl` prints a variable in its place. */
const PLACEHOLDER_CONNECT_TOKEN = 'sandbox-placeholder-connect-token';

type ParamValues = Readonly<Record<PathParam, string>>;
export type ParamErrors = Partial<Record<PathParam, string>>;

/** Field problems, with the API's own wording, for the params this endpoint uses. */
export function checkParams(endpoint: ConnectEndpoint, values: ParamValues): ParamErrors {
  const errors: ParamErrors = {};
  for (const p of ENDPOINTS[endpoint].params) {
    const r = parsePathId(values[p].trim(), p);
    if (!r.ok) errors[p] = r.reason;
  }
  return errors;
}

/** The request as it would be sent; an invalid field keeps its `{placeholder}` in the path. */
export function buildRequest(endpoint: ConnectEndpoint, values: ParamValues): HttpRequest {
  const spec = ENDPOINTS[endpoint];
  const errors = checkParams(endpoint, values);
  const fill = (p: PathParam) => (errors[p] === undefined ? values[p].trim() : `{${p}_id}`);
  const path = spec.template
    .replace('{source_id}', fill('source'))
    .replace('{token_id}', fill('token'));
  return {
    method: spec.method,
    path,
    headers: {Authorization: `Bearer ${PLACEHOLDER_CONNECT_TOKEN}`},
  };
}

const REASONS: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
};

export function statusLine(status: number): string {
  return `${status} ${REASONS[status] ?? ''}`.trim();
}

/** One sentence for the live region; the JSON itself is shown beside it. */
export function summarize(endpoint: ConnectEndpoint, res: HttpResponse): string {
  const body = res.body as Record<string, unknown> | unknown[] | null;
  if (res.status >= 400) {
    const err = (body as {error?: {message?: unknown}} | null)?.error?.message;
    return typeof err === 'string' ? err : 'The request was refused.';
  }
  const count = Array.isArray(body) ? body.length : 0;
  switch (endpoint) {
    case 'list-sources':
      return `${plural(count, 'source')} listed.`;
    case 'list-tokens':
      return `${plural(count, 'active token')} listed.`;
    case 'generate':
      return `Token ${String((body as {id?: unknown}).id)} generated. Its access_token is shown once, in this response: copy it, then hide it.`;
    case 'revoke':
      return 'Token revoked. The response is the source, with a new updated_at.';
  }
}

/** Stands in for a generated access_token once the reader has hidden it. */
export const HIDDEN_ACCESS_TOKEN = '(hidden: an access token is shown once)';

/** The access_token a generate response carries, while it is still shown. */
export function accessTokenOf(res: HttpResponse): string | null {
  const body = res.body as {access_token?: unknown} | null;
  const value = res.status === 200 && body !== null ? body.access_token : undefined;
  return typeof value === 'string' && value !== HIDDEN_ACCESS_TOKEN ? value : null;
}

/** The same response with its access_token replaced: reveal-once, as in the web app. */
export function hideAccessToken(res: HttpResponse): HttpResponse {
  if (accessTokenOf(res) === null) return res;
  return {...res, body: {...(res.body as object), access_token: HIDDEN_ACCESS_TOKEN}};
}
