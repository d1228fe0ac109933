import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';

// Registered here rather than from the theme's client module (see
// src/config/defer-prism-plugin.ts): Prism loads with the first code block.
prismIncludeLanguages(Prism);

export default CodeBlock;
