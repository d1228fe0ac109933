import {appStatus, findIntegration, integrations, type SandboxState} from '@site/src/tokens';

/** Where the mock web app is. Local to one panel: navigating is not a sandbox event. */
export type Screen =
  | {readonly kind: 'dashboard'}
  | {readonly kind: 'add'}
  | {readonly kind: 'import-form'}
  | {readonly kind: 'integration'; readonly id: number; readonly tab: 'overview' | 'settings'};

/** `full` from the Dashboard; `generate` and `revoke` start where the guide's steps do. */
export type WebAppView = 'full' | 'generate' | 'revoke';

/** The screen to show: the chosen one, or the view's start; never a deleted integration. */
export function resolveScreen(chosen: Screen | null, view: WebAppView, s: SandboxState): Screen {
  if (chosen?.kind === 'integration' && findIntegration(s, chosen.id) === undefined)
    return {kind: 'dashboard'};
  if (chosen !== null) return chosen;
  if (view === 'revoke') {
    const appId = appStatus(s).integrationId;
    const own = (appId === null ? undefined : findIntegration(s, appId)) ?? integrations(s)[0];
    if (own !== undefined) return {kind: 'integration', id: own.id, tab: 'settings'};
  }
  return {kind: 'dashboard'};
}

export function screenKey(s: Screen): string {
  return s.kind === 'integration' ? `integration-${s.id}-${s.tab}` : s.kind;
}
