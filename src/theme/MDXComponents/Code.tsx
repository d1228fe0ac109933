import React, {Children, lazy, Suspense, type ReactNode} from 'react';
import CodeInline from '@theme/CodeInline';
import type {Props} from '@theme/MDXComponents/Code';

// A code block brings Prism (about 90 kB of grammars) with it, and most pages here have
// none: the block is fetched on demand. Server rendering waits for it, so the static HTML
// is highlighted, and hydration keeps that HTML until the chunk has arrived.
const CodeBlock = lazy(() => import('@theme/CodeBlock'));

/** The theme's own rule: an MDX fence gives multi-line children; `inline` code does not. */
function isInline(children: ReactNode): boolean {
  return (
    children !== undefined &&
    Children.toArray(children).every((el) => typeof el === 'string' && !el.includes('\n'))
  );
}

export default function MDXCode(props: Props): ReactNode {
  if (isInline(props.children)) return <CodeInline {...props} />;
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
