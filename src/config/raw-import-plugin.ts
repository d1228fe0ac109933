import type {Plugin} from '@docusaurus/types';

/** `?raw` imports give a file's text, as in Vite: the guide shows the scripts readers download. */
export default function rawImportPlugin(): Plugin {
  return {
    name: 'raw-import',
    configureWebpack() {
      return {module: {rules: [{resourceQuery: /raw/, type: 'asset/source'}]}};
    },
  };
}
