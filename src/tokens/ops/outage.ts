import {withLog} from '../log';
import {plural} from '../plural';
import type {JsonValue, LogChannel, LogKind, SandboxState} from '../model';

/** A 503 or 504: Stitch stored nothing, and the same request may simply be sent again. */
export const isUnavailable = (status: number): boolean => status === 503 || status === 504;

/**
 * While the "Import API outage" fault is on, Stitch answers 503 or 504 ("try again later").
 * Which one alternates with the request sequence, so a run shows both and stays
 * reproducible.
 */
export function outageAnswer(s: SandboxState): {status: 503 | 504; body: JsonValue} {
  return s.nextLogSeq % 2 === 0
    ? {status: 503, body: {status: 'ERROR', message: 'Service Unavailable'}}
    : {status: 504, body: {status: 'ERROR', message: 'Gateway Timeout'}};
}

/** Logs a request the outage refused: nothing stored, nothing queued. */
export function logOutage(
  s: SandboxState,
  now: number,
  kind: LogKind,
  action: string,
  tokenId: number | 'unknown' | null,
  records: number,
): {state: SandboxState; status: 503 | 504; body: JsonValue} {
  const {status, body} = outageAnswer(s);
  const via: LogChannel = 'import';
  const state = withLog(s, now, {
    via,
    kind,
    action,
    tokenId,
    integrationId: s.app.integrationId,
    status,
    outcome: `${status === 503 ? 'Service unavailable' : 'Gateway timeout'}: nothing stored; try again later (${plural(records, 'record')})`,
    records,
  });
  return {state, status, body};
}
