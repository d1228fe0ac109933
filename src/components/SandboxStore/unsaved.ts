/**
 * Notes that the sandbox's newest changes could not be saved (storage full), kept where a
 * reload finds them, so the reload says which save it brought back: this tab's session
 * storage, and the origin's local storage when there is still room for a line.
 */
import {counters, integrations, type SandboxState} from '@site/src/tokens';
import type {SandboxStorage} from './storage';

/** Nothing the reader did: no integration, no request. */
export const pristine = (s: SandboxState): boolean =>
  integrations(s).length === 0 && counters(s).total === 0;

/** Writes fail since `since` (the time of the last state written); the first note stays. */
export function writeMarker(marker: SandboxStorage, since: number): void {
  const note = marker.read();
  if (note.ok && note.text === null) marker.write(JSON.stringify({since}));
}

/** The earliest time any note says writes failed since, or null. */
export function readMarker(markers: readonly SandboxStorage[]): number | null {
  const times = markers.flatMap((m) => {
    const note = m.read();
    if (!note.ok || note.text === null) return [];
    try {
      const {since} = JSON.parse(note.text) as {since: unknown};
      return typeof since === 'number' ? [since] : [];
    } catch {
      return [];
    }
  });
  return times.length === 0 ? null : Math.min(...times);
}
