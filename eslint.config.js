// ESLint flat config: TypeScript rules everywhere, import boundaries between layers (STYLE.md), office-js habits in src/excel.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const react = require('eslint-plugin-react');
const reactHooks = require('eslint-plugin-react-hooks');
const officeAddins = require('eslint-plugin-office-addins');
const globals = require('globals');

const officePlugin = officeAddins.default ?? officeAddins;

/** Modules and globals a pure layer must not reach (core: no office-js, React, DOM or node). */
const uiModules = ['react', 'react-dom', 'react/*', '@fluentui/*'];
const nodeModules = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads'];
const hostModules = [...uiModules, 'exceljs', 'office-addin-mock', ...nodeModules];
const hostGlobals = [
  'Excel',
  'Office',
  'OfficeExtension',
  'window',
  'document',
  'navigator',
  'localStorage',
  'process',
  'Buffer',
  'require',
].map((name) => ({
  name,
  message: 'src/core and src/report are pure: no host, DOM or Node globals (STYLE.md).',
}));
/** One no-restricted-imports option: these modules or folders may not be imported here, for this reason. */
const boundary = (group, message) => ({ patterns: [{ group, message }] });
const officeGlobals = (message) => ['Excel', 'Office', 'OfficeExtension'].map((name) => ({ name, message }));
const layer = (forbiddenDirs) => ({
  patterns: [
    {
      group: hostModules,
      message: 'This layer is pure TypeScript (STYLE.md): no office-js, React, DOM, exceljs or node:* here.',
    },
    { group: forbiddenDirs, message: 'Imports point one way: core <- report <- {excel, taskpane, cli} (STYLE.md).' },
  ],
});

module.exports = tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', 'artifacts/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='Function']", message: 'No dynamic code.' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        layer(['**/report/**', '**/excel/**', '**/taskpane/**', '**/cli/**', '**/xlsx/**', 'docx']),
      ],
      'no-restricted-globals': ['error', ...hostGlobals],
    },
  },
  {
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', layer(['**/excel/**', '**/taskpane/**', '**/cli/**', '**/xlsx/**'])],
      'no-restricted-globals': ['error', ...hostGlobals],
    },
  },
  {
    // The workbook contract every host implements and the task pane depends on: types and pure helpers only.
    files: ['src/host/**/*.ts'],
    ignores: ['src/host/file/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        layer(['**/report/**', '**/excel/**', '**/taskpane/**', '**/cli/**', '**/xlsx/**', '**/web/**']),
      ],
      'no-restricted-globals': ['error', ...hostGlobals],
    },
  },
  {
    // The file host: the contract over an .xlsx held in memory (core, xlsx, exceljs/jszip); runs in the browser page
    // and in Node, so no office-js, UI, Node or CLI code.
    files: ['src/host/file/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        boundary(
          [
            ...uiModules,
            'docx',
            'office-addin-mock',
            ...nodeModules,
            '**/excel/**',
            '**/taskpane/**',
            '**/cli/**',
            '**/report/**',
            '**/web/**',
          ],
          'src/host/file is the file adapter of the workbook contract: core, xlsx and exceljs/jszip only (no office-js, UI, Node or CLI).',
        ),
      ],
      'no-restricted-globals': [
        'error',
        ...officeGlobals('The file host never runs inside Excel.'),
        ...['process', 'Buffer', 'require'].map((name) => ({
          name,
          message: 'The file host also runs in the browser.',
        })),
      ],
    },
  },
  {
    files: ['src/xlsx/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'react', 'react-dom', '@fluentui/*'],
              message: 'src/xlsx also runs in the offline page and the file host: no Node or UI modules.',
            },
            { group: ['**/excel/**', '**/taskpane/**', '**/cli/**'], message: 'Imports point one way.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/excel/**/*.ts'],
    plugins: { 'office-addins': officePlugin },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'office-addins/no-office-initialize': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/web/**/*.{ts,tsx}', 'tests/**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    settings: { react: { version: '19' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'react/prop-types': 'off',
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        boundary(
          ['exceljs', 'node:*', 'fs', 'path', '**/cli/**', '**/excel/**', '**/web/**', '**/xlsx/**'],
          'The task pane talks to the workbook through the gateway only (its entry index.tsx wires the host).',
        ),
      ],
    },
  },
  {
    files: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        boundary(['exceljs', 'node:*', 'fs', 'path', '**/cli/**', '**/web/**'], 'The add-in entry wires Excel only.'),
      ],
    },
  },
  {
    files: ['src/excel/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        boundary(
          [...uiModules, 'docx', ...nodeModules, '**/cli/**', '**/web/**', '**/taskpane/**'],
          'src/excel is the office-js adapter: no UI, Node or CLI code here; it implements the contract in src/host (exceljs only packs the template to insert).',
        ),
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        boundary(
          ['react', 'react-dom', 'react/*', '@fluentui/*', '**/excel/**', '**/taskpane/**', '**/web/**'],
          'The CLI runs in Node on files: no office-js adapter or UI code here.',
        ),
      ],
      'no-restricted-globals': ['error', ...officeGlobals('The CLI never runs inside Excel.')],
    },
  },
  {
    // The offline page: the task pane on the file host. It may use the task pane, the file host, xlsx, report and core.
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        boundary(
          ['node:*', 'fs', 'path', '**/cli/**', '**/excel/**'],
          'The offline page runs in the browser on the file host: no Node, CLI or office-js adapter code.',
        ),
      ],
      'no-restricted-globals': [
        'error',
        ...officeGlobals('The offline page never runs inside Excel: it has the file host.'),
      ],
    },
  },
  {
    // Excel.run belongs to src/excel (the adapter) and the tests' office-js simulation.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/excel/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Excel', property: 'run', message: 'Only src/excel talks to office-js (Excel.run).' },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,js}', 'bench/**/*.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
