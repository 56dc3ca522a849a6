import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Packages that only run on the server; a browser project importing one fails lint. */
const serverOnly = [
  '@trpc/server',
  '@trpc/server/*',
  'fastify',
  '@fastify/*',
  'drizzle-orm',
  'drizzle-orm/*',
  'drizzle-kit',
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  'pg',
  'node:*',
];
const browser = { bannedExternalImports: serverOnly };
/** Message keys of the shell's own part (libs/i18n/src/shell), as an esquery regular expression. */
const shellKey = '/^(shell|account|packages|audit)\\./';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.data/**',
      '**/.nx/**',
      '**/reports/**',
      '**/test-results/**',
      '**/.__mf__temp/**',
      'apps/server/drizzle/**',
      'libs/sdk/build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { plugins: { '@nx': nx } },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // ARCHITECTURE.md "Module boundaries".
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:contract'], bannedExternalImports: serverOnly },
            { sourceTag: 'type:rules', onlyDependOnLibsWithTags: ['type:contract', 'type:rules'], bannedExternalImports: serverOnly },
            // The sdk takes the server's AppRouter type only (see its lint override below).
            { sourceTag: 'type:sdk', onlyDependOnLibsWithTags: ['type:contract', 'type:server'], ...browser },
            { sourceTag: 'type:i18n', onlyDependOnLibsWithTags: ['type:contract'], ...browser },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:contract', 'type:rules', 'type:i18n'], ...browser },
            { sourceTag: 'type:kit', onlyDependOnLibsWithTags: ['type:contract', 'type:rules', 'type:sdk', 'type:i18n', 'type:ui'], ...browser },
            { sourceTag: 'type:remote', onlyDependOnLibsWithTags: ['type:contract', 'type:rules', 'type:sdk', 'type:kit', 'type:ui', 'type:i18n', 'type:testing'], ...browser },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contract', 'type:rules', 'type:sdk', 'type:kit', 'type:ui', 'type:i18n', 'type:testing'], ...browser },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contract', 'type:rules', 'type:sdk', 'type:kit', 'type:ui', 'type:i18n'] },
            { sourceTag: 'type:server', onlyDependOnLibsWithTags: ['type:contract', 'type:rules'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contract'] },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/sdk/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@pbc/server', message: 'The sdk takes only the AppRouter type from the server.', allowTypeImports: true }] },
      ],
    },
  },
  {
    // Fluent UI is reached through @pbc/ui only (libs/ui/src/fluent.ts). @pbc/ui is a shared federation
    // singleton, so the page holds one copy of the Fluent parts the product uses; a direct @fluentui
    // import would bundle a second copy into that project (and Fluent is too big to share whole).
    files: ['apps/**/*.{ts,tsx,js,mjs}', 'libs/**/*.{ts,tsx,js,mjs}'],
    ignores: ['libs/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@fluentui/*'],
              message:
                'Import Fluent UI from @pbc/ui (add the export to libs/ui/src/fluent.ts): @pbc/ui is the shared singleton that keeps one copy of Fluent on the page.',
            },
          ],
        },
      ],
    },
  },
  {
    // Messages have one home per part (libs/i18n/src/<part>/): a remote or a shared lib shows its
    // own strings and common ones, never the shell's (a shell page's wording may change alone).
    files: ['apps/{software,azure-cloud,visual-studio,technical,gtm}/**/*.{ts,tsx}', 'libs/{ui,module-kit}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          `CallExpression[callee.name="t"] > Literal[value=${shellKey}]`,
          `CallExpression[callee.name="t"] > TemplateLiteral > TemplateElement[value.raw=${shellKey}]`,
        ].map((selector) => ({
          selector,
          message: "The shell's messages are its own: use the part's or common ones (libs/i18n/src/common).",
        })),
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Build config and workspace tools run in Node, outside any project's boundaries.
    files: ['**/vite.config.ts', '**/vitest.config.ts', 'tools/**', 'libs/*/tools/**', '**/tsup.config.ts', '**/playwright.config.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', performance: 'readonly', Buffer: 'readonly' } },
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  prettier,
);
