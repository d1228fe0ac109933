import type {ComponentType} from 'react';
import type {Props} from '@theme/CodeBlock';

/** The CodeBlock once its module has run, so MDXComponents/Code can render it synchronously. */
export const loadedCodeBlock: {current: ComponentType<Props> | null} = {current: null};
