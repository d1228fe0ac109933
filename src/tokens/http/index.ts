import {refusals} from '../refusals';
import {roomToLog} from '../state';
import type {HttpRequest, HttpStep} from '../events';
import type {Env, SandboxState} from '../model';
import {connectApi} from './connect-api';
import {importApi} from './import-api';
import {pathOf} from './util';

/**
 * One entry point for both simulated APIs, routed by path. Every request is logged; with no
 * room left in the log sequence (a link at the limit) it is answered 503, unlogged.
 */
export function handleRequest(s: SandboxState, req: HttpRequest, env: Env): HttpStep {
  if (!roomToLog(s)) {
    const message = refusals.sandboxFull('request log sequence').reason;
    return {state: s, response: {status: 503, body: {status: 'ERROR', message}}};
  }
  return pathOf(req).startsWith('/v2/') ? importApi(s, req, env) : connectApi(s, req, env);
}
