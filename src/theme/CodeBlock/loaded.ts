import type {ComponentType} from 'react';
import type {Props} from '@theme/CodeBlock';

/**
 * The CodeBlock component once its module has run, or null. Pages with a code fence import
 * that module up front (src/config/remark-import-code-block.ts), so on those pages
 * MDXComponents/Code can render it synchronously, during hydration too.
 */
export const loadedCodeBlock: {current: ComponentType<Props> | null} = {current: null};
