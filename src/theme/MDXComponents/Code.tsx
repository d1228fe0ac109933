import React, {Children, lazy, Suspense, useState, type ReactNode} from 'react';
import CodeInline from '@theme/CodeInline';
import type {Props} from '@theme/MDXComponents/Code';
import {loadedCodeBlock} from '@site/src/theme/CodeBlock/loaded';

// Lazy, as most pages have no code block; pages with a fence preload it (remark-import-code-block).
const LazyCodeBlock = lazy(() => import('@theme/CodeBlock'));

export default function MDXCode(props: Props): ReactNode {
  // Chosen once per block, so a later load elsewhere does not remount this one.
  const [CodeBlock] = useState(() => loadedCodeBlock.current ?? LazyCodeBlock);
  // The theme's own rule: an MDX fence gives multi-line children; `inline` code does not.
  const inline =
    props.children !== undefined &&
    Children.toArray(props.children).every((el) => typeof el === 'string' && !el.includes('\n'));
  if (inline) return <CodeInline {...props} />;
  // One Suspense either way, so server and client trees match whether or not it was loaded.
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
