import type {Plugin} from '@docusaurus/types';

/**
 * `import text from './file?raw'` gives the file's text, as Vite (the unit tests) does too:
 * the guide shows the rotation scripts from the very files a reader downloads.
 */
export default function rawImportPlugin(): Plugin {
  return {
    name: 'raw-import',
    configureWebpack() {
      return {module: {rules: [{resourceQuery: /raw/, type: 'asset/source'}]}};
    },
  };
}
