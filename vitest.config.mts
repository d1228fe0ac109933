import {defineConfig} from 'vitest/config';
import react from '@vitejs/plugin-react';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@site': root,
      // Component tests render widgets outside Docusaurus: its client-only wrapper is stubbed.
      '@docusaurus/BrowserOnly': path.join(root, 'tests/unit/stubs/BrowserOnly.tsx'),
      '@docusaurus/useBaseUrl': path.join(root, 'tests/unit/stubs/useBaseUrl.ts'),
      // …and so are the theme's code components, for the MDX Code override.
      '@theme/CodeInline': path.join(root, 'tests/unit/stubs/CodeInline.tsx'),
      '@theme/CodeBlock': path.join(root, 'tests/unit/stubs/CodeBlock.tsx'),
      // …and its tabs, for the snippet tabs.
      '@theme/Tabs': path.join(root, 'tests/unit/stubs/Tabs.tsx'),
      '@theme/TabItem': path.join(root, 'tests/unit/stubs/TabItem.tsx'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Component tests opt in with `// @vitest-environment jsdom` at the top of the file.
    setupFiles: ['tests/unit/setup.ts'],
    // Vitest's 5 s default is luck on two shared cores. Measured with three workers (below),
    // type-check, lint and format check alongside, as in `npm test`, and one CPU-bound
    // process beside them: the slowest test on this budget took 6.7 s (a rotation script's
    // run, 6.1 s with no neighbour: mostly the grace period it waits); python3's compile
    // of every snippet 5.8 s (4.5 s). About four times the slowest.
    testTimeout: 30_000,
    // Hooks: highlighting.test loads docusaurus.config.ts the way Docusaurus does (jiti,
    // compiling it and src/config/ cold on a fresh clone): 0.4 s warm and alone, 14 s on a
    // fresh clone in `npm run check` beside one CPU-bound process, past the 10 s default
    // (it failed a CI run that way). About four times that.
    hookTimeout: 60_000,
    // Vitest's default on two cores is one worker, and the slowest files mostly wait: on
    // Python, Node, Go and curl runs (snippets), on a rotation's grace period. Alone on two
    // cores the unit tests took 83 s with 1 worker, 47 s with 2 and 37 s with 3.
    maxWorkers: Math.max(os.availableParallelism() - 1, 3),
  },
});
