import type {SandboxKey} from '@site/src/components/SandboxStore';

/*
 * The guide can hold several web-app panels on one store. The reveal is a single state,
 * so only one of them may show it as a dialog: the panel that generated the token, or,
 * if that panel is gone, the first one still mounted.
 */
const owners = new Map<SandboxKey, string>();
const mounted = new Map<SandboxKey, string[]>();

export function claimReveal(key: SandboxKey, panelId: string): void {
  owners.set(key, panelId);
}

export function registerPanel(key: SandboxKey, panelId: string): () => void {
  mounted.set(key, [...(mounted.get(key) ?? []), panelId]);
  return () =>
    mounted.set(
      key,
      (mounted.get(key) ?? []).filter((id) => id !== panelId),
    );
}

export function showsReveal(key: SandboxKey, panelId: string): boolean {
  const live = mounted.get(key) ?? [];
  const owner = owners.get(key);
  if (owner !== undefined && live.includes(owner)) return owner === panelId;
  return live.length === 0 || live[0] === panelId;
}
