import {refusals} from '../refusals';
import {roomToLog} from '../log';
import type {HttpRequest, HttpResponse, Step} from '../events';
import type {Env, SandboxState} from '../model';
import {connectApi} from './connect-api';
import {importApi} from './import-api';
import {pathOf} from './util';

/**
 * One entry point for both simulated APIs, routed by path. Every request is logged; with no
 * room left in the log sequence (a link at the limit) it is answered 503, unlogged.
 */
export function handleRequest(s: SandboxState, req: HttpRequest, env: Env): Step<HttpResponse> {
  if (!roomToLog(s)) {
    const message = refusals.sandboxFull('request log sequence').reason;
    return {state: s, result: {status: 503, body: {status: 'ERROR', message}}};
  }
  return pathOf(req).startsWith('/v2/') ? importApi(s, req, env) : connectApi(s, req, env);
}
