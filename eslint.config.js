// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// src/core is pure TypeScript shared by the CLI, the tests and the browser:
// no UI framework, no state library, no DOM. The browser side passes data in.
const CORE_PURITY = 'src/core is pure TypeScript shared by the CLI and the browser; keep UI code in src/app or src/features.';
const coreRestrictedImports = {
  paths: ['react', 'react-dom', 'zustand', 'zundo'].map((name) => ({ name, message: CORE_PURITY })),
  patterns: [
    { group: ['react/*', 'react-dom/*', '@xyflow/*', 'zustand/*', 'zundo/*'], message: CORE_PURITY },
    { regex: '(^|/)(app|features)(/|$)', message: 'src/core must not depend on src/app or src/features.' },
  ],
};
const coreRestrictedGlobals = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'history',
  'indexedDB',
].map((name) => ({ name, message: `${CORE_PURITY} Pass what you need from "${name}" in as data.` }));

// Features never import each other (nor the app shell): they meet only in src/app.
const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureIsolation = features.map((feature) => {
  const others = features.filter((f) => f !== feature);
  const patterns = [{ regex: '^(\\.\\./)+app(/|$)', message: 'A feature must not import the app shell; pass data in through props.' }];
  if (others.length > 0) {
    patterns.push({
      regex: `^(\\.\\./)+(features/)?(${others.join('|')})(/|$)`,
      message: 'Features must not import each other; they meet only in src/app.',
    });
  }
  return {
    name: `floatplan/feature-isolation/${feature}`,
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
});

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
      'no-restricted-imports': ['error', {
        paths: coreRestrictedImports.paths,
        patterns: [...coreRestrictedImports.patterns, { group: ['node:*', 'fs', 'path', 'child_process'], message: `${CORE_PURITY} Node modules belong in src/cli or tests.` }],
      }],
    },
  },
  ...featureIsolation,
  {
    name: 'floatplan/unused-vars',
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
]);
