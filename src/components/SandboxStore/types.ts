/** What the store offers widgets, and what it is made from. */
import * as v from 'valibot';
import {initialState} from '@site/src/tokens';
import type {CrossTab, SandboxStorage} from './browser';
import type {Notice} from './notices';
import type {Role} from './role';

export const SHARE_PARAM = 'share';

/** What replaced the reader's sandbox: a share link, Reset sandbox, or Start drill. */
export const REPLACE_KIND = v.picklist(['share', 'reset', 'drill']);
export type ReplaceKind = v.InferOutput<typeof REPLACE_KIND>;

/** A tab before it reads storage; widgets render from one immutable snapshot per change. */
export const firstSnapshot = () => ({
  state: initialState(),
  /** False until saved state has been read and this tab knows whether it writes. */
  ready: false,
  /** A `mirror` shows another tab's sandbox and takes no action until it takes over. */
  role: 'starting' as Role,
  /** What became of the reader's last action (a replacement, a share link, Undo…). */
  notice: null as Notice | null,
  /** A lasting condition: storage unavailable, or changes not saved. */
  condition: null as Notice | null,
  /** Counts the reader's own changes: a message about one action expires with the next. */
  revision: 0,
  /** What replaced the reader's sandbox, while Undo can bring it back. */
  undo: null as ReplaceKind | null,
});

export type Snapshot = Readonly<ReturnType<typeof firstSnapshot>>;

export type ReplaceResult = {readonly ok: true} | {readonly ok: false; readonly reason: string};

export interface StoreOptions {
  /** Where replaced sandboxes are kept for Undo (memory only if absent). */
  readonly backup?: SandboxStorage;
  /** Notes that writes failed since a time: this tab's (kept on reload) and the origin's. */
  readonly markers?: readonly SandboxStorage[];
  /** The other tabs; without them this tab writes alone. */
  readonly crossTab?: CrossTab | null;
  readonly tabId?: string;
}
