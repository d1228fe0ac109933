/** A step's shape and the two moves most steps are made of; each dead end says the way out. */
import {Fragment, createElement, type ReactNode} from 'react';
import type {DrillStatus, Replacement, SandboxState, TokenRoute} from '@site/src/tokens';
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
const generate = (name: string): ReactNode =>
  r`In ${b(sp.webApp)}, open ${settingsTab(name)} (from ${b(pages.dashboard)} at the top of the web app) and click ${b(wb.generateToken)}. In the token window, ${copyClose}.`;

const revokeFirst = (name: string, tokenId: number): ReactNode =>
  r`${name} already has two active tokens: in ${b(sp.webApp)}, click ${b(wb.revoke)} next to token ${tokenId} first (your application does not send it). `;

/** How to get a new token whose value is at hand (done once it is `ready`). */
export function newTokenMove(name: string, replacement: Replacement | null): ReactNode {
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
export function giveAppMove(name: string, to: TokenRoute | null): ReactNode {
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

/** A step in words: where, a few words for the coach line, the instruction naming every control. */
export const step = (place: StepPlace, short: string, text: ReactNode) => ({place, short, text});

export type StepWording = ReturnType<typeof step>;

/** What the wording may look at: nothing for a page's written list. */
export interface Live {
  readonly s: SandboxState;
  readonly status: DrillStatus;
}

export type Wording = (live: Live | null) => StepWording;
