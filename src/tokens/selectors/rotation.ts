/** Where a rotation stands, step by step, and its verdict. */
import {plural} from '../plural';
import {isRunning, findRotation} from '../rotation';
import type {Rotation, SandboxState} from '../model';

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
  /** The new token passed a validate request before the application switched to it. */
  readonly validatedAt: number | null;
  /** The application's first accepted push with the new token. */
  readonly switchedAt: number | null;
  /** The old token was revoked before the app was confirmed on the new one. */
  readonly revokedBeforeSwitch: boolean;
  readonly interrupted: number;
  readonly resent: number;
  readonly verdict: Verdict;
}

const requests = (n: number): string => plural(n, 'request');

/** The rotation's outcome so far, in one sentence. */
export function rotationVerdict(r: Rotation): Verdict {
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

/** Rotation of the given integration, or of the one the application belongs to; null if none ever began. */
export function rotationStatus(s: SandboxState, integrationId?: number): RotationStatus | null {
  const id = integrationId ?? s.app.integrationId;
  if (id === null) return null;
  const r = findRotation(s.rotations, id);
  if (r === undefined) return null;
  return {
    integrationId: id,
    trigger: r.trigger,
    inProgress: isRunning(r),
    abandoned: r.abandonedAt !== null,
    oldTokenId: r.oldTokenId,
    newTokenId: r.newTokenId,
    startedAt: r.startedAt,
    validatedAt: r.validatedAt,
    switchedAt: r.switchedAt,
    revokedBeforeSwitch:
      r.oldRevokedAt !== null && (r.switchedAt === null || r.switchedAt > r.oldRevokedAt),
    interrupted: r.interrupted,
    resent: r.resent,
    verdict: rotationVerdict(r),
  };
}
