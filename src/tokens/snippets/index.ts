/** Every request the site shows, in the reader's language: pure functions of the request. */
import type {HttpRequest} from '../events';
import {curlSnippet} from './curl';
import {goSnippet} from './go';
import {javascriptSnippet} from './javascript';
import {snippetModel, type SnippetModel} from './model';
import {pythonSnippet} from './python';
import {LANGUAGES, type Snippet, type SnippetLanguage} from './languages';

const RENDER: Record<SnippetLanguage, (m: SnippetModel) => string> = {
  curl: curlSnippet,
  python: pythonSnippet,
  javascript: javascriptSnippet,
  go: goSnippet,
};

/** The request in every language, in tab order. */
export function requestSnippets(req: HttpRequest): Snippet[] {
  const m = snippetModel(req);
  return LANGUAGES.map((l) => ({...l, code: RENDER[l.language](m)}));
}

export {LANGUAGES, type Snippet, type SnippetLanguage} from './languages';
