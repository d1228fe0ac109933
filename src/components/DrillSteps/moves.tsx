/**
 * The steps whose words depend most on where things stand, and the two moves most steps are
 * made of: giving the application a valid token, and getting a new token whose value is at
 * hand. Each dead end (a value that is gone, both slots taken) says how to get out of it.
 */
import {Fragment, createElement, type ReactNode} from 'react';
import {
  EXAMPLE_NAMES,
  appTokenStatus,
  findIntegration,
  integrations,
  tokenRoute,
  type DrillStatus,
  type Replacement,
  type SandboxState,
  type TokenRoute,
} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import {sandboxLabels, type SandboxPanel} from '@site/src/data/sandbox-labels';

const {buttons: sb, panels: sp} = sandboxLabels;
/** A sentence with elements in it: r`Click ${b('Save')}.`. Names stay plain text. */
export const r = (strings: TemplateStringsArray, ...values: ReactNode[]): ReactNode =>
  createElement(Fragment, null, ...strings.flatMap((s, i) => [s, values[i]]));
export const b = (label: string): ReactNode => <strong>{label}</strong>;
const {buttons: wb, tabs, pages} = stitchApp;

/** "Orders’", "Customer Records’s": the possessive of an integration's name. */
export function owner(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

export const copyClose = r`click ${b(wb.copy)}, then ${b(wb.closeAndContinue)}`;
const useCopied = r`in ${b(sp.app)}, click ${b(sb.useCopied)}`;
/** "Orders’ Settings tab". */
export const settingsTab = (name: string) => r`${owner(name)} ${b(tabs.settings)} tab`;

/** Generate Token in the integration's Settings tab, then copy and close. */
export const generate = (name: string): ReactNode =>
  r`In ${b(sp.webApp)}, open ${settingsTab(name)} (from ${b(pages.dashboard)} at the top of the web app) and click ${b(wb.generateToken)}. In the token window, ${copyClose}.`;

const revokeFirst = (name: string, tokenId: number): ReactNode =>
  r`${name} already has two active tokens: in ${b(sp.webApp)}, click ${b(wb.revoke)} next to token ${tokenId} first (your application does not send it). `;

/** How to get a new token whose value is at hand (done once it is `ready`). */
function newTokenMove(name: string, replacement: Replacement | null): ReactNode {
  const to: Replacement = replacement ?? {kind: 'generate'};
  switch (to.kind) {
    case 'shown':
      return r`In the token window, ${copyClose}: Stitch never shows the value again.`;
    case 'lost':
      return r`Token ${to.tokenId}’s value is gone: Stitch shows a token once, and it was closed without copying (or the page was reloaded). In ${b(sp.webApp)}, open ${settingsTab(name)} and click ${b(wb.revoke)} next to it (nothing uses it), then generate another: click ${b(wb.generateToken)}, and in the token window ${copyClose}.`;
    case 'revoke-first':
      return r`${revokeFirst(name, to.tokenId)}Then click ${b(wb.generateToken)}, and in the token window ${copyClose}.`;
    case 'generate':
    case 'ready':
      return generate(name);
  }
}

/** How to give the application a valid token of an integration. */
function giveAppMove(name: string, to: TokenRoute | null): ReactNode {
  // The page's written list: the token window of the integration just created is open.
  const route: TokenRoute = to ?? {kind: 'reveal', tokenId: 0};
  switch (route.kind) {
    case 'sent':
      return `Your application sends ${owner(name)} token ${route.tokenId}.`;
    case 'reveal':
      return r`In the token window, ${copyClose}. Then ${useCopied}.`;
    case 'copied':
      return r`${owner(name)} token ${route.tokenId} is the one you copied last: ${useCopied}.`;
    case 'generate':
      return r`No value of ${owner(name)} tokens is at hand (Stitch shows each once). ${generate(name)} Then ${useCopied}.`;
    case 'revoke-first':
      return r`${revokeFirst(name, route.tokenId)}Then click ${b(wb.generateToken)}, in the token window ${copyClose}, and ${useCopied}.`;
  }
}

/** Where a step is done: the panel a phone switches to, or the workspace's toolbar. */
export type StepPlace = SandboxPanel | 'toolbar';

export interface StepWording {
  readonly place: StepPlace;
  /** A few words, for the coach line. */
  readonly short: string;
  /** The instruction, naming every control the reader needs. */
  readonly text: ReactNode;
}

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
