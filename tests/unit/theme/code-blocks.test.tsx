// @vitest-environment jsdom
import {compile} from '@mdx-js/mdx';
import {render, waitFor} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import remarkImportCodeBlock from '@site/src/config/remark-import-code-block';
import {loadedCodeBlock} from '@site/src/theme/CodeBlock/loaded';
import MDXCode from '@site/src/theme/MDXComponents/Code';
import StubCodeBlock from '../stubs/CodeBlock';

const compiled = async (mdx: string) =>
  String(await compile(mdx, {remarkPlugins: [remarkImportCodeBlock]}));

describe('remark-import-code-block', () => {
  it('makes a page with a code fence import the code block itself', async () => {
    const js = await compiled('# Title\n\n- a list\n\n  ```bash\n  curl -X POST x\n  ```\n');
    expect(js).toMatch(/^import ["']@theme\/CodeBlock["'];$/m);
  });

  it('leaves pages with inline code only alone (they never load Prism)', async () => {
    const js = await compiled('# Title\n\nUse `curl` and `DELETE`.\n');
    expect(js).not.toContain('@theme/CodeBlock');
  });
});

describe('MDXComponents/Code', () => {
  afterEach(() => {
    loadedCodeBlock.current = null;
  });

  it('renders a block with the already loaded CodeBlock synchronously, with no fallback', () => {
    loadedCodeBlock.current = StubCodeBlock;
    // As hydration needs it: no Suspense fallback in between.
    const {container} = render(<MDXCode>{'curl \\\n  -X POST x\n'}</MDXCode>);
    expect(container.querySelector('[data-stub="highlighted"]')).not.toBeNull();
  });

  it('falls back to loading it when no page imported it', async () => {
    const {container} = render(<MDXCode>{'curl \\\n  -X POST x\n'}</MDXCode>);
    expect(container.innerHTML).toMatch(/^<pre><code>curl/);
    await waitFor(() =>
      expect(container.querySelector('[data-stub="highlighted"]')).not.toBeNull(),
    );
  });

  it('keeps inline code inline', () => {
    loadedCodeBlock.current = StubCodeBlock;
    const {container} = render(<MDXCode>curl</MDXCode>);
    expect(container.querySelector('code[data-stub="inline"]')).not.toBeNull();
  });
});
