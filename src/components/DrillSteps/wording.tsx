/**
 * Every drill step in words, naming the controls to use. One table for the sandbox page's
 * written lists (no state: the step as a plan) and the live steps (the state: the same step
 * said from where the reader stands, including how to get out of a dead end).
 */
import type {ReactNode} from 'react';
import {
  EXAMPLE_NAMES,
  appTokenStatus,
  findIntegration,
  integrations,
  plural,
  resendReadiness,
  failedQueue,
  tokenRoute,
  type DrillFix,
  type DrillStatus,
  type DrillStepKey,
  type SandboxState,
} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import {sandboxLabels, type SandboxPanel} from '@site/src/data/sandbox-labels';
import {b, giveAppMove, newTokenMove, owner} from './routes';

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
const {buttons: wb} = stitchApp;

/** What the wording may look at: nothing for a page's written list. */
export interface Live {
  readonly s: SandboxState;
  readonly status: DrillStatus;
}

type Wording = (live: Live | null) => StepWording;

const nameOf = (live: Live | null, id: number | null | undefined, fallback: string) =>
  (live !== null && id != null ? findIntegration(live.s, id)?.displayName : undefined) ?? fallback;
const drillName = (live: Live | null) =>
  nameOf(live, live?.status.integrationId, EXAMPLE_NAMES.first);
const nth = (live: Live | null, i: number) => (live === null ? undefined : integrations(live.s)[i]);
const trafficOff = (live: Live | null) => live !== null && !live.s.app.traffic;
const turnOnTraffic = (
  <>
    In {b(sp.app)}, turn on {b(sb.continuousTraffic)}
  </>
);

const trafficOn: Wording = () => ({
  place: 'app',
  short: 'Turn on traffic',
  text: (
    <>
      {turnOnTraffic}: the application pushes a few records every second, and the token&rsquo;s{' '}
      <em>Last used</em> time appears in the web app.
    </>
  ),
});

const newToken: Wording = (live) => ({
  place: 'webApp',
  short:
    live?.status.replacement?.kind === 'lost'
      ? 'Replace the lost token'
      : live?.status.replacement?.kind === 'shown'
        ? 'Copy the token, then close'
        : 'Generate a new token',
  text: newTokenMove(drillName(live), live?.status.replacement ?? null),
});

const switched: Wording = (live) => {
  const sends = live !== null && live.s.app.token?.tokenId === live.status.newToken;
  return {
    place: 'app',
    short: sends ? 'Let the app push' : 'Switch to the new token',
    text: sends ? (
      <>
        Your application sends token {live.status.newToken}: let it push ({turnOnTraffic}, or click{' '}
        {b(sb.sendPush)}).
      </>
    ) : (
      <>
        In {b(sp.app)}, click {b(sb.useCopied)} and let it push ({b(sb.continuousTraffic)} on, or{' '}
        {b(sb.sendPush)}).
      </>
    ),
  };
};

const revokeInUse: Wording = (live) => {
  const t = live === null ? null : (live.status.oldToken ?? live.s.app.token?.tokenId ?? null);
  return {
    place: 'webApp',
    short: 'Revoke the token in use',
    text: (
      <>
        In {b(sp.webApp)}, open {owner(drillName(live))} {b(stitchApp.tabs.settings)} tab and click{' '}
        {b(wb.revoke)} next to the token your application sends
        {t === null ? '' : ` (${t})`}. Confirm despite the warning.
      </>
    ),
  };
};

const resent: Wording = () => ({
  place: 'log',
  short: 'Re-send failed requests',
  text: (
    <>
      In {b(sp.log)}, click {b(sb.resend)}: every refused record is loaded once, into its own
      schema.
    </>
  ),
});

/** Each step's wording, literal enough to follow without guessing. */
const WORDING: Record<DrillStepKey, Wording> = {
  'create-integration': () => ({
    place: 'webApp',
    short: 'Create an integration',
    text: (
      <>
        In {b(sp.webApp)}, click {b(wb.addIntegration)}, then {b(stitchApp.integrations.importApi)}.
        Type a name and click {b(wb.saveAndGenerateToken)}.
      </>
    ),
  }),
  'app-uses-token': (live) => {
    const id = live?.status.integrationId;
    const sent = live === null ? null : appTokenStatus(live.s);
    const name = drillName(live);
    return {
      place: live?.s.reveal != null ? 'webApp' : 'app',
      short: sent?.kind === 'revoked' ? 'Give the app a valid token' : 'Give the app its token',
      text: (
        <>
          {sent?.kind === 'revoked' && (
            <>
              Your application sends token {sent.tokenId}, which is revoked: its pushes fail with
              401.{' '}
            </>
          )}
          {giveAppMove(name, live === null || id == null ? null : tokenRoute(live.s, id))}
        </>
      ),
    };
  },
  'traffic-on': trafficOn,
  'second-token': newToken,
  'new-token': newToken,
  validated: () => ({
    place: 'app',
    short: 'Validate the new token',
    text: (
      <>
        Recommended: in {b(sp.app)}, click {b(sb.validateCopied)}. Stitch checks the token and the
        batch and stores nothing.
      </>
    ),
  }),
  switched,
  'old-revoked': (live) => ({
    place: 'webApp',
    short: 'Revoke the old token',
    text: (
      <>
        In {b(sp.webApp)}, click {b(wb.revoke)} next to the old token
        {live?.status.oldToken == null ? '' : ` (${live.status.oldToken})`}, which your application
        no longer sends, and confirm.
      </>
    ),
  }),
  verified: (live) => ({
    place: trafficOff(live) ? 'app' : 'log',
    short: 'A push after the revoke',
    text: trafficOff(live) ? (
      <>
        {turnOnTraffic} (or click {b(sb.sendPush)}): the push succeeds with the new token.
      </>
    ) : (
      <>Let the application push once more: the push succeeds with the new token.</>
    ),
  }),
  'revoke-in-use': revokeInUse,
  'revoke-leaked': (live) => {
    const t = live === null ? null : (live.status.oldToken ?? live.s.app.token?.tokenId ?? null);
    return {
      place: 'webApp',
      short: 'Revoke the leaked token',
      text: (
        <>
          Token {t ?? 'in use'} has leaked: revoke it now. In {b(sp.webApp)}, open{' '}
          {owner(drillName(live))} {b(stitchApp.tabs.settings)} tab, click {b(wb.revoke)} next to it
          and confirm. Pushes fail until the application has a new token.
        </>
      ),
    };
  },
  'see-401s': (live) => {
    const tooLate = live !== null && appTokenStatus(live.s).kind === 'valid';
    return {
      place: tooLate ? 'toolbar' : trafficOff(live) ? 'app' : 'log',
      short: tooLate ? 'Start the drill again' : 'Pushes fail with 401',
      text: tooLate ? (
        <>
          No push failed: your application had a valid token again before it pushed. To see the
          failures, click <strong>Start drill</strong> and keep {b(sb.continuousTraffic)} on while
          you revoke.
        </>
      ) : (
        <>
          {trafficOff(live) ? <>{turnOnTraffic}: </> : <>With {b(sb.continuousTraffic)} on, </>}
          pushes fail with 401: {b(sp.log)} shows them, and {b(sp.failed)} keeps them for a re-send.
        </>
      ),
    };
  },
  resent,
  'push-first': (live) => pushWith(live, 0),
  'switch-to-second': (live) => {
    const second = nth(live, 1);
    const name = second?.displayName ?? EXAMPLE_NAMES.second;
    const route = live === null || second === undefined ? null : tokenRoute(live.s, second.id);
    return {
      place: route?.kind === 'generate' || route?.kind === 'revoke-first' ? 'webApp' : 'app',
      short: `Switch to ${owner(name)} token`,
      text:
        route === null ? (
          <>
            {owner(name)} token is the one copied last: in {b(sp.app)}, click {b(sb.useCopied)}.
          </>
        ) : (
          giveAppMove(name, route)
        ),
    };
  },
  'push-second': (live) => pushWith(live, 1),
  limit: (live) => ({
    place: 'webApp',
    short: 'Give an integration two tokens',
    text:
      live?.s.reveal != null ? (
        <>
          In the token window, click {b(wb.copy)}, then {b(wb.closeAndContinue)}.
        </>
      ) : (
        <>
          In {b(sp.webApp)}, open either integration&rsquo;s {b(stitchApp.tabs.settings)} tab and
          click {b(wb.generateToken)}: with two active tokens it has the most an integration may
          have, and the reason a third is refused shows beside the button.
        </>
      ),
  }),
  'see-unavailable': (live) => ({
    place: live !== null && !live.s.outage ? 'toolbar' : 'app',
    short: 'Push during the outage',
    text: (
      <>
        {live !== null && !live.s.outage ? (
          <>Turn {b(sb.outage)} back on at the top of the sandbox. </>
        ) : (
          <>{b(sb.outage)} is on. </>
        )}
        {turnOnTraffic} (or click {b(sb.sendPush)}): pushes answer 503 or 504 and nothing is stored.
      </>
    ),
  }),
  retries: (live) => ({
    place: trafficOff(live) ? 'app' : 'log',
    short: 'Watch the retries',
    text: (
      <>
        {trafficOff(live) && <>{turnOnTraffic}: the application retries while it runs. </>}
        In {b(sp.log)}, the application sends each refused batch again, waiting longer each time
        (retry 1, 2 …).
      </>
    ),
  }),
  'outage-off': () => ({
    place: 'toolbar',
    short: 'End the outage',
    text: <>Turn off {b(sb.outage)} at the top of the sandbox.</>,
  }),
  delivered: (live) => ({
    place: trafficOff(live) ? 'app' : 'log',
    short: 'Held records go through',
    text: trafficOff(live) ? (
      <>{turnOnTraffic}: its next retries deliver the held records, and nothing is lost.</>
    ) : (
      <>Watch the held records go through with the next retries: nothing is lost.</>
    ),
  }),
};

/** Send push with the first or second integration's token (two-integrations drill). */
function pushWith(live: Live | null, i: 0 | 1): StepWording {
  const it = nth(live, i);
  const name = it?.displayName ?? (i === 0 ? EXAMPLE_NAMES.first : EXAMPLE_NAMES.second);
  const schema = it?.schema ?? (i === 0 ? 'customer_records' : 'orders');
  const route = live === null || it === undefined ? null : tokenRoute(live.s, it.id);
  const needs = route !== null && route.kind !== 'sent';
  return {
    place: needs && route.kind !== 'copied' ? 'webApp' : 'app',
    short: i === 0 ? `Push with ${owner(name)} token` : 'Push again',
    text: (
      <>
        {needs && (
          <>
            Your application does not send {owner(name)} token now. {giveAppMove(name, route)}{' '}
          </>
        )}
        {i === 0 ? <>In {b(sp.app)}, click</> : <>Click</>} {b(sb.sendPush)}: only{' '}
        <code>{schema}</code> grows in {b(sp.destination)}.
      </>
    ),
  };
}

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
      return {
        place: 'log',
        short: `Re-send ${n}`,
        text:
          ready.kind === 'blocked' ? (
            <>
              {n} wait in {b(sp.failed)}. {ready.reason}
            </>
          ) : (
            <>
              {n} wait in {b(sp.failed)}: nothing was loaded for them. In {b(sp.log)}, click{' '}
              {b(sb.resend)}.
            </>
          ),
      };
    }
  }
}
