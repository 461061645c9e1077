// ESLint (flat config) with typescript-eslint's recommended rules, without type information
// (a lint of the whole tree stays a few seconds). Formatting is Prettier's (.prettierrc.json).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'src/db/generated/**',
      'examples/client/gql/**',
      'web/dist/**',
      '.data/**',
      'test-artifacts/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Tests and GraphQL response bodies are read as any on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      // `_name` marks a deliberately unused binding (a rest-omitted field, a callback's argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // CommonJS scripts (the ts-node-free register hook, Jest's config and reporter).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
