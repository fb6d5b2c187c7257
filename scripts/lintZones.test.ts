// Proves the lint zones of eslint.config.js fire: each snippet is linted as if it lived at `file`, with the
// project's real config, and must (or must not) be reported. Import targets are real files, since the zone rule
// resolves each import to a file before it compares floors.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ZONE_RULE = 'import-x/no-restricted-paths';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: `${ROOT}eslint.config.js` });
});

/** The rule ids ESLint reports for `code` placed at `file` (relative to the repository). */
async function reported(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const use = (from: string) => `import * as m from '${from}';\nexport const used = m;\n`;

// [floor, file the snippet pretends to be, import that crosses a floor it may not]
const forbidden: [string, string, string][] = [
  ['core → store', 'src/core/topology/zone.ts', '../../store/topologyStore'],
  ['core → features', 'src/core/topology/zone.ts', '../../features/interop/ImportDialog'],
  ['core → app', 'src/core/zone.ts', '../app/App'],
  ['core → cli', 'src/core/import/terraform/zone.ts', '../../../cli/main'],
  ['core → src/i18n', 'src/core/trace/zone.ts', '../../i18n/translate'],
  ['core → lib', 'src/core/zone.ts', '../lib/clipboard'],
  ['store → features', 'src/store/zone.ts', '../features/analysis/AnalysisPanel'],
  ['store → app', 'src/store/zone.ts', '../app/App'],
  ['lib → store', 'src/lib/Zone.tsx', '../store/topologyStore'],
  ['lib → store, PanelBoundary included', 'src/lib/PanelBoundary.tsx', '../store/topologyStore'],
  ['lib → features', 'src/lib/Zone.tsx', '../features/interop/ImportDialog'],
  ['lib → app', 'src/lib/Zone.tsx', '../app/App'],
  ['i18n → store', 'src/i18n/zone.ts', '../store/topologyStore'],
  ['i18n → features', 'src/i18n/zone.ts', '../features/interop/ImportDialog'],
  ['i18n → app', 'src/i18n/zone.ts', '../app/App'],
  ['cli → store', 'src/cli/zone.ts', '../store/topologyStore'],
  ['cli → features', 'src/cli/zone.ts', '../features/interop/ImportDialog'],
  ['cli → app', 'src/cli/zone.ts', '../app/App'],
  ['cli → lib', 'src/cli/zone.ts', '../lib/clipboard'],
  ['feature → another feature', 'src/features/analysis/Zone.tsx', '../interop/ImportDialog'],
  ['feature → app', 'src/features/analysis/Zone.tsx', '../../app/App'],
  ['app → cli', 'src/app/Zone.tsx', '../cli/main'],
];

// Imports each floor may make: none may be reported.
const allowed: [string, string, string][] = [
  ['core → core', 'src/core/trace/zone.ts', '../topology/limits'],
  ['core → core/i18n', 'src/core/trace/zone.ts', '../i18n/locale'],
  ['i18n → core', 'src/i18n/zone.ts', '../core/topology/limits'],
  ['i18n → its language store', 'src/i18n/zone.ts', './language'],
  ['lib → i18n', 'src/lib/Zone.tsx', '../i18n/translate'],
  ['store → core', 'src/store/zone.ts', '../core/topology/limits'],
  ['feature → store, lib and its own files', 'src/features/analysis/Zone.tsx', '../../store/topologyStore'],
  ['feature → its own files', 'src/features/analysis/Zone.tsx', './AnalysisPanel'],
  ['app → features', 'src/app/Zone.tsx', '../features/interop/ImportDialog'],
  ['cli → core', 'src/cli/zone.ts', '../core/topology/limits'],
  ['cli → src/i18n', 'src/cli/zone.ts', '../i18n/translate'],
];

describe('lint zones (eslint.config.js)', { timeout: 60_000 }, () => {
  it.each(forbidden)('%s is reported', async (_floor, file, from) => {
    expect(await reported(file, use(from))).toContain(ZONE_RULE);
  });

  it.each(allowed)('%s is allowed', async (_floor, file, from) => {
    expect(await reported(file, use(from))).toEqual([]);
  });

  it('keeps the core free of UI libraries, browser globals and (outside tests) Node modules', async () => {
    expect(await reported('src/core/zone.ts', use('react'))).toContain('no-restricted-imports');
    expect(await reported('src/core/zone.ts', 'export const w = window.innerWidth;\n')).toContain('no-restricted-globals');
    expect(await reported('src/core/zone.ts', use('node:fs'))).toContain('no-restricted-imports');
    expect(await reported('src/core/zone.test.ts', use('node:fs'))).toEqual([]);
  });
});
