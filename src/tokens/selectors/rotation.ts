/** A rotation's outcome so far, as the UI says it. */
import {plural} from '../plural';
import {isRunning} from '../rotation';
import type {Rotation} from '../model';

export interface Verdict {
  readonly tone: 'success' | 'info' | 'warning' | 'error';
  readonly text: string;
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
