import {useMemo, type ReactNode} from 'react';
import type {HttpRequest} from '@site/src/tokens';
// The snippets module, not the core's index, which would bring the whole core along.
import {requestSnippets} from '@site/src/tokens/snippets';
import SnippetTabs from './SnippetTabs';

export {default as SnippetTabs, LANGUAGE_GROUP, LANGUAGE_QUERY} from './SnippetTabs';

export interface RequestSnippetsProps {
  /** The request: method, path (values already in it) and body, as the site shows it. */
  readonly request: Pick<HttpRequest, 'method' | 'path' | 'body'>;
  /** Shown as each code block's title. */
  readonly title?: string;
}

/** One request in curl, Python, JavaScript and Go. */
export default function RequestSnippets({request, title}: RequestSnippetsProps): ReactNode {
  const {method, path, body} = request;
  const snippets = useMemo(
    () => requestSnippets({method, path, body}).map((s) => ({...s, title})),
    [method, path, body, title],
  );
  return <SnippetTabs snippets={snippets} />;
}
