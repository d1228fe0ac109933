/** What the guide does twice; `tokenAction` checks MDX props so a typo fails the build. */
const TOKEN_ACTIONS = ['generate', 'revoke'] as const;

export type TokenAction = (typeof TOKEN_ACTIONS)[number];

export function tokenAction(value: unknown): TokenAction {
  if (typeof value === 'string' && (TOKEN_ACTIONS as readonly string[]).includes(value)) {
    return value as TokenAction;
  }
  throw new Error(
    `Expected a token action (${TOKEN_ACTIONS.join(' | ')}), got ${JSON.stringify(value)}.`,
  );
}

/** Ids of the guide's per-action headings (kept from the Stitch page). */
export function tokenAnchors(action: TokenAction): {webApp: string; connectApi: string} {
  return {
    webApp: `${action}-token-stitch-web-app`,
    connectApi: `${action}-token-via-the-connect-api`,
  };
}
