import {createContext, useContext} from 'react';
import type {SandboxKey} from '@site/src/components/SandboxStore';

export type HeadingLevel = 2 | 3 | 4 | 5;

export interface ShellInfo {
  readonly sandbox: SandboxKey;
  /** Level of a panel's title; a panel's own sub-headings go one deeper. */
  readonly headingLevel: HeadingLevel;
}

/** Set by the outermost shell, so nested widgets reuse its loading, notice and toolbar. */
export const ShellContext = createContext<ShellInfo | null>(null);

export function useHeadingLevel(): HeadingLevel {
  return useContext(ShellContext)?.headingLevel ?? 3;
}
