import {withLog, type LogInput} from '../log';
import {plural} from '../plural';
import type {JsonValue, SandboxState} from '../model';

/** A 503 or 504: Stitch stored nothing, and the same request may simply be sent again. */
export const isUnavailable = (status: number): boolean => status === 503 || status === 504;

/** A request the outage refused: 503 and 504 alternate by sequence, so a run shows both. */
export function logOutage(
  s: SandboxState,
  now: number,
  entry: Pick<LogInput, 'kind' | 'action' | 'tokenId' | 'records'>,
): {state: SandboxState; status: 503 | 504; body: JsonValue} {
  const status = s.nextLogSeq % 2 === 0 ? 503 : 504;
  const message = status === 503 ? 'Service Unavailable' : 'Gateway Timeout';
  const state = withLog(s, now, {
    ...entry,
    via: 'import',
    integrationId: s.app.integrationId,
    status,
    outcome: `${status === 503 ? 'Service unavailable' : 'Gateway timeout'}: nothing stored; try again later (${plural(entry.records, 'record')})`,
  });
  return {state, status, body: {status: 'ERROR', message}};
}
