/**
 * `POST /v2/import/validate`: the same body and token as a push; it checks the credentials
 * and the batch and stores nothing. The way to test a new token before the application
 * switches to it, so a validate with a rotation's replacement ticks "new token validated".
 */
import {withLog} from '../log';
import {findActive, findIntegration, findToken} from '../lookups';
import {plural} from '../plural';
import {onValidated} from '../rotation';
import {clock} from '../state';
import type {Step, ValidateResult} from '../events';
import type {Env, JsonValue, LogChannel, SandboxState} from '../model';
import {logOutage} from './outage';
import {BODY_401, BODY_403, type PushInput} from './push';

export const VALIDATE_ACTION = 'POST /v2/import/validate';
export const BODY_VALID: JsonValue = {status: 'OK', message: 'Batch is valid!'};

export function opValidate(
  s: SandboxState,
  input: PushInput,
  env: Env,
  via: LogChannel,
): Step<ValidateResult> {
  const now = clock(s, env);
  const n = input.groups.reduce((a, g) => a + g.count, 0);
  const presentedId = input.token?.tokenId ?? null;
  const tokenId: ValidateResult['tokenId'] =
    input.token === null ? null : (presentedId ?? 'unknown');
  if (s.outage) {
    const o = logOutage(s, now, 'validate', VALIDATE_ACTION, tokenId, n);
    return {state: o.state, result: {status: o.status, body: o.body, tokenId}};
  }
  const active = findActive(s, presentedId);
  const entry = {via, kind: 'validate' as const, action: VALIDATE_ACTION, tokenId, records: n};
  if (active === undefined) {
    const known = presentedId === null ? undefined : findToken(s, presentedId);
    const why =
      input.token === null
        ? 'no token sent'
        : known
          ? `token ${known.id} is revoked`
          : 'unknown token';
    const state = withLog(s, now, {
      ...entry,
      integrationId: known?.integrationId ?? s.app.integrationId,
      status: 401,
      outcome: `Not authenticated (${why}): nothing stored, nothing to re-send`,
    });
    return {state, result: {status: 401, body: BODY_401, tokenId}};
  }
  const integration = findIntegration(s, active.integrationId)!;
  const wrong = input.clientIds.find((c) => c !== integration.stitchClientId);
  if (wrong !== undefined) {
    const state = withLog(s, now, {
      ...entry,
      integrationId: integration.id,
      status: 403,
      outcome: `Forbidden: token ${active.id} belongs to client ${integration.stitchClientId}, not ${wrong}`,
    });
    return {state, result: {status: 403, body: BODY_403, tokenId}};
  }
  const state = withLog(
    {...s, rotations: onValidated(s.rotations, integration.id, active.id, now)},
    now,
    {
      ...entry,
      integrationId: integration.id,
      status: 200,
      outcome: `Batch is valid: token ${active.id} may write ${plural(n, 'record')} to ${integration.schema}; nothing stored`,
    },
  );
  return {state, result: {status: 200, body: BODY_VALID, tokenId}};
}
