import type {ComponentProps, ReactNode} from 'react';

/** Stand-in for the theme's `@theme/CodeInline` in component tests. */
export default function CodeInline(props: ComponentProps<'code'>): ReactNode {
  return <code data-stub="inline" {...props} />;
}
