/**
 * Where the reader stands in the sandbox's current drill: which steps are done, the next one,
 * and the verdict. Only what the state shows counts, so a reload, another tab or a share
 * link gives the same answer. Step wording (with the controls' labels) belongs to the UI:
 * this gives keys.
 */
import {activeTokens, appTables, findActive} from '../lookups';
import {appTokenStatus} from '../ops/app';
import {isUnavailable} from '../ops/outage';
import {plural} from '../plural';
import {queuedRequests} from '../queue';
import {rotationOf} from '../rotation';
import {MAX_ACTIVE_TOKENS} from '../state';
import {schemaRows, tableOf} from '../destination';
import type {PresetKey, Rotation, SandboxState} from '../model';
import {rotationStatus, type Verdict} from './rotation';

export type DrillStepKey =
  | 'create-integration'
  | 'app-uses-token'
  | 'app-pushes'
  | 'traffic-on'
  | 'second-token'
  | 'validated'
  | 'switched'
  | 'old-revoked'
  | 'verified'
  | 'revoke-in-use'
  | 'revoke-leaked'
  | 'see-401s'
  | 'new-token'
  | 'resent'
  | 'push-first'
  | 'switch-to-second'
  | 'push-second'
  | 'limit'
  | 'see-unavailable'
  | 'retries'
  | 'outage-off'
  | 'delivered';

export interface DrillStep {
  readonly key: DrillStepKey;
  readonly done: boolean;
  /** Recommended only: not done, but a later step is. */
  readonly skipped: boolean;
}

export interface DrillStatus {
  readonly preset: PresetKey;
  readonly steps: readonly DrillStep[];
  /** The step to do now; null once every step is done. */
  readonly next: DrillStepKey | null;
  /** The drill's outcome so far; null before it has begun. */
  readonly verdict: Verdict | null;
  /**
   * The token the drill's rotation revoked, once it is revoked: its steps keep naming it
   * after the application has moved on to the new one.
   */
  readonly revokedToken: number | null;
}

const OPTIONAL: ReadonlySet<DrillStepKey> = new Set(['validated']);

type Check = (s: SandboxState, r: Rotation | undefined) => boolean;

const first = (s: SandboxState) => s.integrations[0];
const second = (s: SandboxState) => s.integrations[1];
const unavailable = (s: SandboxState) =>
  s.counters.byStatus.reduce((n, x) => n + (isUnavailable(x.status) ? x.count : 0), 0);
const rowsIn = (s: SandboxState, i: ReturnType<typeof first>) =>
  i === undefined ? 0 : schemaRows(s.destination, i.schema);

const CHECKS: Record<DrillStepKey, Check> = {
  'create-integration': (s) => s.integrations.length > 0,
  'app-uses-token': (s) => appTokenStatus(s).kind === 'valid',
  'app-pushes': (s) => findActive(s, s.app.token?.tokenId)?.lastUsedAt != null,
  'traffic-on': (s) =>
    (tableOf(s.destination, first(s)?.schema ?? '', appTables(s).tick)?.total ?? 0) > 0,
  'second-token': (_s, r) => r?.newTokenId != null,
  validated: (_s, r) => r?.validatedAt != null,
  switched: (_s, r) => r?.switchedAt != null,
  'old-revoked': (_s, r) => r?.oldRevokedAt != null,
  verified: (_s, r) => r?.verifiedAt != null,
  'revoke-in-use': (_s, r) => r?.trigger === 'revoked-in-use',
  'revoke-leaked': (_s, r) => r?.trigger === 'revoked-in-use',
  'see-401s': (_s, r) => (r?.interrupted ?? 0) > 0,
  'new-token': (_s, r) => r?.trigger === 'revoked-in-use' && r.newTokenId !== null,
  resent: (s, r) =>
    r !== undefined &&
    r.interrupted > 0 &&
    r.resent >= r.interrupted &&
    queuedRequests(s.failed.filter((e) => e.integrationId === r.integrationId)) === 0,
  'push-first': (s) => rowsIn(s, first(s)) > 0,
  'switch-to-second': (s) => {
    const t = appTokenStatus(s);
    return t.kind === 'valid' && t.integrationId === second(s)?.id;
  },
  'push-second': (s) => rowsIn(s, second(s)) > 0,
  limit: (s) => s.integrations.some((i) => activeTokens(s, i.id).length >= MAX_ACTIVE_TOKENS),
  'see-unavailable': (s) => unavailable(s) > 0,
  retries: (s) =>
    s.app.pending.some((p) => p.attempts > 1) ||
    s.log.some((e) => / \(retry \d+\)$/.test(e.action)),
  'outage-off': (s) => !s.outage && unavailable(s) > 0,
  delivered: (s) => !s.outage && unavailable(s) > 0 && s.app.pending.length === 0,
};

const STEPS: Record<PresetKey, readonly DrillStepKey[]> = {
  planned: [
    'create-integration',
    'app-uses-token',
    'app-pushes',
    'second-token',
    'validated',
    'switched',
    'old-revoked',
    'verified',
  ],
  'wrong-order': ['traffic-on', 'revoke-in-use', 'see-401s', 'new-token', 'switched', 'resent'],
  leak: ['revoke-leaked', 'see-401s', 'new-token', 'switched', 'resent'],
  'two-integrations': ['push-first', 'switch-to-second', 'push-second', 'limit'],
  outage: ['see-unavailable', 'retries', 'outage-off', 'delivered'],
};

/** The rotation a drill is about: the first integration's (the drills start with one). */
function drillRotation(s: SandboxState): Rotation | undefined {
  const i = s.preset === 'planned' ? (s.app.integrationId ?? first(s)?.id) : first(s)?.id;
  return i === undefined ? undefined : rotationOf(s.rotations, i);
}

function seconds(ms: number): string {
  return plural(Math.round(ms / 1000), 'second');
}

function verdictOf(s: SandboxState, r: Rotation | undefined, complete: boolean): Verdict | null {
  switch (s.preset) {
    case 'planned':
    case 'wrong-order':
      return r === undefined ? null : rotationStatus(s, r.integrationId)!.verdict;
    case 'leak': {
      if (r?.trigger !== 'revoked-in-use' || r.oldRevokedAt === null) return null;
      const window = (r.switchedAt ?? s.lastAt) - r.oldRevokedAt;
      const refused = plural(r.interrupted, 'request');
      if (!complete)
        return {
          tone: 'warning',
          text: `Leaked token revoked. 401 window so far: ${seconds(window)}, ${refused} refused`,
        };
      return {
        tone: 'success',
        text: `Leak contained: a 401 window of ${seconds(window)} (${refused} refused), ${plural(r.resentRecords, 'record')} re-sent, 0 lost`,
      };
    }
    case 'two-integrations': {
      if (!complete) return null;
      const [a, b] = [first(s)!, second(s)!];
      return {
        tone: 'success',
        text: `Each token wrote only to its own schema: ${a.schema} ${plural(rowsIn(s, a), 'row')}, ${b.schema} ${plural(rowsIn(s, b), 'row')}; a third active token is refused`,
      };
    }
    case 'outage': {
      const n = unavailable(s);
      if (n === 0) return null;
      const held = s.app.pending.reduce((k, p) => k + p.count, 0);
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

export function drillStatus(s: SandboxState): DrillStatus {
  const r = drillRotation(s);
  const keys = STEPS[s.preset];
  const met = keys.map((k) => CHECKS[k](s, r));
  // A later step done means the earlier ones were (a revoked token no longer "in use"),
  // except the recommended ones, which are passed over instead.
  const done = [...met];
  let later = false;
  for (let i = keys.length - 1; i >= 0; i--) {
    if (later && !OPTIONAL.has(keys[i]!)) done[i] = true;
    later ||= done[i]!;
  }
  const lastDone = done.lastIndexOf(true);
  const steps = keys.map((key, i) => ({
    key,
    done: done[i]!,
    skipped: !done[i] && OPTIONAL.has(key) && i < lastDone,
  }));
  const next = steps.find((st) => !st.done && !st.skipped)?.key ?? null;
  return {
    preset: s.preset,
    steps,
    next,
    verdict: verdictOf(s, r, next === null),
    revokedToken: r !== undefined && r.oldRevokedAt !== null ? r.oldTokenId : null,
  };
}
