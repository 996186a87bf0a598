// Lint enforces the layering of ARCHITECTURE.md: each folder may only import from the layers
// below it. An import across a forbidden boundary fails `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = { group: ['node:*'], message: 'shared/ and renderer/ run in the browser too: no Node built-ins.' };
const electronOnlyInShell = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron: the backend and hosts run in plain Node.',
};
const naturalRoot = {
  name: 'natural',
  message: 'Import natural by deep path (natural/lib/natural/...): the package root loads database clients and prints to stdout.',
};
const noRenderer = { group: ['**/renderer/**'], message: 'The renderer is reached only through the API contract.' };
const noElectronFolder = { group: ['**/electron/**'], message: 'This layer may not import from electron/.' };
const backendPatterns = [
  noRenderer,
  {
    group: ['**/electron/main/**', '**/electron/preload/**', '../main/**', '../preload/**'],
    message: 'The backend does not depend on the Electron shell.',
  },
];
const bareNodeModules = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'zlib',
  'buffer',
  'events',
].map((name) => ({ name, message: 'Use the node: prefix, and only outside shared/ and renderer/.' }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Enums are not erasable: use a union of string literals.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnlyInShell,
            ...bareNodeModules,
            naturalRoot,
            { name: 'react', message: 'shared/ is pure: no React.' },
            { name: 'better-sqlite3', message: 'shared/ is pure: SQL lives in electron/backend/storage.' },
          ],
          patterns: [
            nodeBuiltins,
            noRenderer,
            noElectronFolder,
            { group: ['natural/lib/natural/index*'], message: naturalRoot.message },
            { group: ['react-dom', 'react-dom/*'], message: 'shared/ is pure: no React.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Loading data from the backend in an effect and storing it is the pattern here, not derived state.
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell, ...bareNodeModules, { name: 'better-sqlite3', message: 'The renderer never touches SQL.' }],
          patterns: [nodeBuiltins, noElectronFolder],
        },
      ],
    },
  },
  {
    // Repositories are the only code that writes SQL: the driver is imported nowhere else.
    files: ['electron/backend/**/*.ts', 'electron/hosts/**/*.ts'],
    ignores: ['electron/backend/storage/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnlyInShell,
            ...bareNodeModules,
            naturalRoot,
            { name: 'better-sqlite3', message: 'SQL lives in electron/backend/storage (repositories).' },
          ],
          patterns: backendPatterns,
        },
      ],
    },
  },
  {
    files: ['electron/backend/storage/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell, ...bareNodeModules, naturalRoot], patterns: backendPatterns }],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...bareNodeModules, { name: 'better-sqlite3', message: 'SQL lives in electron/backend/storage (repositories).' }],
          patterns: [noRenderer],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,mjs}', 'scripts/**/*.{ts,mjs,js}', 'bin/**/*.mjs', '*.config.{ts,js}', 'vite.*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
