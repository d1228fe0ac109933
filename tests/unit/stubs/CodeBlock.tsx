import type {ReactNode} from 'react';

/** Stand-in for `@theme/CodeBlock` (and Prism) in component tests. */
export default function CodeBlock({
  children,
  language,
  title,
}: {
  children?: ReactNode;
  language?: string;
  title?: ReactNode;
}): ReactNode {
  return (
    <pre data-stub="highlighted" data-language={language} title={String(title ?? '')}>
      {children}
    </pre>
  );
}
