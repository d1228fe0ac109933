/** Where a rotation stands, step by step, and its verdict. */
import {findToken} from '../lookups';
import {plural} from '../plural';
import {isRunning, rotationOf} from '../rotation';
import type {Rotation, SandboxState} from '../model';

export type RotationStepKey =
  'second-token' | 'validated' | 'app-switched' | 'old-revoked' | 'verified';

export interface RotationStep {
  readonly key: RotationStepKey;
  readonly label: string;
  readonly done: boolean;
  /** Not done, but a later step is: passed over (validating is recommended, not required). */
  readonly skipped: boolean;
  readonly at: number | null;
}

export type VerdictTone = 'success' | 'info' | 'warning' | 'error';

export interface Verdict {
  readonly tone: VerdictTone;
  readonly text: string;
}

export interface RotationStatus {
  readonly integrationId: number;
  readonly trigger: Rotation['trigger'];
  readonly inProgress: boolean;
  readonly abandoned: boolean;
  readonly oldTokenId: number;
  readonly newTokenId: number | null;
  readonly startedAt: number;
  /** Steps in the safe order; `done` may be true out of order (revoke-first). */
  readonly steps: readonly RotationStep[];
  /** The first step not done and not passed over: what to do next (null when all are). */
  readonly next: RotationStepKey | null;
  /** The old token was revoked before the app was confirmed on the new one. */
  readonly revokedBeforeSwitch: boolean;
  readonly interrupted: number;
  readonly resent: number;
  readonly verdict: Verdict;
}

const requests = (n: number): string => plural(n, 'request');

function verdictOf(r: Rotation): Verdict {
  const running = isRunning(r);
  if (r.abandonedAt !== null) {
    return {
      tone: 'info',
      text: 'Rotation abandoned: the new token was revoked while the old one still works',
    };
  }
  const one = r.interrupted === 1;
  if (r.interrupted > 0 && r.resent < r.interrupted) {
    return {
      tone: 'error',
      text: `${requests(r.interrupted)} failed while an invalid token was in use: re-send ${one ? 'it' : 'them'}`,
    };
  }
  if (r.interrupted > 0) {
    const failed = `${requests(r.interrupted)} failed while an invalid token was in use and ${one ? 'was' : 'were'} re-sent`;
    return {
      tone: 'warning',
      text: running ? `Rotation in progress; ${failed}` : `Rotated; ${failed}`,
    };
  }
  return running
    ? {tone: 'info', text: 'Rotation in progress with 0 interrupted requests so far'}
    : {tone: 'success', text: 'Rotated with 0 interrupted requests'};
}

function stepsOf(s: SandboxState, r: Rotation): RotationStep[] {
  const created = r.newTokenId === null ? null : (findToken(s, r.newTokenId)?.createdAt ?? null);
  const raw: [RotationStepKey, string, number | null][] = [
    ['second-token', 'A second token exists', created],
    ['validated', 'The new token passed a validate request (recommended)', r.validatedAt],
    ['app-switched', 'The application uses the new token (seen by its last use)', r.switchedAt],
    ['old-revoked', 'The old token is revoked', r.oldRevokedAt],
    ['verified', 'A push with the new token succeeded after the revoke', r.verifiedAt],
  ];
  const done = raw.map(([key, , at]) =>
    key === 'second-token' ? r.newTokenId !== null : at !== null,
  );
  const lastDone = done.lastIndexOf(true);
  return raw.map(([key, label, at], i) => ({
    key,
    label,
    done: done[i]!,
    skipped: !done[i] && i < lastDone,
    at,
  }));
}

/** Rotation of the given integration, or of the one the application belongs to; null if none ever began. */
export function rotationStatus(s: SandboxState, integrationId?: number): RotationStatus | null {
  const id = integrationId ?? s.app.integrationId;
  if (id === null) return null;
  const r = rotationOf(s.rotations, id);
  if (r === undefined) return null;
  const steps = stepsOf(s, r);
  return {
    integrationId: id,
    trigger: r.trigger,
    inProgress: isRunning(r),
    abandoned: r.abandonedAt !== null,
    oldTokenId: r.oldTokenId,
    newTokenId: r.newTokenId,
    startedAt: r.startedAt,
    steps,
    next: steps.find((st) => !st.done && !st.skipped)?.key ?? null,
    revokedBeforeSwitch:
      r.oldRevokedAt !== null && (r.switchedAt === null || r.switchedAt > r.oldRevokedAt),
    interrupted: r.interrupted,
    resent: r.resent,
    verdict: verdictOf(r),
  };
}
