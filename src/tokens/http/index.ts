import type {HttpRequest, HttpStep} from '../events';
import type {Env, SandboxState} from '../model';
import {connectApi} from './connect-api';
import {importApi} from './import-api';
import {pathOf} from './util';

/** One entry point for both simulated APIs, routed by path. */
export function handleRequest(s: SandboxState, req: HttpRequest, env: Env): HttpStep {
  return pathOf(req).startsWith('/v2/') ? importApi(s, req, env) : connectApi(s, req, env);
}
