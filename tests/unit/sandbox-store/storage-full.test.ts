/**
 * Storage that fills up mid-session, and the backups behind Undo: every failed write is
 * said, with what a reload would bring back; a reload says what it restored; Undo is
 * offered only when the backup was written, and survives a reload while it exists.
 */
import {describe, expect, it} from 'vitest';
import {createSandboxStore, memoryStorage, unwrapSaved} from '@site/src/components/SandboxStore';
import {readBackup} from '@site/src/components/SandboxStore/backup';
import {applyEvent} from '@site/src/tokens/reducer';
import {encodeShare} from '@site/src/tokens/share-url';
import {initialState} from '@site/src/tokens/state';
import {load} from '@site/src/tokens/persistence';
import {seededEnv} from '@site/src/tokens/random';
import type {SandboxStorage} from '@site/src/components/SandboxStore';
import {manualTimers, quotaStorage} from './fakes';

/** A page load: a store on the given storage, started. */
function page(storage: SandboxStorage, backup: SandboxStorage, marker: SandboxStorage, seed = 1) {
  const env = seededEnv(seed, Date.UTC(2026, 10, 29, 14, 0, 0));
  const store = createSandboxStore(storage, env, manualTimers().timers, {backup, marker});
  store.start(null);
  return store;
}

function withPushes(store: ReturnType<typeof page>, n: number) {
  store.dispatch({type: 'createIntegration', displayName: 'Orders'});
  store.dispatch({type: 'copySecret'});
  store.dispatch({type: 'acknowledgeReveal'});
  store.dispatch({type: 'pasteCopiedToken'});
  for (let i = 0; i < n; i++) store.dispatch({type: 'pushRecords', count: 3});
}

const names = (store: ReturnType<typeof page>) =>
  store.getSnapshot().state.integrations.map((i) => i.displayName);

describe('storage full mid-session', () => {
  it('says since when nothing is saved and what a reload brings back; the reload says so too', () => {
    const q = quotaStorage();
    const marker = memoryStorage();
    const first = page(q.storage, memoryStorage(), marker);
    withPushes(first, 2);
    const savedThen = first.getSnapshot().state;
    const at = `${new Date(savedThen.lastAt).toISOString().slice(11, 19)} UTC`;
    q.state.full = true;
    first.dispatch({type: 'pushRecords', count: 3});
    first.dispatch({type: 'pushRecords', count: 3});
    const notice = first.getSnapshot().notice!;
    expect(notice.code).toBe('not-saved');
    expect(notice.text).toBe(
      `Changes since ${at} are not saved (storage is full or blocked): a reload would bring back that save, with ${savedThen.counters.total} requests and 6 records loaded.`,
    );

    // The reload gets the older save, and says so.
    const second = page(q.storage, memoryStorage(), marker, 2);
    expect(second.getSnapshot().state.counters).toEqual(savedThen.counters);
    expect(second.getSnapshot().notice?.text).toBe(
      `This is your last save, from ${at}. What you did after that in this tab could not be saved (storage was full).`,
    );

    // Space again: the next action saves, and a later reload has nothing to say.
    q.state.full = false;
    second.dispatch({type: 'pushRecords', count: 1});
    expect(marker.read()).toEqual({ok: true, text: null});
    expect(page(q.storage, memoryStorage(), marker, 3).getSnapshot().notice).toBeNull();
  });
});

function sharedLink(): string {
  const s = applyEvent(
    initialState(),
    {type: 'createIntegration', displayName: 'Shared'},
    seededEnv(9),
  ).state;
  const e = encodeShare(s);
  if (!e.ok) throw new Error(e.reason);
  return e.value;
}

describe('Undo after a share link', () => {
  it('with storage full: no backup, so the link is shown unsaved and the reader’s save stays', () => {
    const q = quotaStorage();
    const backup = quotaStorage();
    const first = page(q.storage, backup.storage, memoryStorage());
    withPushes(first, 1);
    const mine = unwrapSaved(q.text()).text;
    q.state.full = true;
    backup.state.full = true;
    first.openShare(sharedLink());
    const notice = first.getSnapshot().notice!;
    expect(names(first)).toEqual(['Shared']);
    expect(notice).toMatchObject({code: 'replaced', undo: true, tone: 'warning'});
    expect(notice.text).toMatch(
      /Storage is full, so this one is not saved and your previous sandbox stays saved/,
    );
    // Acting in the shared scenario writes nothing over the reader's save, even with space.
    q.state.full = false;
    first.dispatch({type: 'acknowledgeReveal'});
    expect(unwrapSaved(q.text()).text).toBe(mine);
    // A reload brings the reader's own sandbox back.
    expect(names(page(q.storage, backup.storage, memoryStorage(), 2))).toEqual(['Orders']);
  });

  it('with space: Undo survives a reload while the backup exists, and puts the sandbox back', () => {
    const q = quotaStorage();
    const backup = memoryStorage();
    const first = page(q.storage, backup, memoryStorage());
    withPushes(first, 1);
    const mine = unwrapSaved(q.text()).text!;
    first.openShare(sharedLink());
    expect(first.getSnapshot().notice).toMatchObject({code: 'replaced', undo: true, tone: 'info'});
    expect(readBackup(backup)?.save).toBe(mine);

    const second = page(q.storage, backup, memoryStorage(), 2);
    expect(names(second)).toEqual(['Shared']);
    expect(second.getSnapshot().notice).toMatchObject({
      code: 'replaced',
      undo: true,
      text: expect.stringMatching(
        /A shared scenario replaced your sandbox at 14:00:0\d UTC\. .*Undo puts it back/,
      ),
    });
    second.undo();
    expect(names(second)).toEqual(['Orders']);
    expect(load(unwrapSaved(q.text()).text!)).toMatchObject({ok: true});
    expect(unwrapSaved(q.text()).text).toBe(mine);
    expect(backup.read()).toEqual({ok: true, text: null});
  });

  it('Keep drops the backup: no Undo after a reload', () => {
    const q = quotaStorage();
    const backup = memoryStorage();
    const first = page(q.storage, backup, memoryStorage());
    withPushes(first, 1);
    first.openShare(sharedLink());
    first.dismissNotice();
    expect(backup.read()).toEqual({ok: true, text: null});
    expect(page(q.storage, backup, memoryStorage(), 2).getSnapshot().notice).toBeNull();
  });
});

describe('Reset', () => {
  it('keeps the reader’s sandbox for Undo, as a share link does', () => {
    const q = quotaStorage();
    const backup = memoryStorage();
    const store = page(q.storage, backup, memoryStorage());
    withPushes(store, 2);
    const before = store.getSnapshot().state;
    store.replace('reset', applyEvent(before, {type: 'reset'}, seededEnv(4)).state);
    expect(names(store)).toEqual([]);
    expect(store.getSnapshot().notice).toMatchObject({code: 'replaced', undo: true});
    store.undo();
    expect(store.getSnapshot().state.counters).toEqual(before.counters);
    expect(names(store)).toEqual(['Orders']);
  });
});
