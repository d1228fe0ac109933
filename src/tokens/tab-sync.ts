import {findActive} from './lookups';
import {fingerprint} from './secret';
import type {SandboxState} from './model';

/**
 * Another tab saved a newer state. Adopt it, but keep what was never saved and belongs to
 * this tab alone: an open reveal and the copied token. Dropping them would lose a secret
 * the user is looking at; they are kept only while the token they name still exists with
 * that very value (two tabs can hand out the same id before one of them is replayed).
 */
export function adoptExternalState(local: SandboxState, saved: SandboxState): SandboxState {
  const r = local.reveal;
  const reveal =
    r !== null && findActive(saved, r.tokenId)?.fingerprint === fingerprint(r.secret) ? r : null;
  const c = local.app.clipboard;
  const clipboard =
    c !== null && findActive(saved, c.tokenId)?.fingerprint === c.fingerprint ? c : null;
  if (reveal === saved.reveal && clipboard === saved.app.clipboard) return saved;
  return {...saved, reveal, app: {...saved.app, clipboard}};
}
