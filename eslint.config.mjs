// Lint: typescript-eslint's type-aware rules (floating promises, unsafe any, unused code) over the
// sources, tests, bench and scripts. Formatting is Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const untyped = tseslint.configs.disableTypeChecked;

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', '.neo4j/', 'node_modules/', 'src/api/generated/', 'web/src/gql/', 'bench/results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { key: _key, ...rest } = x` is how a key is left out of a copy: the named key is meant to go unused.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // Plain JavaScript (launcher, build script, configs) is outside the TypeScript project: no type-aware rules.
  {
    files: ['**/*.cjs', '**/*.mjs', '**/*.js'],
    ...untyped,
    languageOptions: { ...untyped.languageOptions, globals: globals.node },
  },
  // A .cjs file is CommonJS by definition: require() is how it imports.
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // GraphiQL's page script runs in the browser, with React, ReactDOM and GraphiQL loaded as UMD globals.
  {
    files: ['src/api/ide/start.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, React: 'readonly', ReactDOM: 'readonly', GraphiQL: 'readonly' },
    },
  },
);
