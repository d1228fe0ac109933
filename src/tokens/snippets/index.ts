/**
 * Every request the site shows, in the reader's language: curl, Python (requests),
 * JavaScript (Node.js 20 fetch) and Go (standard library). Pure functions of the request.
 */
import type {HttpRequest} from '../events';
import {toCurl} from './curl';
import {goSnippet} from './go';
import {javascriptSnippet} from './javascript';
import {snippetModel} from './model';
import {pythonSnippet} from './python';
import {LANGUAGES, type Snippet, type SnippetLanguage} from './languages';

/** The request in every language, in tab order. */
export function requestSnippets(req: HttpRequest): Snippet[] {
  const m = snippetModel(req);
  const code: Record<SnippetLanguage, string> = {
    curl: toCurl(req),
    python: pythonSnippet(m),
    javascript: javascriptSnippet(m),
    go: goSnippet(m),
  };
  return LANGUAGES.map((l) => ({...l, code: code[l.language]}));
}

export {toCurl} from './curl';
export {LANGUAGES, type Snippet, type SnippetLanguage} from './languages';
export {requests, importRecord, snippetModel, wirePath, ENV, type RecordInput} from './model';
