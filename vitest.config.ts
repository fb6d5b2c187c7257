import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // e2e/*.spec.ts belong to Playwright; unit tests live beside the code.
      include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node',
      // Every import outcome of every test is checked: catalog texts rebuild the English messages word for word.
      // Tests run in Node: the Terraform and Bicep importers parse with the CLI's loaders (src/cli/parsers.ts).
      setupFiles: ['src/core/testing/importTexts.setup.ts', 'src/cli/parsers.setup.ts'],
    },
  }),
);
