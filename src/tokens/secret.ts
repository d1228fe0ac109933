import {sha256Hex} from './sha256';
import type {Env} from './types';

/**
 * Visibly fake: a prefix that says so, then lowercase hex. It matches none of the usual
 * secret-scanner shapes (no `sk_live_`, `ghp_`, `AKIA`, JWT or base64 blob).
 */
export const SECRET_PREFIX = 'sandbox_not_a_real_token_';

export function makeSecret(env: Env): string {
  let hex = '';
  for (let i = 0; i < 4; i++) {
    hex += Math.floor(env.random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  }
  return SECRET_PREFIX + hex;
}

const SHAPE = new RegExp(`^${SECRET_PREFIX}[0-9a-f]{32}$`);

export function looksLikeSecret(value: string): boolean {
  return SHAPE.test(value);
}

export function fingerprint(secret: string): string {
  return sha256Hex(secret);
}

export function hintOf(value: string): string {
  return value.slice(-4);
}
