import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // e2e/*.spec.ts belong to Playwright; unit tests live beside the code.
      include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node',
      // Tests run in Node: the Terraform and Bicep importers parse with the CLI's loaders (src/cli/parsers.ts), and
      // the core's Japanese catalogs are registered as the CLI registers them, so any test can render Japanese.
      setupFiles: ['src/core/testing/locales.setup.ts', 'src/cli/parsers.setup.ts'],
    },
  }),
);
