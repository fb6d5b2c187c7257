// The full-size hostile files of issue 12 (each ran out of memory, took minutes or threw before the limits) go
// through importDefinition in a child process capped at 256 MB and 90 s, so a regression fails this test instead
// of taking the test runner down with it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LB } from './limits.testing';

const doubling: Record<string, string> = { v0: 'ab' };
for (let i = 1; i <= 40; i++) doubling[`v${i}`] = `[concat(variables('v${i - 1}'), variables('v${i - 1}'))]`;
const bicepLb = "resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {\n  name: 'lb'\n}\n";

/** Each case: the text and what must come of it (`ok`, or the key of the failure's errorText). */
const CASES: Record<string, { text: string; expect: string }> = {
  copy100m: {
    text: JSON.stringify({
      resources: [
        LB,
        {
          type: 'Microsoft.Network/networkInterfaces',
          name: "[concat('nic', copyIndex())]",
          copy: { name: 'c', count: 100_000_000 },
          properties: {},
        },
      ],
    }),
    expect: 'ok',
  },
  vars800cubed: {
    text: JSON.stringify({
      variables: {
        copy: [
          { name: 'a', count: 800, input: "[variables('b')]" },
          { name: 'b', count: 800, input: "[variables('c')]" },
          { name: 'c', count: 800, input: "[string(copyIndex('c'))]" },
        ],
      },
      resources: [LB],
    }),
    expect: 'error.budget',
  },
  doubling40: { text: JSON.stringify({ variables: doubling, resources: [{ ...LB, name: "[variables('v40')]" }] }), expect: 'ok' },
  padLeft: { text: JSON.stringify({ resources: [{ ...LB, name: "[padLeft('a', 500000000, 'x')]" }] }), expect: 'ok' },
  rangeMap: {
    text: JSON.stringify({
      variables: { r: "[map(range(0, 10000), lambda('i', map(range(0, 10000), lambda('j', lambdaVariables('j')))))]" },
      resources: [LB],
    }),
    expect: 'error.budget',
  },
  brackets: { text: '['.repeat(5000), expect: 'error.tooDeep' },
  bicepLoops: {
    text: `var a = [for i in range(0, 1000): [for j in range(0, 1000): [for k in range(0, 1000): k]]]\n${bicepLb}`,
    expect: 'error.budget',
  },
  bicepParens: { text: `var a = ${'('.repeat(20000)}1${')'.repeat(20000)}\n${bicepLb}`, expect: 'error.bicepSyntax' },
  hclDeep: {
    text: `locals {\n  x = ${'['.repeat(5000)}1${']'.repeat(5000)}\n}\nresource "azurerm_lb" "lb" {\n  name = "lb"\n}\n`,
    expect: 'error.tooDeep',
  },
};

const dir = mkdtempSync(join(tmpdir(), 'floatplan-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('full-size hostile imports, in a child process with 256 MB', () => {
  it('each ends in a result of the expected kind, within the memory cap', () => {
    const entry = resolve('src/core/import/importDefinition.ts');
    // The child is not under the Vitest setup: it injects the Node parser loaders itself, as the CLI does.
    const parsers = resolve('src/core/import/parsers.ts');
    const nodeParsers = resolve('src/cli/parsers.ts');
    writeFileSync(join(dir, 'cases.json'), JSON.stringify(Object.fromEntries(Object.entries(CASES).map(([k, v]) => [k, v.text]))));
    writeFileSync(
      join(dir, 'run.mts'),
      `import { readFileSync } from 'node:fs';\nimport { importDefinition } from ${JSON.stringify(entry)};\n` +
        `import { configureParsers } from ${JSON.stringify(parsers)};\nimport { nodeParsers } from ${JSON.stringify(nodeParsers)};\n` +
        `configureParsers(nodeParsers);\n` +
        `const cases = JSON.parse(readFileSync(${JSON.stringify(join(dir, 'cases.json'))}, 'utf8'));\nconst out = {};\n` +
        `for (const [name, text] of Object.entries(cases)) { const r = await importDefinition(text); out[name] = r.ok ? 'ok' : r.errorText.key.replace(/^import\\./, ''); }\n` +
        `console.log(JSON.stringify(out));\n`,
    );
    const run = spawnSync(process.execPath, ['--max-old-space-size=256', resolve('node_modules/tsx/dist/cli.mjs'), join(dir, 'run.mts')], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const outcomes = JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, string>;
    expect(outcomes).toEqual(Object.fromEntries(Object.entries(CASES).map(([k, v]) => [k, v.expect])));
  }, 120_000);
});
