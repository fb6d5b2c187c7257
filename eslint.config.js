// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// src/core is pure TypeScript shared by the CLI, the tests and the browser:
// no UI framework, no state library, no DOM. The browser side passes data in.
const CORE_PURITY = 'src/core is pure TypeScript shared by the CLI and the browser; keep UI code in src/app or src/features.';
const coreRestrictedImports = {
  paths: ['react', 'react-dom', 'zustand', 'zundo'].map((name) => ({ name, message: CORE_PURITY })),
  patterns: [{ group: ['react/*', 'react-dom/*', '@xyflow/*', 'zustand/*', 'zundo/*'], message: CORE_PURITY }],
};
const coreRestrictedGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'history', 'indexedDB'].map(
  (name) => ({ name, message: `${CORE_PURITY} Pass what you need from "${name}" in as data.` }),
);

// The floors of src, bottom up, and what each may not import (ARCHITECTURE.md, "Floors and what may import what").
// import-x resolves each import to a file, so a zone holds whatever the relative path looks like.
const floor = (name) => `./src/${name}`;
const floors = (...names) => names.map(floor);
const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const zones = [
  {
    target: floor('core'),
    from: floors('lib', 'i18n', 'store', 'features', 'app', 'cli'),
    message: 'src/core is the bottom floor, shared by the CLI, the tests and the browser: pass what it needs in as data.',
  },
  {
    // The UI language has its own small store (src/i18n/language.ts); the app's stores sit above it.
    target: floor('i18n'),
    from: floors('lib', 'store', 'features', 'app', 'cli'),
    message: 'src/i18n sits under the stores and the UI: it may import only src/core.',
  },
  {
    target: floor('lib'),
    from: floors('features', 'app', 'cli'),
    message: 'src/lib holds UI building blocks under the stores: pass state in through props.',
  },
  {
    target: floor('lib'),
    from: floor('store'),
    message: 'src/lib holds UI building blocks under the stores: pass state in through props or a context the app provides.',
  },
  {
    target: floor('store'),
    from: floors('features', 'app', 'cli'),
    message: 'src/store must not depend on the UI above it (src/features, src/app).',
  },
  ...features.map((feature) => ({
    target: floor(`features/${feature}`),
    from: floor('features'),
    except: [`./${feature}`],
    message: 'Features must not import each other; they meet only in src/app.',
  })),
  {
    target: floor('features'),
    from: floors('app', 'cli'),
    message: 'A feature must not import the app shell; pass data in through props.',
  },
  {
    target: floor('app'),
    from: floor('cli'),
    message: 'The app must not import the CLI; shared code lives in src/core.',
  },
  {
    target: floor('cli'),
    from: floors('lib', 'store', 'features', 'app'),
    message: 'The CLI runs in Node: it may import only src/core (and src/i18n).',
  },
];

export default defineConfig([
  globalIgnores(['dist/', 'dist-*/', 'node_modules/', 'playwright-report/', 'test-results/', 'coverage/', '.floatplan-tmp/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Plain JavaScript here is Node tooling (configs, scripts, bin). TypeScript files need no
    // globals list: the type checker already rejects unknown names.
    name: 'floatplan/node-scripts',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'floatplan/react',
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**', 'src/cli/**'],
    plugins: reactHooks.configs.flat.recommended.plugins,
    rules: reactHooks.configs.flat.recommended.rules,
  },
  {
    name: 'floatplan/core-purity',
    files: ['src/core/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': ['error', coreRestrictedImports],
      'no-restricted-globals': ['error', ...coreRestrictedGlobals],
    },
  },
  {
    // The browser bundles the core too, so only tests and test helpers may use Node's modules.
    name: 'floatplan/core-no-node',
    files: ['src/core/**/*.{ts,tsx,js,mjs}'],
    ignores: ['src/core/**/*.test.ts', 'src/core/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: coreRestrictedImports.paths,
          patterns: [
            ...coreRestrictedImports.patterns,
            { group: ['node:*', 'fs', 'path', 'child_process'], message: `${CORE_PURITY} Node modules belong in src/cli or tests.` },
          ],
        },
      ],
    },
  },
  {
    name: 'floatplan/floors',
    files: ['src/**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }] },
  },
  {
    name: 'floatplan/unused-vars',
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
]);
