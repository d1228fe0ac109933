import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/',
      'build-*/',
      '.docusaurus/',
      'node_modules/',
      'test-results*/',
      'playwright-report*/',
      'bench-results/',
      'deploy/nginx/out/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {...globals.browser, ...globals.node},
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_'},
      ],
    },
  },
  {
    // Hooks rules for React code only: Playwright fixtures also call a function named `use`.
    files: ['src/**/*.{ts,tsx}'],
    plugins: {'react-hooks': reactHooks},
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Widgets see the core through its public API and its selectors: no deep imports, and
    // no reading the state fields a selector covers (a rule re-derived in a widget drifts).
    files: ['src/components/**/*.{ts,tsx}', 'src/theme/**/*.{ts,tsx}', 'src/pages/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Two public entries: the core, and its snippet generators alone (a page that
              // shows code should not carry the whole simulation).
              group: ['@site/src/tokens/*', '!@site/src/tokens/snippets'],
              message:
                "Import the core from '@site/src/tokens' (or '@site/src/tokens/snippets') only.",
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...[
          "MemberExpression[object.type='Identifier'][object.name=/^(s|state)$/]",
          "MemberExpression[object.type='MemberExpression'][object.property.name=/^(s|state)$/]",
        ].map((object) => ({
          selector: `${object}[property.name=/^(integrations|tokens|revokedTokens|reveal|app|destination|failed|log|counters|rotations|clientId)$/]`,
          message: 'Read the sandbox state through a selector from @site/src/tokens.',
        })),
      ],
    },
  },
  {
    // The domain core stays pure: time and randomness are injected, never read.
    files: ['src/tokens/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {object: 'Date', property: 'now', message: 'Inject the clock through Env.'},
        {object: 'Math', property: 'random', message: 'Inject randomness through Env.'},
      ],
      'no-restricted-imports': [
        'error',
        {patterns: ['react', 'react-dom', '@docusaurus/*', '@theme/*', '@site/*']},
      ],
    },
  },
);
