import {createRequire} from 'node:module';
import path from 'node:path';
import {Prism} from 'prism-react-renderer';
import {beforeAll, describe, expect, it} from 'vitest';
import {LANGUAGES, requestSnippets} from '../../../src/tokens/snippets';
import {requests} from '../../support/snippet-requests';
import {ROTATION_SCRIPTS} from '../../../src/components/RequestSnippets/RotationScript';
import {defined} from '../../support/defined';

const require = createRequire(import.meta.url);
const {loadFreshModule} = require('@docusaurus/utils') as {
  loadFreshModule: (modulePath: string) => Promise<unknown>;
};

let additional: string[] = [];

beforeAll(async () => {
  const mod = (await loadFreshModule(path.resolve(__dirname, '../../../docusaurus.config.ts'))) as {
    default?: {themeConfig: {prism: {additionalLanguages?: string[]}}};
  };
  additional = mod.default?.themeConfig.prism.additionalLanguages ?? [];
  // What the theme's prism-include-languages does for each additional language.
  (globalThis as {Prism?: unknown}).Prism = Prism;
  for (const lang of additional) require(`prismjs/components/prism-${lang}`);
});

/** Token types Prism found in the code (nested tokens included). */
function tokenTypes(code: string, language: string): Set<string> {
  const types = new Set<string>();
  const walk = (tokens: (string | Prism.Token)[]) => {
    for (const t of tokens) {
      if (typeof t === 'string') continue;
      types.add(t.type);
      if (Array.isArray(t.content)) walk(t.content);
    }
  };
  walk(Prism.tokenize(code, defined(Prism.languages[language], `${language} grammar`)));
  return types;
}

describe('Prism highlights every snippet language', () => {
  it('each is bundled with prism-react-renderer or added in prism.additionalLanguages', () => {
    for (const {prism} of LANGUAGES) {
      expect(Prism.languages[prism], `Prism has no grammar for ${prism}`).toBeDefined();
    }
  });

  it.each(LANGUAGES.map((l) => [l.prism, l.language] as const))(
    '%s: keywords or commands, and strings, are tokens',
    (prism, language) => {
      const snippet = requestSnippets(requests.listTokens(261871)).find(
        (s) => s.language === language,
      )!;
      const types = tokenTypes(snippet.code, prism);
      expect(types.has('string')).toBe(true);
      expect(types.has(prism === 'bash' ? 'function' : 'keyword')).toBe(true);
      const script = ROTATION_SCRIPTS.find((s) => s.language === language);
      if (script) expect(tokenTypes(script.code, prism).has('comment')).toBe(true);
    },
  );
});
