import {createContext, useContext} from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5;

/**
 * The level of a panel's title (its own sub-headings go one deeper), set by the outermost
 * shell: a nested one finds it and reuses that shell's loading, notice and toolbar.
 */
export const ShellContext = createContext<HeadingLevel | null>(null);

export function useHeadingLevel(): HeadingLevel {
  return useContext(ShellContext) ?? 3;
}
