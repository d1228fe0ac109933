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
    // Generous budgets: the slowest tests wait on Python, Node, Go and curl runs, and two
    // shared cores can be busy (figures in the commit that set them).
    testTimeout: 30_000,
    // highlighting.test loads docusaurus.config.ts cold through jiti, like Docusaurus does.
    hookTimeout: 60_000,
    // More workers than cores: the slowest files mostly wait on child processes.
    maxWorkers: Math.max(os.availableParallelism() - 1, 3),
  },
});
