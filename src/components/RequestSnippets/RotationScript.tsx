import {useMemo, type ReactNode} from 'react';
// From the rotation module itself: a page showing the script needs neither the request
// snippets nor the core.
import {rotationScripts, type RotationParams} from '@site/src/tokens/snippets';
import SnippetTabs from './SnippetTabs';

export interface RotationScriptProps {
  /** The integration, client, table and sample record; the guide's example by default. */
  readonly params?: Partial<RotationParams>;
}

/** The token rotation as one script, in Python, JavaScript and Go; titled by file name. */
export default function RotationScript({params}: RotationScriptProps): ReactNode {
  const snippets = useMemo(
    () => rotationScripts(params).map((s) => ({...s, title: s.fileName})),
    [params],
  );
  // Every language in the page's HTML: the page's Markdown version (llms-full.txt) is made
  // from it, and an assistant should get the script in each language.
  return <SnippetTabs snippets={snippets} lazy={false} />;
}
