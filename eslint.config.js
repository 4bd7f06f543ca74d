import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Test functions of Mocha (web-test-runner) and Vitest, and how a test is focused or skipped.
const TEST_FUNCTIONS = '/^(it|test|describe|context|suite|specify|bench)$/';
const FOCUS_OR_SKIP = '/^(only|skip|todo)$/';
const X_OR_F_FUNCTIONS = '/^(xit|xtest|xdescribe|xcontext|xspecify|xsuite|fit|fdescribe)$/';

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
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A focused or skipped test would leave "N passed, 0 failed" while tests did not run (issue 21).
      // Mocha (web-test-runner) and Vitest spell them alike; chains such as it.only.each and
      // describe.concurrent.skip are caught too. A skip decided at run time (this.skip()) is
      // counted by scripts/test.mjs instead.
      'no-restricted-syntax': [
        'error',
        ...[
          `MemberExpression[object.name=${TEST_FUNCTIONS}][property.name=${FOCUS_OR_SKIP}]`,
          `MemberExpression[object.name=${TEST_FUNCTIONS}][property.value=${FOCUS_OR_SKIP}]`,
          `MemberExpression[object.object.name=${TEST_FUNCTIONS}][property.name=${FOCUS_OR_SKIP}]`,
        ].map((selector) => ({
          selector,
          message: 'No focused or skipped tests (.only / .skip / .todo): every test runs in `npm test`.',
        })),
        {
          selector: `CallExpression[callee.name=${X_OR_F_FUNCTIONS}]`,
          message: 'No focused or skipped tests (xit, xdescribe, fit, …): every test runs in `npm test`.',
        },
      ],
    },
  },
);
