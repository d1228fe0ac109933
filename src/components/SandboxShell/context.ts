import {createContext, useContext} from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5;
/** A widget's title outside any shell: below the page's h2 sections. */
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 3;

/** A panel title's level and the instance's purpose; a shell that finds one is nested, and bare. */
export const ShellContext = createContext<{
  readonly headingLevel: HeadingLevel;
  readonly purpose: string | null;
} | null>(null);

/** `name`, told apart by the instance's purpose when it has one: "Stitch web app: revoke a token". */
export function withPurpose(name: string, purpose: string | null | undefined): string {
  return purpose ? `${name}: ${purpose}` : name;
}

/** A landmark's name inside a widget, told apart by its shell's purpose (names must differ). */
export function useLandmarkName(name: string): string {
  return withPurpose(name, useContext(ShellContext)?.purpose);
}
