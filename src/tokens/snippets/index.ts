/**
 * Every request the site shows, in the reader's language: curl, Python (requests),
 * JavaScript (Node.js 20 fetch) and Go (standard library). Pure functions of the request.
 */
import type {HttpRequest} from '../events';
import {toCurl} from './curl';
import {goSnippet} from './go';
import {javascriptSnippet} from './javascript';
import {describeRequest} from './model';
import {pythonSnippet} from './python';

export type SnippetLanguage = 'curl' | 'python' | 'javascript' | 'go';

export interface Snippet {
  /** The tab's value: the same across the site, so one choice applies everywhere. */
  readonly language: SnippetLanguage;
  readonly label: string;
  /** Prism's name for the language. */
  readonly prism: 'bash' | 'python' | 'javascript' | 'go';
  readonly code: string;
}

export const LANGUAGES: ReadonlyArray<Omit<Snippet, 'code'>> = [
  {language: 'curl', label: 'curl', prism: 'bash'},
  {language: 'python', label: 'Python', prism: 'python'},
  {language: 'javascript', label: 'JavaScript', prism: 'javascript'},
  {language: 'go', label: 'Go', prism: 'go'},
];

/** The request in every language, in tab order. */
export function requestSnippets(req: HttpRequest): Snippet[] {
  const m = describeRequest(req);
  const code: Record<SnippetLanguage, string> = {
    curl: toCurl(req),
    python: pythonSnippet(m),
    javascript: javascriptSnippet(m),
    go: goSnippet(m),
  };
  return LANGUAGES.map((l) => ({...l, code: code[l.language]}));
}

export {toCurl} from './curl';
export {requests, importRecord, describeRequest, wirePath, ENV, type RecordInput} from './model';
