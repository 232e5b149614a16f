// @ts-check
/**
 * Lint rules, run by `npm test` (npm run lint). Recommended rules of ESLint, typescript-eslint and
 * eslint-plugin-astro, plus the one rule of this codebase's layout: code that runs in the
 * visitor's browser (src/lib/client/ and the <script> blocks of .astro files) may import only
 * other browser code and the few shared modules that import nothing from Node or the build.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules outside src/lib/client/ that browser code may import: pure functions and data, no node:, no astro:. */
const SHARED_WITH_BROWSER = [
  'i18n/locales.ts',
  'lib/cms/names.ts',
  'lib/cms/mdx-format.ts',
  'lib/cms/quote-component.ts',
  'lib/sharing/share-links.ts',
  'lib/site/html.ts',
];
const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** @type {import('eslint').Linter.RulesRecord} */
const browserOnly = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: '^(node:|astro:|astro/|fs$|path$|url$|child_process$|worker_threads$)',
          message: 'Browser code cannot use Node or the build.',
        },
        {
          regex: `^#src/(?!lib/client/|${SHARED_WITH_BROWSER.map(escape).join('$|')}$)`,
          message: 'Browser code may import only src/lib/client/ and the shared modules listed in eslint.config.js (SHARED_WITH_BROWSER).',
        },
        { regex: '^\\.\\./', message: 'Browser code imports across folders through #src/.' },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'preview/',
      '.build/',
      '.astro/',
      '.cache/',
      'node_modules/',
      'public/',
      'bench-results/',
      'test-results/',
      'playwright-report/',
      'tests/fixtures/untrusted/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    files: ['src/lib/client/**/*.ts', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser } },
    rules: browserOnly,
  },
  {
    files: SHARED_WITH_BROWSER.map((f) => `src/${f}`),
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(node:|astro:)', message: 'Shared with the browser: no Node, no build.' }] },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Astro types Astro.locals through `declare global { namespace App { interface Locals } }`.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
);
