import type {Plugin} from '@docusaurus/types';

/**
 * The classic theme registers Prism's extra languages from a client module, which puts
 * the whole of prism-react-renderer (its bundled Prism and ~20 grammars) in `main.js`:
 * evaluating it was over half of main.js's start-up task on pages with no code at all.
 * This plugin drops that client module; `src/theme/CodeBlock` registers the languages
 * instead, so Prism is evaluated only where a code block is. Its own chunk keeps it out
 * of the `common` chunk that every doc page fetches.
 */
const eagerPrismClientModule =
  require.resolve('@docusaurus/theme-classic/lib/prism-include-languages');

export default function deferPrismPlugin(): Plugin {
  return {
    name: 'defer-prism',
    configureWebpack(_config, isServer) {
      const resolve = {alias: {[eagerPrismClientModule]: false as const}};
      // The server bundle is one file (Docusaurus sets splitChunks: false there): keep it so.
      if (isServer) return {resolve};
      return {
        resolve,
        optimization: {
          splitChunks: {
            cacheGroups: {
              prism: {
                test: /[\\/]node_modules[\\/](prism-react-renderer|prismjs)[\\/]/,
                name: 'prism',
                // Above the `common` group (40), below the one CSS file (50).
                priority: 45,
              },
            },
          },
        },
      };
    },
  };
}
