import {useLayoutEffect, useSyncExternalStore} from 'react';
import type {SandboxKey} from '@site/src/components/SandboxStore';

/*
 * Only one panel of a store shows the reveal: the one that generated the token, else the first
 * still mounted; a panel not registered yet (its first render) never does.
 */
const owners = new Map<SandboxKey, string>();
const mounted = new Map<SandboxKey, Set<string>>();
const listeners = new Set<() => void>();

const notify = () => listeners.forEach((l) => l());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function claimReveal(key: SandboxKey, panelId: string): void {
  if (owners.get(key) === panelId) return;
  owners.set(key, panelId);
  notify();
}

function registerPanel(key: SandboxKey, panelId: string): () => void {
  const live = mounted.get(key) ?? new Set<string>();
  mounted.set(key, live.add(panelId));
  notify();
  return () => {
    live.delete(panelId);
    if (owners.get(key) === panelId) owners.delete(key);
    notify();
  };
}

function showsReveal(key: SandboxKey, panelId: string): boolean {
  const live = mounted.get(key) ?? new Set<string>();
  if (!live.has(panelId)) return false;
  const owner = owners.get(key);
  if (owner !== undefined && live.has(owner)) return owner === panelId;
  return [...live][0] === panelId;
}

/** True for exactly one mounted panel per store: the one that shows the reveal dialog. */
export function useShowsReveal(key: SandboxKey, panelId: string): boolean {
  // Registered before paint, so the dialog never flashes in the wrong panel.
  useLayoutEffect(() => registerPanel(key, panelId), [key, panelId]);
  return useSyncExternalStore(
    subscribe,
    () => showsReveal(key, panelId),
    () => false,
  );
}
