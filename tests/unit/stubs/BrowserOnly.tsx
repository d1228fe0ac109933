import type {ReactNode} from 'react';

/** Stand-in for Docusaurus's `@docusaurus/BrowserOnly` in jsdom component tests. */
export default function BrowserOnly({children}: {children?: () => ReactNode}): ReactNode {
  return children?.() ?? null;
}
