import type {Plugin} from '@docusaurus/types';

/**
 * Drops the theme's client module that put all of Prism in main.js (over half its start-up
 * time); src/theme/CodeBlock registers the languages instead, where a code block is.
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
