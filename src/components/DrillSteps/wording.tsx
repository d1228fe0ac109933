import type {ReactNode} from 'react';
import {
  appTokenStatus,
  drillStatus,
  integrations,
  type DrillStepKey,
  type Integration,
  type SandboxState,
} from '@site/src/tokens';
import {stitchApp} from '@site/src/data/ui-labels';
import {sandboxLabels, type SandboxPanel} from '@site/src/data/sandbox-labels';

/** Where a step is done: the panel a phone switches to, or the workspace's toolbar. */
export type StepPlace = SandboxPanel | 'toolbar';

export interface StepWording {
  readonly place: StepPlace;
  /** Short, for the status line. */
  readonly short: string;
  /** The instruction, naming every control the reader needs. */
  readonly text: ReactNode;
}

const b = (label: string) => <strong>{label}</strong>;
const {buttons: sb, panels: sp} = sandboxLabels;
const {buttons: wb} = stitchApp;

/** What the wording names: the sandbox's integrations and the token the application sends. */
interface Names {
  readonly first: Integration | undefined;
  readonly second: Integration | undefined;
  readonly firstName: string;
  /** The token the revoke step is about: the one revoked, else the one the application sends. */
  readonly revokeTarget: number | null;
}

type Wording = (n: Names) => StepWording;

const appPushes: Wording = () => ({
  place: 'app',
  short: 'Turn on continuous traffic',
  text: (
    <>
      In {b(sp.app)}, turn on {b(sb.continuousTraffic)}: the token&rsquo;s <em>Last used</em> time
      appears in the web app&rsquo;s token list.
    </>
  ),
});
const secondToken: Wording = ({firstName}) => ({
  place: 'webApp',
  short: 'Generate a new token',
  text: (
    <>
      In {b(sp.webApp)}, open {firstName}&rsquo;s {b(stitchApp.tabs.settings)} tab (from{' '}
      {b(stitchApp.pages.dashboard)} at the top of the web app) and click {b(wb.generateToken)}.
      Click {b(wb.copy)}, then {b(wb.closeAndContinue)}.
    </>
  ),
});

/** Each step's wording, literal enough to follow without guessing. */
const WORDING: Record<DrillStepKey, Wording> = {
  'create-integration': () => ({
    place: 'webApp',
    short: 'Create an Import API integration',
    text: (
      <>
        In {b(sp.webApp)}, click {b(wb.addIntegration)}, then {b(stitchApp.integrations.importApi)}.
        Type a name and click {b(wb.saveAndGenerateToken)}.
      </>
    ),
  }),
  'app-uses-token': () => ({
    place: 'app',
    short: 'Give your application the token',
    text: (
      <>
        In the token window, click {b(wb.copy)}, then {b(wb.closeAndContinue)}. In {b(sp.app)},
        click {b(sb.useCopied)}.
      </>
    ),
  }),
  'app-pushes': appPushes,
  'traffic-on': appPushes,
  'second-token': secondToken,
  'new-token': secondToken,
  validated: () => ({
    place: 'app',
    short: 'Validate the new token (recommended)',
    text: (
      <>
        Recommended: in {b(sp.app)}, click {b(sb.validateCopied)}. Stitch checks the token and the
        batch and stores nothing.
      </>
    ),
  }),
  switched: () => ({
    place: 'app',
    short: 'Switch the application to the new token',
    text: (
      <>
        In {b(sp.app)}, click {b(sb.useCopied)} and let it push (turn on {b(sb.continuousTraffic)}{' '}
        or click {b(sb.sendPush)}).
      </>
    ),
  }),
  'old-revoked': () => ({
    place: 'webApp',
    short: 'Revoke the old token',
    text: (
      <>
        In {b(sp.webApp)}, click {b(wb.revoke)} next to the old token (the one your application no
        longer sends) and confirm.
      </>
    ),
  }),
  verified: () => ({
    place: 'timeline',
    short: 'A push succeeds after the revoke',
    text: <>Let the application push once more: the push succeeds with the new token.</>,
  }),
  'revoke-in-use': ({revokeTarget}) => ({
    place: 'webApp',
    short: 'Revoke the token in use',
    text: (
      <>
        In {b(sp.webApp)}, click {b(wb.revoke)} next to the token your application sends
        {revokeTarget === null ? '' : ` (${revokeTarget})`}, and confirm despite the warning.
      </>
    ),
  }),
  'revoke-leaked': ({firstName, revokeTarget}) => ({
    place: 'webApp',
    short: 'Revoke the leaked token now',
    text: (
      <>
        Token {revokeTarget ?? ''} has leaked: revoke it now. In {b(sp.webApp)}, open {firstName}
        &rsquo;s {b(stitchApp.tabs.settings)} tab, click {b(wb.revoke)} next to it and confirm.
        Pushes fail until the application has a new token.
      </>
    ),
  }),
  'see-401s': () => ({
    place: 'log',
    short: 'Pushes fail with 401',
    text: (
      <>
        With {b(sb.continuousTraffic)} on, pushes fail with 401: {b(sp.log)} shows them, and{' '}
        {b(sp.failed)} keeps them for a re-send.
      </>
    ),
  }),
  resent: () => ({
    place: 'log',
    short: 'Re-send the failed requests',
    text: (
      <>
        In {b(sp.log)}, click {b(sb.resend)}: every refused record is loaded once, into its own
        schema.
      </>
    ),
  }),
  'push-first': ({first, firstName}) => ({
    place: 'app',
    short: `Push with ${firstName}’s token`,
    text: (
      <>
        In {b(sp.app)}, click {b(sb.sendPush)}: only <code>{first?.schema}</code> grows in{' '}
        {b(sp.destination)}.
      </>
    ),
  }),
  'switch-to-second': ({second}) => ({
    place: 'app',
    short: `Switch to ${second?.displayName ?? 'the second'}’s token`,
    text: (
      <>
        The token of {second?.displayName ?? 'the second integration'} is the one copied last: in{' '}
        {b(sp.app)}, click {b(sb.useCopied)}.
      </>
    ),
  }),
  'push-second': ({second}) => ({
    place: 'app',
    short: 'Push again',
    text: (
      <>
        Click {b(sb.sendPush)}: this time only <code>{second?.schema}</code> grows.
      </>
    ),
  }),
  limit: () => ({
    place: 'webApp',
    short: 'Reach the two-token limit',
    text: (
      <>
        In {b(sp.webApp)}, open an integration&rsquo;s {b(stitchApp.tabs.settings)} tab and click{' '}
        {b(wb.generateToken)} until it has two active tokens: a third is refused, and the reason
        shows beside the button.
      </>
    ),
  }),
  'see-unavailable': () => ({
    place: 'app',
    short: 'Push during the outage',
    text: (
      <>
        {b(sb.outage)} is on. In {b(sp.app)}, turn on {b(sb.continuousTraffic)}: pushes answer 503
        or 504 and nothing is stored.
      </>
    ),
  }),
  retries: () => ({
    place: 'log',
    short: 'Watch the retries',
    text: (
      <>
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
  delivered: () => ({
    place: 'log',
    short: 'Held records go through',
    text: <>Watch the held records go through with the next retries: nothing is lost.</>,
  }),
};

/** The step wording, with the names from the state. */
export function stepWording(key: DrillStepKey, s: SandboxState): StepWording {
  const [first, second] = integrations(s);
  const sent = appTokenStatus(s);
  const appToken = sent.kind === 'valid' || sent.kind === 'revoked' ? sent.tokenId : null;
  return WORDING[key]({
    first,
    second,
    firstName: first?.displayName ?? 'the integration',
    revokeTarget: drillStatus(s).revokedToken ?? appToken,
  });
}
