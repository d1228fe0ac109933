/**
 * A step is done only while what it names is true of the state, so a reload, another tab or a
 * share link gives the same answer and a mistake undoes a step at once; wording is the UI's.
 */
import {activeTokens, findActive, findToken, tokenHistory} from '../lookups';
import {appTokenStatus, sendsActiveToken, sendsValidTo} from '../ops/app';
import {isUnavailable} from '../ops/outage';
import {plural} from '../plural';
import {queuedRequests} from '../queue';
import {findRotation, revokedInUse, takesAsReplacement} from '../rotation';
import {MAX_ACTIVE_TOKENS} from '../limits';
import {schemaRows} from '../destination';
import type {Integration, DrillKey, Rotation, SandboxState} from '../model';
import {rotationVerdict, type Verdict} from './rotation';
import {appStatus, freeSlot, reachable, type FreeSlot} from './tokens';

/** A drill's step: a name for the UI's wording, and the fact it checks (`CHECKS`). */
export type DrillStepKey = keyof typeof CHECKS;

/** Put right before the next step: a re-send, or a restart (the in-use token revoked too late). */
export type DrillFix = 'resend' | 'restart';

/** Where the reader stands in the current drill; see `drillStatus`. */
export type DrillStatus = ReturnType<typeof drillStatus>;

/** The drill's new token: none yet, shown, `lost` (closed uncopied, or a reload) or `ready`. */
export type Replacement =
  FreeSlot | {readonly kind: 'shown' | 'lost' | 'ready'; readonly tokenId: number};

export const DRILL_STEPS: Record<DrillKey, readonly DrillStepKey[]> = {
  planned: [
    'create-integration',
    'app-uses-token',
    'traffic-on',
    'second-token',
    'validated',
    'switched',
    'old-revoked',
    'verified',
  ],
  'wrong-order': ['traffic-on', 'revoke-in-use', 'see-401s', 'new-token', 'switched', 'resent'],
  leak: ['traffic-on', 'revoke-leaked', 'new-token', 'switched', 'resent'],
  'two-integrations': ['push-first', 'switch-to-second', 'push-second', 'limit'],
  outage: ['see-unavailable', 'retries', 'outage-off', 'delivered'],
};

/** Recommended steps: passed over, not missing, once the step after them is done. */
const OPTIONAL: ReadonlySet<DrillStepKey> = new Set(['validated']);

function replacementOf({s, integration, r}: Subject): Replacement | null {
  if (integration === undefined) return null;
  if (s.reveal?.integrationId === integration.id) return {kind: 'shown', tokenId: s.reveal.tokenId};
  const id = r?.newTokenId ?? null;
  if (r === undefined || id === null || findActive(s, id) === undefined)
    return freeSlot(s, integration.id);
  if (reachable(s, id)) return {kind: 'ready', tokenId: id};
  // Another token the application sends or can, if the rotation would take it instead.
  const other = [s.app.token?.tokenId, s.app.clipboard?.tokenId].find(
    (t) =>
      t != null &&
      takesAsReplacement(r, t) &&
      reachable(s, t) &&
      findActive(s, t)?.integrationId === integration.id,
  );
  return other == null ? {kind: 'lost', tokenId: id} : {kind: 'ready', tokenId: other};
}

/** The drill's integration, and its rotation: one whose old token the application pushed with. */
type Subject = ReturnType<typeof subjectOf>;

const first = (s: SandboxState) => s.integrations[0];
const second = (s: SandboxState) => s.integrations[1];
const unavailable = (s: SandboxState) =>
  s.counters.byStatus.reduce((n, x) => n + (isUnavailable(x.status) ? x.count : 0), 0);
/** An integration holding the most active tokens allowed, if any. */
const atLimit = (s: SandboxState) =>
  s.integrations.find((i) => activeTokens(s, i.id).length >= MAX_ACTIVE_TOKENS);
const rowsIn = (s: SandboxState, i: Integration | undefined) =>
  i === undefined ? 0 : schemaRows(s.destination, i.schema);

const CHECKS = {
  'create-integration': ({s}) => s.integrations.length > 0,
  'app-uses-token': ({s, integration}) => sendsValidTo(s, integration?.id),
  // On, and it has run: a token of the drill's integration has a last use (not only the one
  // just switched to, so a switch does not send the reader back to this step).
  'traffic-on': ({s, integration}) =>
    s.app.traffic &&
    integration !== undefined &&
    tokenHistory(s, integration.id).some((t) => t.lastUsedAt !== null),
  'second-token': (x) => x.r !== undefined && replacementOf(x)?.kind === 'ready',
  validated: ({r}) => r?.validatedAt != null,
  switched: ({s, r}) => r?.switchedAt != null && sendsActiveToken(s, r.newTokenId),
  'old-revoked': ({r}) => r?.oldRevokedAt != null,
  verified: ({r}) => r?.verifiedAt != null,
  'revoke-in-use': ({r}) => revokedInUse(r),
  'revoke-leaked': ({r}) => revokedInUse(r),
  'see-401s': ({r}) => (r?.interrupted ?? 0) > 0,
  'new-token': (x) => revokedInUse(x.r) && replacementOf(x)?.kind === 'ready',
  resent: ({s, r}) =>
    revokedInUse(r) &&
    r.switchedAt !== null &&
    r.resent >= r.interrupted &&
    queuedRequests(s.failed, r.integrationId) === 0,
  'push-first': ({s}) => rowsIn(s, first(s)) > 0,
  'switch-to-second': ({s}) => sendsValidTo(s, second(s)?.id),
  'push-second': ({s}) => rowsIn(s, second(s)) > 0,
  limit: ({s}) => atLimit(s) !== undefined,
  'see-unavailable': ({s}) => unavailable(s) > 0,
  retries: ({s}) => s.counters.retried > 0,
  'outage-off': ({s}) => !s.outage && unavailable(s) > 0,
  delivered: ({s}) =>
    !s.outage && s.counters.retried > 0 && s.app.pending.length === 0 && unavailable(s) > 0,
} satisfies Record<string, (x: Subject) => boolean>;

function subjectOf(s: SandboxState) {
  const integration =
    s.drill === 'planned'
      ? (s.integrations.find((i) => i.id === s.app.integrationId) ?? first(s))
      : first(s);
  const r = integration === undefined ? undefined : findRotation(s.rotations, integration.id);
  // A token the application never pushed with is not what a rotation protects: replacing it
  // is setting up, not the drill's rotation.
  const used = r !== undefined && findToken(s, r.oldTokenId)?.lastUsedAt != null;
  return {s, integration, r: used ? r : undefined};
}

/** A safe rotation: in a drill about revoking the token in use, its lesson cannot happen. */
const revokedAfterSwitch = (r: Rotation | undefined) => r?.oldRevokedAt != null && !revokedInUse(r);

function verdictOf(x: Subject, complete: boolean): Verdict | null {
  const {s, r} = x;
  switch (s.drill) {
    case 'planned':
      return r === undefined ? null : rotationVerdict(r);
    case 'wrong-order':
      return r === undefined || revokedAfterSwitch(r) ? null : rotationVerdict(r);
    case 'leak': {
      if (!revokedInUse(r)) return null;
      const ms = (r.switchedAt ?? s.lastAt) - r.oldRevokedAt;
      const window = plural(Math.round(ms / 1000), 'second');
      const refused =
        r.interrupted === 0 ? 'no request refused' : `${plural(r.interrupted, 'request')} refused`;
      return complete
        ? {
            tone: 'success',
            text: `Leak contained: a 401 window of ${window} (${refused}), ${plural(r.resentRecords, 'record')} re-sent, 0 lost`,
          }
        : {tone: 'warning', text: `Leaked token revoked. 401 window so far: ${window}, ${refused}`};
    }
    case 'two-integrations': {
      const [a, b] = s.integrations;
      const full = atLimit(s);
      if (!complete || a === undefined || b === undefined || full === undefined) return null;
      return {
        tone: 'success',
        text: `Each token wrote only to its own schema: ${a.schema} ${plural(rowsIn(s, a), 'row')}, ${b.schema} ${plural(rowsIn(s, b), 'row')}; ${full.displayName} has ${MAX_ACTIVE_TOKENS} active tokens, the most an integration may have`,
      };
    }
    case 'outage': {
      const n = unavailable(s);
      if (n === 0) return null;
      const held = appStatus(s).pending.records;
      return complete
        ? {
            tone: 'success',
            text: `${plural(n, 'request')} answered 503/504 and were retried with back-off: 0 records lost`,
          }
        : {
            tone: 'info',
            text: `${plural(n, 'request')} answered 503/504 so far; the application holds ${plural(held, 'record')} to retry`,
          };
    }
  }
}

function fixOf({s, r}: Subject, keys: readonly DrillStepKey[]): DrillFix | null {
  const teachesRevokeInUse = keys.includes('revoke-in-use') || keys.includes('revoke-leaked');
  if (teachesRevokeInUse && revokedAfterSwitch(r)) return 'restart';
  // Drills that teach the re-send have it as a step; elsewhere it is a fix once a valid token
  // is in place (before that, the step that gives one comes first).
  return !keys.includes('resent') &&
    queuedRequests(s.failed) > 0 &&
    appTokenStatus(s).kind === 'valid'
    ? 'resend'
    : null;
}

export function drillStatus(s: SandboxState) {
  const x = subjectOf(s);
  const keys = DRILL_STEPS[s.drill];
  const done = keys.map((k) => CHECKS[k](x));
  const steps = keys.map((key, i) => ({
    key,
    done: done[i] === true,
    skipped: done[i] !== true && OPTIONAL.has(key) && done[i + 1] === true,
  }));
  const next = steps.find((st) => !st.done && !st.skipped)?.key ?? null;
  const fix = fixOf(x, keys);
  const complete = next === null && fix === null;
  return {
    drill: s.drill,
    steps,
    /** The step to do now; null once every step is done. */
    next,
    /** Comes before `next`: a mistake's consequence to put right. */
    fix,
    complete,
    verdict: verdictOf(x, complete),
    /** The integration the drill is about (the first one, or the application's). */
    integrationId: x.integration?.id ?? null,
    /** The rotation's old and new tokens, once a rotation of the drill has begun. */
    oldToken: x.r?.oldTokenId ?? null,
    newToken: x.r?.newTokenId ?? null,
    replacement: replacementOf(x),
  };
}
