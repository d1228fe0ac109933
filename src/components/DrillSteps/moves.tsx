/**
 * The steps whose words depend most on where things stand: a new token, switching to it,
 * giving the application a token of one integration or another, and the failures to see.
 */
import type {ReactNode} from 'react';
import {
  EXAMPLE_NAMES,
  appTokenStatus,
  findIntegration,
  integrations,
  tokenRoute,
  type DrillStatus,
  type SandboxState,
} from '@site/src/tokens';
import {sandboxLabels, type SandboxPanel} from '@site/src/data/sandbox-labels';
import {b, giveAppMove, newTokenMove, owner, r} from './routes';

/** Where a step is done: the panel a phone switches to, or the workspace's toolbar. */
export type StepPlace = SandboxPanel | 'toolbar';

export interface StepWording {
  readonly place: StepPlace;
  /** A few words, for the coach line. */
  readonly short: string;
  /** The instruction, naming every control the reader needs. */
  readonly text: ReactNode;
}

const {buttons: sb, panels: sp} = sandboxLabels;

/** What the wording may look at: nothing for a page's written list. */
export interface Live {
  readonly s: SandboxState;
  readonly status: DrillStatus;
}

export type Wording = (live: Live | null) => StepWording;

export const step = (place: StepPlace, short: string, text: ReactNode): StepWording => ({
  place,
  short,
  text,
});
export const drillName = (live: Live | null) => {
  const id = live?.status.integrationId;
  return (
    (live !== null && id != null ? findIntegration(live.s, id)?.displayName : undefined) ??
    EXAMPLE_NAMES.first
  );
};
const nth = (live: Live | null, i: number) => (live === null ? undefined : integrations(live.s)[i]);
export const trafficOff = (live: Live | null) => live !== null && !live.s.app.traffic;
/** The token the application sends (or the drill's old one), for the revoke steps. */
export const inUse = (live: Live | null) =>
  live === null ? null : (live.status.oldToken ?? live.s.app.token?.tokenId ?? null);
export const turnOnTraffic = r`In ${b(sp.app)}, turn on ${b(sb.continuousTraffic)}`;
/** Traffic's place: the application while it is off, else the log where its pushes show. */
export const watch = (live: Live | null): StepPlace => (trafficOff(live) ? 'app' : 'log');

export const newToken: Wording = (live) => {
  const kind = live?.status.replacement?.kind;
  const short =
    kind === 'lost'
      ? 'Replace the lost token'
      : kind === 'shown'
        ? 'Copy the token, then close'
        : 'Generate a new token';
  return step('webApp', short, newTokenMove(drillName(live), live?.status.replacement ?? null));
};

export const switched: Wording = (live) =>
  live !== null && live.s.app.token?.tokenId === live.status.newToken
    ? step(
        'app',
        'Let the app push',
        r`Your application sends token ${live.status.newToken}: let it push (${turnOnTraffic}, or click ${b(sb.sendPush)}).`,
      )
    : step(
        'app',
        'Switch to the new token',
        r`In ${b(sp.app)}, click ${b(sb.useCopied)} and let it push (${b(sb.continuousTraffic)} on, or ${b(sb.sendPush)}).`,
      );

export const appUsesToken: Wording = (live) => {
  const id = live?.status.integrationId;
  const sent = live === null ? null : appTokenStatus(live.s);
  const move = giveAppMove(
    drillName(live),
    live === null || id == null ? null : tokenRoute(live.s, id),
  );
  return step(
    live?.s.reveal != null ? 'webApp' : 'app',
    sent?.kind === 'revoked' ? 'Give the app a valid token' : 'Give the app its token',
    sent?.kind === 'revoked'
      ? r`Your application sends token ${sent.tokenId}, which is revoked: its pushes fail with 401. ${move}`
      : move,
  );
};

export const see401s: Wording = (live) =>
  live !== null && appTokenStatus(live.s).kind === 'valid'
    ? step(
        'toolbar',
        'Start the drill again',
        r`No push failed: your application had a valid token again before it pushed. To see the failures, click ${b('Start drill')} and keep ${b(sb.continuousTraffic)} on while you revoke.`,
      )
    : step(
        watch(live),
        'Pushes fail with 401',
        r`${trafficOff(live) ? r`${turnOnTraffic}: ` : r`With ${b(sb.continuousTraffic)} on, `}pushes fail with 401: ${b(sp.log)} shows them, and ${b(sp.failed)} keeps them for a re-send.`,
      );

export const switchToSecond: Wording = (live) => {
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
};

/** Send push with the first or second integration's token (two-integrations drill). */
export function pushWith(live: Live | null, i: 0 | 1): StepWording {
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
