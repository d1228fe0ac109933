/** What must be put right before the next step, in words, from the state. */
import {
  failedQueue,
  plural,
  resendReadiness,
  type DrillFix,
  type SandboxState,
} from '@site/src/tokens';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import {b, r, step, type StepWording} from './moves';

const {buttons: sb, panels: sp} = sandboxLabels;

export function fixWording(fix: DrillFix, s: SandboxState): StepWording {
  switch (fix) {
    case 'resend': {
      const n = plural(failedQueue(s).requests, 'failed request');
      const ready = resendReadiness(s);
      return step(
        'log',
        `Re-send ${n}`,
        ready.kind === 'blocked'
          ? r`${n} wait in ${b(sp.failed)}. ${ready.reason}`
          : r`${n} wait in ${b(sp.failed)}: nothing was loaded for them. In ${b(sp.log)}, click ${b(sb.resend)}.`,
      );
    }
    case 'restart':
      return step(
        'toolbar',
        'Start the drill again',
        r`The old token was revoked after your application switched away from it: a safe rotation, so no push failed. This drill revokes the token while it is still in use: click ${b(sb.startDrill)} to begin again.`,
      );
  }
}
