import {createContext, useContext} from 'react';

/** What one instance is for ("revoke a token"), when a page shows a widget more than once: landmark names must differ. */
export const PurposeContext = createContext<string | null>(null);

/** `name`, told apart by the instance's purpose when it has one: "Stitch web app: revoke a token". */
export function withPurpose(name: string, purpose: string | null | undefined): string {
  return purpose ? `${name}: ${purpose}` : name;
}

/** The accessible name for a landmark inside a widget. */
export function useLandmarkName(name: string): string {
  return withPurpose(name, useContext(PurposeContext));
}
