import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Page text never becomes markup. */
const TEXT_ONLY = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is rendered as text only.' },
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never assign innerHTML (Trusted Types; page text is untrusted).' },
];

/**
 * The pages (panel, settings, dashboard) read and write through each entity's module
 * (`lib/<entity>/store.ts`, listed in the README), never the database object: only the background
 * and lib/ open it.
 */
const NO_DATABASE = 'Pages never open the database: use the entity module (lib/contacts/store.ts, lib/notes/store.ts, … see the README\'s "Where each entity\'s reads and writes live").';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/output/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-restricted-syntax': ['error', ...TEXT_ONLY],
    },
  },
  { files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.tsx'], plugins: { 'react-hooks': reactHooks }, rules: reactHooks.configs.recommended.rules },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/{sidepanel,dashboard,options}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)db/database$', message: NO_DATABASE }] }],
      'no-restricted-syntax': ['error', ...TEXT_ONLY, { selector: 'ImportExpression[source.value=/(^|\\/)db\\/database$/]', message: NO_DATABASE }],
    },
  },
  // Playwright fixtures must destructure `{}` to declare no dependencies.
  { files: ['tests/e2e/**/*.ts'], rules: { 'no-empty-pattern': 'off' } },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  { files: ['demo/spa.js'], languageOptions: { globals: globals.browser, sourceType: 'script' } },
);
