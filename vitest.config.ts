import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

const UNIT = ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'];
const INTEGRATION = 'src/**/*.integration.test.ts';
const DOM = 'src/**/*.dom.test.tsx';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'node',
      // Tests run in Node: the Terraform and Bicep importers parse with the CLI's loaders (src/cli/parsers.ts), and
      // the core's Japanese catalogs are registered as the CLI registers them, so any test can render Japanese.
      setupFiles: ['src/core/testing/locales.setup.ts', 'src/cli/parsers.setup.ts'],
      // Three projects, one process: `vitest run` runs them all (npm test); `--project <name>` runs one.
      // Tests live beside the code; e2e/*.spec.ts belong to Playwright and match no project.
      projects: [
        {
          extends: true,
          // Fast and self-contained: no system tools, no files outside the repo.
          test: { name: 'unit', include: UNIT, exclude: [...configDefaults.exclude, INTEGRATION, DOM] },
        },
        {
          extends: true,
          // Needs things outside the repo (shellcheck, netplan, root for network namespaces, ../shared fixtures):
          // the global setup says once what is missing, and fails the run in CI (src/core/testing/prerequisites.ts).
          test: { name: 'integration', include: [INTEGRATION], globalSetup: ['src/core/testing/prerequisites.setup.ts'] },
        },
        {
          extends: true,
          // Hooks and components rendered with Testing Library in happy-dom (the canvas itself is tested in Chromium).
          test: {
            name: 'dom',
            include: [DOM],
            environment: 'happy-dom',
            setupFiles: ['src/lib/testing/dom.setup.ts', 'src/store/pageAnalysis.setup.ts'],
          },
        },
      ],
    },
  }),
);
