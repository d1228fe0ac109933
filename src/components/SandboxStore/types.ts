/** What the store offers widgets, and what it is made from. */
import {initialState, type SandboxState} from '@site/src/tokens';
import type {CrossTab, SandboxStorage} from './browser';
import type {Notice} from './notices';
import type {Role} from './role';

export const SHARE_PARAM = 'share';

/** What replaced the reader's sandbox: a share link, Reset sandbox, or Start drill. */
export const REPLACE_KINDS = ['share', 'reset', 'drill'] as const;
export type ReplaceKind = (typeof REPLACE_KINDS)[number];

/** What widgets render from: one immutable snapshot per change. */
export interface Snapshot {
  readonly state: SandboxState;
  /** False until saved state has been read and this tab knows whether it writes. */
  readonly ready: boolean;
  /** A `mirror` shows another tab's sandbox and takes no action until it takes over. */
  readonly role: Role;
  /** What became of the reader's last action (a replacement, a share link, Undo…). */
  readonly notice: Notice | null;
  /** A lasting condition: storage unavailable, or changes not saved. */
  readonly condition: Notice | null;
  /** Counts the reader's own changes: a message about one action expires with the next. */
  readonly revision: number;
  /** What replaced the reader's sandbox, while Undo can bring it back. */
  readonly undo: ReplaceKind | null;
}

/** What a tab shows before it has read storage. */
export const firstSnapshot = (): Snapshot => ({
  state: initialState(),
  ready: false,
  role: 'starting',
  notice: null,
  condition: null,
  revision: 0,
  undo: null,
});

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
