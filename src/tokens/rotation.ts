import type {Rotation, SandboxState} from './model';

type Rotations = SandboxState['rotations'];

/** Neither verified nor abandoned; also a guard for a lookup that may find none. */
export function isRunning(r: Rotation | undefined): r is Rotation {
  return r !== undefined && r.verifiedAt === null && r.abandonedAt === null;
}

/** The old token was revoked while the application still sent it (before it switched). */
export const revokedInUse = (r: Rotation | undefined): r is Rotation & {oldRevokedAt: number} =>
  r !== undefined &&
  r.oldRevokedAt !== null &&
  (r.switchedAt === null || r.switchedAt > r.oldRevokedAt);

/** A rotation's replacement: any token but the old one; after the switch, only its own. */
export const takesAsReplacement = (r: Rotation, tokenId: number): boolean =>
  tokenId !== r.oldTokenId && (tokenId === r.newTokenId || r.switchedAt === null);

/** `r` in place of its integration's rotation, or added. */
function put(rs: Rotations, r: Rotation): Rotations {
  const mine = (x: Rotation) => x.integrationId === r.integrationId;
  return rs.some(mine) ? rs.map((x) => (mine(x) ? r : x)) : [...rs, r];
}

export function findRotation(rs: Rotations, integrationId: number): Rotation | undefined {
  return rs.find((x) => x.integrationId === integrationId);
}

function fresh(
  integrationId: number,
  trigger: Rotation['trigger'],
  now: number,
  oldTokenId: number,
  newTokenId: number | null,
  oldRevokedAt: number | null,
): Rotation {
  return {
    integrationId,
    trigger,
    startedAt: now,
    oldTokenId,
    newTokenId,
    oldRevokedAt,
    validatedAt: null,
    switchedAt: null,
    verifiedAt: null,
    abandonedAt: null,
    interrupted: 0,
    resent: 0,
    resentRecords: 0,
  };
}

/** A second active token starts a rotation; a replacement completes a revoke-first one. */
export function onGenerated(
  rs: Rotations,
  integrationId: number,
  newTokenId: number,
  activeBefore: readonly number[],
  now: number,
): Rotations {
  const r = findRotation(rs, integrationId);
  if (isRunning(r)) return r.newTokenId === null ? put(rs, {...r, newTokenId}) : rs;
  const [old] = activeBefore;
  if (activeBefore.length !== 1 || old === undefined) return rs;
  return put(rs, fresh(integrationId, 'second-token', now, old, newTokenId, null));
}

export function onRevoked(
  rs: Rotations,
  integrationId: number,
  tokenId: number,
  appTokenId: number | null,
  remainingActive: readonly number[],
  now: number,
): Rotations {
  const r = findRotation(rs, integrationId);
  if (isRunning(r)) {
    if (tokenId === r.newTokenId) {
      // Revoking the replacement while the old one still works means the rotation is off;
      // once the old one is gone too, the rotation simply needs a new replacement.
      return r.oldRevokedAt === null
        ? put(rs, {...r, abandonedAt: now})
        : put(rs, {...r, newTokenId: null, validatedAt: null, switchedAt: null});
    }
    if (tokenId === r.oldTokenId) return put(rs, {...r, oldRevokedAt: now});
    return rs;
  }
  if (tokenId === appTokenId) {
    // Revoking the token the app still sends: the revoke-first mistake. Traffic fails from
    // now on, so this is where the interruption count must start.
    const replacement = remainingActive.at(-1) ?? null;
    return put(rs, fresh(integrationId, 'revoked-in-use', now, tokenId, replacement, now));
  }
  return rs;
}

/** `change` for a use of the replacement (before the switch: any new token the app uses). */
function withReplacement(
  rs: Rotations,
  integrationId: number,
  tokenId: number,
  change: (r: Rotation) => Rotation | null,
): Rotations {
  const r = findRotation(rs, integrationId);
  if (!isRunning(r) || !takesAsReplacement(r, tokenId)) return rs;
  const current = r.newTokenId === tokenId ? r : {...r, newTokenId: tokenId, validatedAt: null};
  const next = change(current);
  if (next !== null) return put(rs, next);
  return current === r ? rs : put(rs, current);
}

/** Something happened to an integration's token at `now`. */
type TokenEvent = (rs: Rotations, integrationId: number, tokenId: number, now: number) => Rotations;

/** A push with the replacement was accepted: the switch, or the check after the revoke. */
export const onPushAccepted: TokenEvent = (rs, integrationId, tokenId, now) =>
  withReplacement(rs, integrationId, tokenId, (r) =>
    r.switchedAt !== null && r.oldRevokedAt === null
      ? null
      : {...r, switchedAt: r.switchedAt ?? now, verifiedAt: r.oldRevokedAt !== null ? now : null},
  );

/** A validate request succeeded: tested before switching, if it was the replacement. */
export const onValidated: TokenEvent = (rs, integrationId, tokenId, now) =>
  withReplacement(rs, integrationId, tokenId, (r) =>
    r.validatedAt !== null ? null : {...r, validatedAt: now},
  );

export function onUnauthorized(rs: Rotations, integrationId: number | null): Rotations {
  if (integrationId === null) return rs;
  const r = findRotation(rs, integrationId);
  return isRunning(r) ? put(rs, {...r, interrupted: r.interrupted + 1}) : rs;
}

/** Credits one integration's rotation for a re-send; `stillQueued` of its requests still wait. */
export function onResent(
  rs: Rotations,
  integrationId: number,
  stillQueued: number,
  records: number,
): Rotations {
  const r = findRotation(rs, integrationId);
  if (r === undefined) return rs;
  const resent = Math.max(r.resent, r.interrupted - stillQueued);
  if (resent === r.resent) return rs;
  return put(rs, {...r, resent, resentRecords: r.resentRecords + records});
}
