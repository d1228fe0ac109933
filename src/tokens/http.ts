import {connectApi, parsePathId} from './connect-api';
import {importApi} from './import-api';
import {pathOf, CONNECT_BASE_URL} from './http-util';
import type {Env, HttpRequest, HttpStep, SandboxState} from './types';

export {connectApi, importApi, parsePathId, CONNECT_BASE_URL};

/** One entry point for both simulated APIs, routed by path. */
export function handleRequest(s: SandboxState, req: HttpRequest, env: Env): HttpStep {
  return pathOf(req).startsWith('/v2/') ? importApi(s, req, env) : connectApi(s, req, env);
}
