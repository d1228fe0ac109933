import type {SandboxState} from './model';

/**
 * Another tab saved a newer state. Adopt it, but keep what was never saved and belongs to
 * this tab alone: an open reveal and the copied token. Dropping them would lose a secret
 * the user is looking at; they are only kept while the token they name still exists.
 */
export function adoptExternalState(local: SandboxState, saved: SandboxState): SandboxState {
  const exists = (id: number) => saved.tokens.some((t) => t.id === id);
  const reveal = local.reveal !== null && exists(local.reveal.tokenId) ? local.reveal : null;
  const clipboard =
    local.app.clipboard !== null && exists(local.app.clipboard.tokenId)
      ? local.app.clipboard
      : null;
  if (reveal === saved.reveal && clipboard === saved.app.clipboard) return saved;
  return {...saved, reveal, app: {...saved.app, clipboard}};
}
