import React, {Children, lazy, Suspense, type ReactNode} from 'react';
import CodeInline from '@theme/CodeInline';
import type {Props} from '@theme/MDXComponents/Code';
import {loadedCodeBlock} from '@site/src/theme/CodeBlock/loaded';

// A code block brings Prism (about 90 kB of grammars) with it, and most pages here have
// none, so this component does not import it. A page with a fence imports it itself
// (src/config/remark-import-code-block.ts) and gets it synchronously, on the server and
// during hydration. The lazy path is a safety net for a block that arrives some other way.
const LazyCodeBlock = lazy(() => import('@theme/CodeBlock'));

/** The theme's own rule: an MDX fence gives multi-line children; `inline` code does not. */
function isInline(children: ReactNode): boolean {
  return (
    children !== undefined &&
    Children.toArray(children).every((el) => typeof el === 'string' && !el.includes('\n'))
  );
}

export default function MDXCode(props: Props): ReactNode {
  if (isInline(props.children)) return <CodeInline {...props} />;
  const CodeBlock = loadedCodeBlock.current;
  if (CodeBlock) return <CodeBlock {...props}>{props.children}</CodeBlock>;
  return (
    <Suspense
      fallback={
        <pre>
          <code>{props.children}</code>
        </pre>
      }
    >
      <LazyCodeBlock {...props}>{props.children}</LazyCodeBlock>
    </Suspense>
  );
}
