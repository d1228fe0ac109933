/** The console fields' defaults and hints, read from the state. */
import type {RevokeTarget} from '@site/src/components/RevokeDialog';
import {
  activeTokens,
  appStatus,
  findIntegration,
  integrations,
  parsePathId,
  revokeWarning,
  type SandboxState,
} from '@site/src/tokens';
import type {PathParam} from './spec';

type Values = Readonly<Record<PathParam, string>>;

/** The source a reader most likely means: the application's integration, else the newest. */
export function defaultSource(state: SandboxState): string {
  const list = integrations(state);
  const appId = appStatus(state).integrationId;
  const pick = list.find((i) => i.id === appId) ?? list[list.length - 1];
  return pick === undefined ? '' : String(pick.id);
}

/** The oldest active token: the one a rotation revokes. */
export function defaultToken(state: SandboxState, sourceText: string): string {
  const source = parsePathId(sourceText.trim(), 'source');
  if (!source.ok) return '';
  const first = activeTokens(state, source.id)[0];
  return first === undefined ? '' : String(first.id);
}

/** What the API will make of a field's value, said beside it; null when there is nothing to say. */
export function fieldHint(state: SandboxState, param: PathParam, values: Values): string | null {
  const source = parsePathId(values.source.trim(), 'source');
  if (param === 'source') {
    if (integrations(state).length === 0) {
      return 'No sources yet: create an Import API integration in the web app first.';
    }
    if (!source.ok) return null;
    const found = findIntegration(state, source.id);
    return found === undefined
      ? `No source with ID ${source.id} in this sandbox: the API will answer 404.`
      : `${found.displayName} (schema ${found.schema})`;
  }
  const token = parsePathId(values.token.trim(), 'token');
  if (!source.ok || !token.ok || findIntegration(state, source.id) === undefined) return null;
  if (!activeTokens(state, source.id).some((t) => t.id === token.id)) {
    return `Token ${token.id} is not an active token of source ${source.id}: the API will answer 404.`;
  }
  return revokeWarning(state, token.id) === null
    ? null
    : 'Your application sends this token: revoking it makes its pushes fail with 401 until it has a valid token.';
}

/** A DELETE of the token the application sends: what the confirmation is about, else null. */
export function revokeTarget(state: SandboxState, values: Values): RevokeTarget | null {
  const src = parsePathId(values.source.trim(), 'source');
  const tok = parsePathId(values.token.trim(), 'token');
  if (!src.ok || !tok.ok) return null;
  const schema = findIntegration(state, src.id)?.schema;
  if (schema === undefined || revokeWarning(state, tok.id) === null) return null;
  return {tokenId: tok.id, schema};
}
