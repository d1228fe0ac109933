import {useMemo, type ReactNode} from 'react';
import type {HttpRequest} from '@site/src/tokens';
// The snippets module, not the core's index, which would bring the whole core along.
import {requestSnippets} from '@site/src/tokens/snippets';
import SnippetCode from './SnippetCode';
import SnippetTabs from './SnippetTabs';

/** One request in curl, Python, JavaScript and Go. */
export default function RequestSnippets({
  request,
  title,
}: {
  request: Pick<HttpRequest, 'method' | 'path' | 'body'>;
  title?: string;
}): ReactNode {
  const {method, path, body} = request;
  const snippets = useMemo(() => requestSnippets({method, path, body}), [method, path, body]);
  return (
    <SnippetTabs
      snippets={snippets}
      lazy
      render={(s) => <SnippetCode code={s.code} language={s.prism} title={title} />}
    />
  );
}
