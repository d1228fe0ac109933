/** "Re-send failed requests": those of the app token's integration (or none), each exactly once. */
import {findActive, findIntegration} from '../lookups';
import {plural} from '../plural';
import {IMPORT_ROUTES} from '../http/util';
import {queuedRecords, queuedRequests} from '../queue';
import {refusal, refusals} from '../refusals';
import {onResent} from '../rotation';
import {clock} from '../log';
import type {OutcomeOf, RefusalCode, Result, Step} from '../events';
import type {Env, Integration, QueueEntry, SandboxState, Token} from '../model';
import {deliver} from './push';

const RESEND_ACTION = `POST ${IMPORT_ROUTES.push} (re-send)`;

/** Why queued requests cannot go with a token of `target`, one note per integration and reason. */
function waitingNotes(
  s: SandboxState,
  kept: readonly QueueEntry[],
  target: Integration,
  still: boolean,
): string[] {
  const groups = new Map<
    string,
    {requests: number; first: QueueEntry; wrong: number | undefined}
  >();
  for (const e of kept) {
    const other = e.integrationId !== null && e.integrationId !== target.id;
    const wrong = other ? undefined : e.clientIds.find((c) => c !== target.stitchClientId);
    const key = `${e.integrationId}:${wrong ?? ''}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, {requests: e.requests, first: e, wrong});
    else g.requests += e.requests;
  }
  return [...groups.values()].map(({requests, first, wrong}) => {
    const label =
      first.integrationId === null
        ? 'no known integration'
        : (findIntegration(s, first.integrationId)?.displayName ??
          `integration ${first.integrationId}`);
    const reason =
      wrong === undefined
        ? `the application's token belongs to ${target.displayName}`
        : `its records carry client_id ${wrong}, not ${target.stitchClientId}`;
    const verb = requests === 1 ? 'waits' : 'wait';
    return `${plural(requests, 'request')} for ${label} ${still ? 'still ' : ''}${verb}: ${reason}`;
  });
}

function noValidToken(s: SandboxState): string {
  const presented = s.app.token;
  if (presented === null) return 'the application has no token';
  if (presented.tokenId === null) return 'the application sends an unknown token';
  return `the application sends token ${presented.tokenId}, which is revoked`;
}

/** What "Re-send failed requests" would do now: the one rule the button and the action share. */
export function resendPlan(s: SandboxState): Result<{
  readonly token: Token;
  readonly integration: Integration;
  readonly send: readonly QueueEntry[];
  readonly kept: readonly QueueEntry[];
}> {
  if (s.failed.length === 0) return refusals.nothingToResend();
  const token = findActive(s, s.app.token?.tokenId);
  const refused = (code: RefusalCode, why: string, next: string) =>
    refusal(code, `Not re-sent: ${why}. ${next}; ${refusals.queuedNote(queuedRecords(s.failed))}.`);
  if (token === undefined)
    return refused('no-valid-token', noValidToken(s), 'Set a valid token in the application first');
  const integration = findIntegration(s, token.integrationId)!;
  const goes = (e: QueueEntry) =>
    (e.integrationId === null || e.integrationId === integration.id) &&
    e.clientIds.every((c) => c === integration.stitchClientId);
  const send = s.failed.filter(goes);
  const kept = s.failed.filter((e) => !goes(e));
  if (send.length > 0) return {ok: true, token, integration, send, kept};
  const clientOnly = kept.every(
    (e) => e.integrationId === null || e.integrationId === integration.id,
  );
  return refused(
    clientOnly ? 'client-mismatch' : 'other-integration',
    waitingNotes(s, kept, integration, false).join('; '),
    clientOnly
      ? 'Such records can only be refused again'
      : 'Set a token of that integration in the application first',
  );
}

export function opResend(s: SandboxState, env: Env): Step<OutcomeOf<'resent'>> {
  const plan = resendPlan(s);
  if (!plan.ok) return {state: s, result: plan};
  const {token: active, integration, send, kept} = plan;
  const now = clock(s, env);
  const records = queuedRecords(send);
  const requests = queuedRequests(send);
  const stillMine = queuedRequests(kept, integration.id);
  const notes = waitingNotes(s, kept, integration, true);
  const note = notes.length === 0 ? null : notes.join('; ');
  const outcome = `Re-sent ${plural(records, 'record')} from ${plural(requests, 'failed request')} into ${integration.schema}${note === null ? '' : `; ${note}`}`;
  const {state, loaded} = deliver(
    {...s, failed: kept},
    active,
    integration,
    send.map((e) => ({table: e.table, count: e.total, rows: e.recent})),
    now,
    {kind: 'resend', action: RESEND_ACTION, outcome},
  );
  // Credited once the re-send is counted: only the delivered integration's rotation.
  const rotations = onResent(state.rotations, integration.id, stillMine, records);
  return {
    state: {...state, rotations},
    result: {
      ok: true,
      type: 'resent',
      loaded,
      requests,
      tokenId: active.id,
      waiting: {requests: queuedRequests(kept), records: queuedRecords(kept)},
      note,
    },
  };
}
