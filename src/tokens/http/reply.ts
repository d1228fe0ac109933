import {clock, withLog, type LogInput} from '../log';
import type {HttpResponse, Step} from '../events';
import type {Env, JsonValue, SandboxState} from '../model';

/** An answer that changes nothing but the log: the request, its status and outcome logged. */
export function loggedReply(
  s: SandboxState,
  env: Env,
  {body, ...entry}: Omit<LogInput, 'records'> & {readonly body: JsonValue},
): Step<HttpResponse> {
  const state = withLog(s, clock(s, env), {...entry, records: 0});
  return {state, result: {status: entry.status, body}};
}
