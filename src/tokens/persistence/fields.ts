/**
 * Readers for one field of a saved payload. Each checks type and range and throws `Invalid`
 * with where it was; `load` turns that into a reset with the reason.
 */
import {MAX_ID, MAX_TIME} from '../state';

export class Invalid extends Error {}

export function bad(what: string): never {
  throw new Invalid(what);
}

export function int(v: unknown, where: string, min = 0, max = MAX_ID): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max)
    bad(`${where}: expected a whole number from ${min} to ${max}`);
  return v;
}

/** An id of our own sequences (integrations, tokens, records, log): below MAX_ID. */
export const posInt = (v: unknown, where: string): number => int(v, where, 1);
/** An id a reader typed or a request carried (a client_id): any positive safe integer. */
export const safeId = (v: unknown, where: string): number =>
  int(v, where, 1, Number.MAX_SAFE_INTEGER);
export const time = (v: unknown, where: string): number => int(v, where, 0, MAX_TIME);
export const status = (v: unknown, where: string): number => int(v, where, 100, 599);

export function orNull<T>(read: (v: unknown, where: string) => T) {
  return (v: unknown, where: string): T | null => (v === null ? null : read(v, where));
}

export const timeOrNull = orNull(time);
export const idOrNull = orNull(posInt);

export function str(v: unknown, where: string, max: number): string {
  if (typeof v !== 'string' || v.length > max)
    bad(`${where}: expected text of at most ${max} characters`);
  return v;
}

export function bool(v: unknown, where: string): boolean {
  if (typeof v !== 'boolean') bad(`${where}: expected true or false`);
  return v;
}

export function oneOf<T extends string>(v: unknown, where: string, allowed: readonly T[]): T {
  if (!allowed.includes(v as T)) bad(`${where}: expected one of ${allowed.join(', ')}`);
  return v as T;
}

export function arr(v: unknown, where: string, len?: number, max = Infinity): unknown[] {
  if (!Array.isArray(v) || (len !== undefined && v.length !== len) || v.length > max)
    bad(`${where}: malformed`);
  return v;
}

export function obj(v: unknown, where: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) bad(`${where}: malformed`);
  return v as Record<string, unknown>;
}
