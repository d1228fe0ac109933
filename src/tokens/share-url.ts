/** A save (no secrets) as base64url, for the URL fragment so it never reaches a server log. */
import {load, reset, serialize, type LoadResult} from './persistence';
import type {SandboxState} from './model';

/** Bytes as base64url without padding; btoa and atob work alike in browsers and Node. */
export function encodeBase64Url(bytes: Uint8Array): string {
  const binary = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** null for characters outside the alphabet or an impossible length. */
export function decodeBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Browsers take far longer URLs; this keeps links pasteable into chats and issues. */
export const MAX_SHARE_CHARS = 64 * 1024;

export function encodeShare(
  s: SandboxState,
): {readonly ok: true; readonly value: string} | {readonly ok: false; readonly reason: string} {
  const value = encodeBase64Url(new TextEncoder().encode(serialize(s)));
  if (value.length > MAX_SHARE_CHARS) {
    return {
      ok: false,
      reason: `This sandbox is too large to share as a link (${value.length} characters; the limit is ${MAX_SHARE_CHARS}). Reset it or push fewer records.`,
    };
  }
  return {ok: true, value};
}

export function decodeShare(text: string): LoadResult {
  if (text.length > MAX_SHARE_CHARS)
    return reset(`The shared link is too long (${text.length} characters).`);
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    return reset('The shared link is corrupt (unexpected characters).');
  const bytes = decodeBase64Url(text);
  if (bytes === null) return reset('The shared link is corrupt or truncated.');
  let json: string;
  try {
    json = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return reset('The shared link is corrupt (not UTF-8).');
  }
  return load(json);
}
