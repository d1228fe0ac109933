import {refusals} from '../refusals';
import {roomToLog} from '../log';
import type {HttpRequest, HttpResponse, Step} from '../events';
import type {Env, SandboxState} from '../model';
import {connectApi} from './connect-api';
import {importApi} from './import-api';
import {pathOf} from './util';

/** Both simulated APIs, by path; with no room left in the log sequence, 503 and nothing logged. */
export function handleRequest(s: SandboxState, req: HttpRequest, env: Env): Step<HttpResponse> {
  if (!roomToLog(s)) {
    const message = refusals.sandboxFull('request log sequence').reason;
    return {state: s, result: {status: 503, body: {status: 'ERROR', message}}};
  }
  return pathOf(req).startsWith('/v2/') ? importApi(s, req, env) : connectApi(s, req, env);
}
