/** Every drill step in words, as a plan (a page's list, no state) or from where the reader stands. */
import {
  plural,
  resendReadiness,
  failedQueue,
  type DrillFix,
  type DrillStatus,
  type DrillStepKey,
  type SandboxState,
} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import {
  appUsesToken,
  b,
  copyClose,
  r,
  settingsTab,
  drillName,
  inUse,
  newToken,
  pushWith,
  see401s,
  step,
  switched,
  switchToSecond,
  trafficOff,
  turnOnTraffic,
  watch,
  type Live,
  type StepWording,
  type Wording,
} from './moves';

export type {Live, StepPlace, StepWording} from './moves';

const {buttons: sb, panels: sp} = sandboxLabels;
const {buttons: wb} = stitchApp;

/** Each step's wording, literal enough to follow without guessing. */
const WORDING: Record<DrillStepKey, Wording> = {
  'create-integration': () =>
    step(
      'webApp',
      'Create an integration',
      r`In ${b(sp.webApp)}, click ${b(wb.addIntegration)}, then ${b(stitchApp.integrations.importApi)}. Type a name and click ${b(wb.saveAndGenerateToken)}.`,
    ),
  'app-uses-token': appUsesToken,
  'traffic-on': () =>
    step(
      'app',
      'Turn on traffic',
      r`${turnOnTraffic}: the application pushes a few records every second, and the token’s ${(<em>Last used</em>)} time appears in the web app.`,
    ),
  'second-token': newToken,
  'new-token': newToken,
  validated: () =>
    step(
      'app',
      'Validate the new token',
      r`Recommended: in ${b(sp.app)}, click ${b(sb.validateCopied)}. Stitch checks the token and the batch and stores nothing.`,
    ),
  switched,
  'old-revoked': (live) =>
    step(
      'webApp',
      'Revoke the old token',
      r`In ${b(sp.webApp)}, click ${b(wb.revoke)} next to the old token${live?.status.oldToken == null ? '' : ` (${live.status.oldToken})`}, which your application no longer sends, and confirm.`,
    ),
  verified: (live) =>
    step(
      watch(live),
      'A push after the revoke',
      trafficOff(live)
        ? r`${turnOnTraffic} (or click ${b(sb.sendPush)}): the push succeeds with the new token.`
        : 'Let the application push once more: the push succeeds with the new token.',
    ),
  'revoke-in-use': (live) =>
    step(
      'webApp',
      'Revoke the token in use',
      r`In ${b(sp.webApp)}, open ${settingsTab(drillName(live))} and click ${b(wb.revoke)} next to the token your application sends${inUse(live) === null ? '' : ` (${inUse(live)})`}. Confirm despite the warning.`,
    ),
  'revoke-leaked': (live) =>
    step(
      'webApp',
      'Revoke the leaked token',
      r`Token ${inUse(live) ?? 'in use'} has leaked: revoke it now. In ${b(sp.webApp)}, open ${settingsTab(drillName(live))}, click ${b(wb.revoke)} next to it and confirm. Pushes fail until the application has a new token.`,
    ),
  'see-401s': see401s,
  resent: () =>
    step(
      'log',
      'Re-send failed requests',
      r`In ${b(sp.log)}, click ${b(sb.resend)}: every refused record is loaded once, into its own schema.`,
    ),
  'push-first': (live) => pushWith(live, 0),
  'switch-to-second': switchToSecond,
  'push-second': (live) => pushWith(live, 1),
  limit: (live) =>
    step(
      'webApp',
      'Give an integration two tokens',
      live?.s.reveal != null
        ? r`In the token window, ${copyClose}.`
        : r`In ${b(sp.webApp)}, open either integration’s ${b(stitchApp.tabs.settings)} tab and click ${b(wb.generateToken)}: with two active tokens it has the most an integration may have, and the reason a third is refused shows beside the button.`,
    ),
  'see-unavailable': (live) => {
    const off = live !== null && !live.s.outage;
    return step(
      off ? 'toolbar' : 'app',
      'Push during the outage',
      r`${off ? r`Turn ${b(sb.outage)} back on at the top of the sandbox. ` : r`${b(sb.outage)} is on. `}${turnOnTraffic} (or click ${b(sb.sendPush)}): pushes answer 503 or 504 and nothing is stored.`,
    );
  },
  retries: (live) =>
    step(
      watch(live),
      'Watch the retries',
      r`${trafficOff(live) ? r`${turnOnTraffic}: the application retries while it runs. ` : ''}In ${b(sp.log)}, the application sends each refused batch again, waiting longer each time (retry 1, 2 …).`,
    ),
  'outage-off': () =>
    step('toolbar', 'End the outage', r`Turn off ${b(sb.outage)} at the top of the sandbox.`),
  delivered: (live) =>
    step(
      watch(live),
      'Held records go through',
      trafficOff(live)
        ? r`${turnOnTraffic}: its next retries deliver the held records, and nothing is lost.`
        : 'Watch the held records go through with the next retries: nothing is lost.',
    ),
};

/** "Step 3 of 8": where the next step stands in its drill. */
export function stepOf(status: DrillStatus): string {
  return `Step ${status.steps.findIndex((x) => x.key === status.next) + 1} of ${status.steps.length}`;
}

/** A step said as a plan (a page's list) or from the state (the live steps). */
export function stepWording(key: DrillStepKey, live: Live | null): StepWording {
  return WORDING[key](live);
}

/** What must be put right first, from the state. */
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
  }
}
