import {createContext, useContext} from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5;

/**
 * What a shell tells the widget inside: the level of a panel's title (its own sub-headings go
 * one deeper) and what this instance is for. Set by the outermost shell: a nested one finds it
 * and reuses that shell's loading, notice and toolbar.
 */
export const ShellContext = createContext<{
  readonly headingLevel: HeadingLevel;
  readonly purpose: string | null;
} | null>(null);

export function useHeadingLevel(): HeadingLevel {
  return useContext(ShellContext)?.headingLevel ?? 3;
}
