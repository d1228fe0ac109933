import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';
import {loadedCodeBlock} from './loaded';

// Registered here, not by the theme's client module, so Prism loads with the first code block.
prismIncludeLanguages(Prism);
loadedCodeBlock.current = CodeBlock;

export default CodeBlock;
