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

/** `name`, told apart by the instance's purpose when it has one: "Stitch web app: revoke a token". */
export function withPurpose(name: string, purpose: string | null | undefined): string {
  return purpose ? `${name}: ${purpose}` : name;
}

/** A landmark's name inside a widget, told apart by its shell's purpose (names must differ). */
export function useLandmarkName(name: string): string {
  return withPurpose(name, useContext(ShellContext)?.purpose);
}
