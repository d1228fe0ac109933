import {useContext} from 'react';
import {ShellContext} from '@site/src/components/SandboxShell/context';

/** `name`, told apart by the instance's purpose when it has one: "Stitch web app: revoke a token". */
export function withPurpose(name: string, purpose: string | null | undefined): string {
  return purpose ? `${name}: ${purpose}` : name;
}

/** A landmark's name inside a widget, told apart by its shell's purpose (names must differ). */
export function useLandmarkName(name: string): string {
  return withPurpose(name, useContext(ShellContext)?.purpose);
}
