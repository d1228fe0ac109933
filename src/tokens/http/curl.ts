import {CONNECT_BASE_URL, pathOf} from './util';
import type {HttpRequest} from '../events';

/**
 * Shell single-quote: inside '…' nothing expands ($(…), backticks, $VAR), and a ' is written
 * as '\'' (close, escaped quote, reopen). Paths and bodies can hold anything.
 */
function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A method as typed: bare when it is a plain word, quoted otherwise. */
function method(m: string): string {
  const up = m.toUpperCase();
  return /^[A-Z]+$/.test(up) ? up : quote(up);
}

/**
 * The request as a copy-pasteable curl command. The Authorization header is always a shell
 * variable placeholder, whatever the request carried, so no secret ever lands in a snippet.
 */
export function toCurl(req: HttpRequest): string {
  const isImport = pathOf(req).startsWith('/v2/');
  const variable = isImport ? '$STITCH_IMPORT_API_TOKEN' : '$STITCH_CONNECT_TOKEN';
  const lines = [
    `curl -X ${method(req.method)} ${quote(CONNECT_BASE_URL + req.path)}`,
    // Double quotes on purpose: the placeholder variable must expand; nothing else is inside.
    `-H "Authorization: Bearer ${variable}"`,
  ];
  if (req.body !== undefined && req.body !== null) {
    lines.push('-H "Content-Type: application/json"');
    lines.push(`-d ${quote(typeof req.body === 'string' ? req.body : JSON.stringify(req.body))}`);
  }
  return lines.join(' \\\n  ');
}
