import {createContext, useContext} from 'react';

/**
 * What one instance of a widget is for, when a page shows the widget more than once (the
 * guide has three web-app panels): "generate a token", "rotate a token"… Landmarks on a
 * page need distinct names, so every name a widget gives its regions goes through
 * `useLandmarkName`.
 */
export const PurposeContext = createContext<string | null>(null);

/** `name`, told apart by the instance's purpose when it has one: "Stitch web app: revoke a token". */
export function withPurpose(name: string, purpose: string | null | undefined): string {
  return purpose ? `${name}: ${purpose}` : name;
}

/** The accessible name for a landmark inside a widget. */
export function useLandmarkName(name: string): string {
  return withPurpose(name, useContext(PurposeContext));
}
