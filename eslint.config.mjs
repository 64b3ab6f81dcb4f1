import js from '@eslint/js';
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

/** What no file of core/ may import, at any depth. */
const HOST_FREE = [
  { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'util', 'stream', 'buffer'], message: 'core/ is host-free: no Node built-ins.' },
  { group: ['exceljs', 'react', 'react-dom', '@fluentui/*', 'office-js', '@types/office-js', 'commander'], message: 'core/ is host-free: no host or UI libraries.' },
];

/**
 * The core modules a host may import (docs/architecture.md, "What a host may import"): the front
 * door for panels and menus, the engine's commands and the workbook contract. Every other module
 * of core/ is the core's own and may change without a host noticing.
 */
const PUBLIC_CORE = [
  'actions', 'requests', 'request-schema', 'engine', 'arrays', 'findings/finding', 'methodology/types', 'formula/formula-text', 'formula/references',
  'pack', 'workbook/a1', 'workbook/formula-fills', 'workbook/header-footer', 'workbook/memory-workbook', 'workbook/names', 'workbook/notes', 'workbook/plan', 'workbook/print-layout', 'workbook/runs', 'workbook/sheet-order', 'workbook/snapshot',
];

/**
 * Office.js's own rules (eslint-plugin-office-addins, OfficeDev/Office-Addin-Scripts): a property
 * loaded and synced before it is read, a sync after a load, no sync in a loop, no empty or
 * navigational load, isNullObject for null tests, no Office.initialize. Only the rules, at the
 * severities of the plugin's recommended config: its formatting (prettier) and parser settings are
 * not this repository's.
 */
const OFFICE_ADDIN_RULES = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((c) => Object.entries(c.rules ?? {})).filter(([rule]) => rule.startsWith('office-addins/')),
);

const HOST_FILES = ['cli/**/*.ts', 'excel-addin/**/*.ts', 'excel-addin/**/*.tsx', 'sheets-addon/**/*.ts', 'sheets-addon/**/*.tsx', 'ui/**/*.ts', 'ui/**/*.tsx'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'coverage/**', 'tests/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: {
      // Config and launcher scripts are CommonJS by Node's rules.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-template-curly-in-string': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Spreading an array into arguments hits the engine's argument limit on a large register
    // (a RangeError at 50,000 risks): core/arrays.ts has appendAll, maxOf and minOf instead.
    files: ['core/**/*.ts', 'cli/**/*.ts', 'excel-addin/**/*.ts', 'excel-addin/**/*.tsx', 'sheets-addon/**/*.ts', 'ui/**/*.ts', 'ui/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.property.name='push'] > SpreadElement", message: 'push(...items) fails on large arrays: use appendAll (core/arrays.ts).' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement", message: 'Math.max/min(...values) fails on large arrays: use maxOf/minOf (core/arrays.ts).' },
      ],
    },
  },
  {
    // The Excel host is the code that talks to Office.js.
    files: ['excel-addin/**/*.ts', 'excel-addin/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: OFFICE_ADDIN_RULES,
  },
  {
    // Hosts reach the core only through its public modules; tests may look deeper.
    files: HOST_FILES,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: `^(\\.\\./)+core/(?!(${PUBLIC_CORE.join('|')})$)`,
          message: `A host imports only the core's public modules (${PUBLIC_CORE.map((m) => `core/${m}`).join(', ')}): re-export what it needs from one of them (docs/architecture.md).`,
        }],
      }],
    },
  },
  {
    // The core runs in Apps Script, a browser and Node: it must not reach for any host.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...HOST_FREE, { group: ['../cli/*', '../excel-addin/*', '../sheets-addon/*', '../ui/*', '../tests/*', '../../*'], message: 'core/ must not import from hosts.' }],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'setTimeout', 'setInterval', 'Excel', 'Office', 'SpreadsheetApp', 'HtmlService', 'require'],
    },
  },
  {
    // A module one folder deeper (core/methodology/inference/) reaches the rest of core through '../../'.
    files: ['core/*/*/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...HOST_FREE, { group: ['../../../*'], message: 'core/ must not import from hosts.' }],
      }],
    },
  },
);
