import {defineConfig} from 'vitest/config';
import react from '@vitejs/plugin-react';
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
    // Vitest's 5 s default is luck on two shared cores: the store's "too large to save" test
    // took 1.5 s alone and 5.1 s beside a busy process (with type-check, lint and format
    // check running alongside, as in `npm test`). Four times the busy figure.
    testTimeout: 20_000,
  },
});
