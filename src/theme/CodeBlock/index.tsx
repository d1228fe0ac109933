import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';
import {loadedCodeBlock} from './loaded';

// Registered here rather than from the theme's client module (see
// src/config/defer-prism-plugin.ts): Prism loads with the first code block.
prismIncludeLanguages(Prism);
loadedCodeBlock.current = CodeBlock;

export default CodeBlock;
