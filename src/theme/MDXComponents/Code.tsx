import React, {Children, lazy, Suspense, useState, type ReactNode} from 'react';
import CodeInline from '@theme/CodeInline';
import type {Props} from '@theme/MDXComponents/Code';
import {loadedCodeBlock} from '@site/src/theme/CodeBlock/loaded';

// A code block brings Prism (about 90 kB of grammars) with it, and most pages here have
// none, so this component imports it only as a fallback. A page with a fence imports it
// itself (src/config/remark-import-code-block.ts) and gets it synchronously, on the server
// and during hydration. The lazy import is a safety net for a block that arrives otherwise.
const LazyCodeBlock = lazy(() => import('@theme/CodeBlock'));

/** The theme's own rule: an MDX fence gives multi-line children; `inline` code does not. */
function isInline(children: ReactNode): boolean {
  return (
    children !== undefined &&
    Children.toArray(children).every((el) => typeof el === 'string' && !el.includes('\n'))
  );
}

export default function MDXCode(props: Props): ReactNode {
  // Chosen once per block, so a later load elsewhere does not remount this one.
  const [CodeBlock] = useState(() => loadedCodeBlock.current ?? LazyCodeBlock);
  if (isInline(props.children)) return <CodeInline {...props} />;
  // One Suspense either way: the tree is the same whether or not the block was loaded
  // (server and client can differ on that), so hydration never mismatches on it.
  return (
    <Suspense
      fallback={
        <pre>
          <code>{props.children}</code>
        </pre>
      }
    >
      <CodeBlock {...props}>{props.children}</CodeBlock>
    </Suspense>
  );
}
