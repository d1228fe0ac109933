/**
 * The writer's saves and the lasting conditions they raise: when a write fails, since when
 * nothing is saved and what a reload would bring back, noted where a reload finds it. A
 * condition is said once: not again after Dismiss until it has cleared.
 */
import {save, type SandboxState} from '@site/src/tokens';
import {notices, type Notice, type NoticeCode} from './notices';
import {wrap, type ReplaceKind} from './saved';
import type {SandboxStorage} from './storage';
import {pristine, writeMarker} from './unsaved';

export interface Saving {
  /** Writes `state` as write number `rev`; false when it cannot even be encoded. */
  write(state: SandboxState, rev: number, replaced: ReplaceKind | null): boolean;
  /** The state that was read from storage at start. */
  restored(state: SandboxState): void;
  /** What the writer said about its saves, shown by a tab that mirrors it. */
  mirrored(unsavedSince: number | null): void;
  /** Since when writes fail, or null. */
  unsavedSince(): number | null;
  dismiss(): void;
}

export function createSaving(
  storage: SandboxStorage,
  markers: readonly SandboxStorage[],
  condition: {get(): Notice | null; set(c: Notice | null): void},
): Saving {
  let written: {at: number; state: SandboxState} | null = null;
  let since: number | null = null;
  const dismissed = new Set<NoticeCode>();
  const raise = (c: Notice) => {
    if (!dismissed.has(c.code) && condition.get()?.code !== c.code) condition.set(c);
  };
  const clear = (code: NoticeCode) => {
    dismissed.delete(code);
    if (condition.get()?.code === code) condition.set(null);
  };
  const failing = (at: number) => {
    markers.forEach((m) => writeMarker(m, at));
    return at;
  };
  return {
    write(state, rev, replaced) {
      const saved = save(state);
      const result = saved.ok
        ? storage.write(wrap({rev, replaced, text: saved.text}))
        : {ok: false as const, reason: 'it holds too much data'};
      if (result.ok) {
        written = {at: state.lastAt, state};
        since = null;
        markers.forEach((m) => m.clear());
        clear('not-saved');
      } else {
        since ??= failing(written?.at ?? state.lastAt);
        const last = written !== null && !pristine(written.state) ? written : null;
        raise(notices.notSaved(result.reason, last));
      }
      return saved.ok;
    },
    restored(state) {
      written = {at: state.lastAt, state};
    },
    mirrored(unsaved) {
      if (unsaved === null) return clear('not-saved');
      failing(unsaved);
      raise(notices.notSavedSince(unsaved));
    },
    unsavedSince: () => since,
    dismiss() {
      const c = condition.get();
      if (c !== null) dismissed.add(c.code);
      condition.set(null);
    },
  };
}
