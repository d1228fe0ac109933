import type {ReactNode} from 'react';

/** Stand-in for `@theme/CodeBlock` (and Prism) in component tests. */
export default function CodeBlock({children}: {children?: ReactNode}): ReactNode {
  return <pre data-stub="highlighted">{children}</pre>;
}
