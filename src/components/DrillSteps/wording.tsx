/** Every drill step and fix in words: as a plan (a page's list, no state) or from the state. */
import {
  EXAMPLE_NAMES,
  appStatus,
  appTokenStatus,
  failedQueue,
  findIntegration,
  integrations,
  plural,
  resendReadiness,
  revealedSecret,
  sendsActiveToken,
  tokenRoute,
  type DrillFix,
  type DrillStepKey,
  type SandboxState,
} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import {sandboxLabels} from '@site/src/data/sandbox-labels';
import {
  b,
  copyClose,
  giveAppMove,
  newTokenMove,
  owner,
  r,
  settingsTab,
  step,
  type Live,
  type StepPlace,
  type StepWording,
  type Wording,
} from './moves';

const {buttons: sb, panels: sp} = sandboxLabels;
const {buttons: wb} = stitchApp;

const drillName = (live: Live | null) => {
  const id = live?.status.integrationId;
  return (
    (live !== null && id != null ? findIntegration(live.s, id)?.displayName : undefined) ??
    EXAMPLE_NAMES.first
  );
};
const nth = (live: Live | null, i: number) => (live === null ? undefined : integrations(live.s)[i]);
const trafficOff = (live: Live | null) => live !== null && !appStatus(live.s).traffic;
const tokenWindowOpen = (live: Live | null) => live !== null && revealedSecret(live.s) !== null;
/** The token the application sends (or the drill's old one), for the revoke steps. */
const inUse = (live: Live | null) => {
  const sent = live === null ? null : appTokenStatus(live.s);
  return live?.status.oldToken ?? (sent !== null && 'tokenId' in sent ? sent.tokenId : null);
};
const turnOnTraffic = r`In ${b(sp.app)}, turn on ${b(sb.continuousTraffic)}`;
/** Before what traffic shows: turn it on, or (already on) watch it. */
const withTraffic = (live: Live | null) =>
  trafficOff(live) ? r`${turnOnTraffic}: ` : r`With ${b(sb.continuousTraffic)} on, `;
/** Traffic's place: the application while it is off, else the log where its pushes show. */
const watch = (live: Live | null): StepPlace => (trafficOff(live) ? 'app' : 'log');

const newToken: Wording = (live) => {
  const kind = live?.status.replacement?.kind;
  const short =
    kind === 'lost'
      ? 'Replace the lost token'
      : kind === 'shown'
        ? 'Copy the token, then close'
        : 'Generate a new token';
  return step('webApp', short, newTokenMove(drillName(live), live?.status.replacement ?? null));
};

/** Send push with the first or second integration's token (two-integrations drill). */
function pushWith(live: Live | null, i: 0 | 1): StepWording {
  const it = nth(live, i);
  const name = it?.displayName ?? (i === 0 ? EXAMPLE_NAMES.first : EXAMPLE_NAMES.second);
  const schema = it?.schema ?? (i === 0 ? 'customer_records' : 'orders');
  const route = live === null || it === undefined ? null : tokenRoute(live.s, it.id);
  const needs = route !== null && route.kind !== 'sent';
  const fix = needs
    ? r`Your application does not send ${owner(name)} token now. ${giveAppMove(name, route)} `
    : '';
  return step(
    needs && route.kind !== 'copied' ? 'webApp' : 'app',
    i === 0 ? `Push with ${owner(name)} token` : 'Push again',
    r`${fix}${i === 0 ? r`In ${b(sp.app)}, click` : 'Click'} ${b(sb.sendPush)}: only ${(<code>{schema}</code>)} grows in ${b(sp.destination)}.`,
  );
}

/** Each step's wording, literal enough to follow without guessing (`null`: as a plan). */
export const WORDING: Record<DrillStepKey, Wording> = {
  'create-integration': () =>
    step(
      'webApp',
      'Create an integration',
      r`In ${b(sp.webApp)}, click ${b(wb.addIntegration)}, then ${b(stitchApp.integrations.importApi)}. Type a name and click ${b(wb.saveAndGenerateToken)}.`,
    ),
  'app-uses-token': (live) => {
    const id = live?.status.integrationId;
    const sent = live === null ? null : appTokenStatus(live.s);
    const move = giveAppMove(
      drillName(live),
      live === null || id == null ? null : tokenRoute(live.s, id),
    );
    return step(
      tokenWindowOpen(live) ? 'webApp' : 'app',
      sent?.kind === 'revoked' ? 'Give the app a valid token' : 'Give the app its token',
      sent?.kind === 'revoked'
        ? r`Your application sends token ${sent.tokenId}, which is revoked: its pushes fail with 401. ${move}`
        : move,
    );
  },
  // Done once it has pushed: meanwhile, traffic already on is not asked for again.
  'traffic-on': (live) =>
    step(
      watch(live),
      'Turn on traffic',
      r`${live === null || trafficOff(live) ? turnOnTraffic : r`${b(sb.continuousTraffic)} is on`}: the application pushes a few records every second, and the token’s ${(<em>Last used</em>)} time appears in the web app.`,
    ),
  'second-token': newToken,
  'new-token': newToken,
  validated: () =>
    step(
      'app',
      'Validate the new token',
      r`Recommended: in ${b(sp.app)}, click ${b(sb.validateCopied)}. Stitch checks the token and the batch and stores nothing.`,
    ),
  switched: (live) =>
    live !== null && sendsActiveToken(live.s, live.status.newToken)
      ? step(
          'app',
          'Let the app push',
          r`Your application sends token ${live.status.newToken}: let it push (${turnOnTraffic}, or click ${b(sb.sendPush)}).`,
        )
      : step(
          'app',
          'Switch to the new token',
          r`In ${b(sp.app)}, click ${b(sb.useCopied)} and let it push (${b(sb.continuousTraffic)} on, or ${b(sb.sendPush)}).`,
        ),
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
  'see-401s': (live) =>
    live !== null && appTokenStatus(live.s).kind === 'valid'
      ? step(
          'toolbar',
          'Start the drill again',
          r`No push failed: your application had a valid token again before it pushed. To see the failures, click ${b(sb.startDrill)} and keep ${b(sb.continuousTraffic)} on while you revoke.`,
        )
      : step(
          watch(live),
          'Pushes fail with 401',
          r`${withTraffic(live)}pushes fail with 401: ${b(sp.log)} shows them, and ${b(sp.failed)} keeps them for a re-send.`,
        ),
  resent: () =>
    step(
      'log',
      'Re-send failed requests',
      r`In ${b(sp.log)}, click ${b(sb.resend)}: every refused record is loaded once, into its own schema.`,
    ),
  'push-first': (live) => pushWith(live, 0),
  'switch-to-second': (live) => {
    const second = nth(live, 1);
    const name = second?.displayName ?? EXAMPLE_NAMES.second;
    const route = live === null || second === undefined ? null : tokenRoute(live.s, second.id);
    return step(
      route?.kind === 'generate' || route?.kind === 'revoke-first' ? 'webApp' : 'app',
      `Switch to ${owner(name)} token`,
      route === null
        ? r`${owner(name)} token is the one copied last: in ${b(sp.app)}, click ${b(sb.useCopied)}.`
        : giveAppMove(name, route),
    );
  },
  'push-second': (live) => pushWith(live, 1),
  limit: (live) =>
    step(
      'webApp',
      'Give an integration two tokens',
      tokenWindowOpen(live)
        ? r`In the token window, ${copyClose}.`
        : r`In ${b(sp.webApp)}, open either integration’s ${b(stitchApp.tabs.settings)} tab and click ${b(wb.generateToken)}: with two active tokens it has the most an integration may have, and the reason a third is refused shows beside the button.`,
    ),
  'see-unavailable': (live) => {
    const off = live !== null && !live.s.outage;
    return step(
      off ? 'toolbar' : watch(live),
      'Push during the outage',
      r`${off ? r`Turn ${b(sb.outage)} back on at the top of the sandbox. ` : r`${b(sb.outage)} is on. `}${withTraffic(live)}pushes answer 503 or 504 and nothing is stored.`,
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
        r`The old token was revoked after your application switched away from it: a safe rotation, so the revoke interrupted nothing. This drill revokes the token while it is still in use: click ${b(sb.startDrill)} to begin again.`,
      );
  }
}
