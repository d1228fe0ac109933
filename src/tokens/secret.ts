import {sha256} from '@noble/hashes/sha2';
import {bytesToHex} from '@noble/hashes/utils';
import type {Env} from './model';

/** Visibly fake, and unlike any secret-scanner shape (`sk_live_`, `ghp_`, `AKIA`, JWT). */
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

/** SHA-256 in hex, synchronous (WebCrypto's digest is async, and the reducer is not). */
export function fingerprint(secret: string): string {
  return bytesToHex(sha256(secret));
}

export function hintOf(value: string): string {
  return value.slice(-4);
}

/** Could be SHA-256 output: ≥8 distinct hex digits, no 12-digit run (real hashes: < 1 in 10^11). */
export function plausibleFingerprint(fp: string): boolean {
  return /^[0-9a-f]{64}$/.test(fp) && new Set(fp).size >= 8 && !/(.)\1{11}/.test(fp);
}

/** A new secret and its fingerprint; drawn again in the (1 in 10^11) case of an odd-looking hash. */
export function makeToken(env: Env): {secret: string; fingerprint: string} {
  for (;;) {
    const secret = makeSecret(env);
    const fp = fingerprint(secret);
    if (plausibleFingerprint(fp)) return {secret, fingerprint: fp};
  }
}
