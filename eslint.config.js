import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'reports/',
      'storybook-static/',
      'src/generated/',
      'node_modules/',
      'custom-elements.json',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Elements are defined through the guarded defineElement(), never customElements.define().
      'wc/tag-name-matches-class': 'off',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'server/**', 'test/support/*.mjs', '*.config.*', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**', 'stories/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
