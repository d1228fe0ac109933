import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import remarkImportCodeBlock from '@site/src/config/remark-import-code-block';
import {defined} from '../../support/defined';

const require = createRequire(import.meta.url);
const {loadFreshModule} = require('@docusaurus/utils') as {
  loadFreshModule: (modulePath: string) => Promise<unknown>;
};

interface PresetOptions {
  docs: {remarkPlugins?: unknown[]};
  pages: {remarkPlugins?: unknown[]};
}

/** docusaurus.config.ts, loaded the way Docusaurus loads it. */
async function siteConfig() {
  const mod = (await loadFreshModule(path.resolve(__dirname, '../../../docusaurus.config.ts'))) as {
    default?: unknown;
  };
  return (mod.default ?? mod) as {presets: [string, PresetOptions][]};
}

describe('docusaurus.config.ts', () => {
  it('gives docs and pages the plugin that makes a page with a code fence import it', async () => {
    const [, options] = defined((await siteConfig()).presets[0], 'preset');
    // Identity through the loader is not guaranteed: compare by name.
    const names = (plugins?: unknown[]) => (plugins ?? []).map((p) => (p as () => void).name);
    expect(names(options.docs.remarkPlugins)).toContain(remarkImportCodeBlock.name);
    expect(names(options.pages.remarkPlugins)).toContain(remarkImportCodeBlock.name);
  });
});
