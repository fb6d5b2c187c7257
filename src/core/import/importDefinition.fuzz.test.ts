// Nothing in an import may ever throw, or work without bound: generated hostile ARM JSON, Bicep and HCL (copy
// loops, doubling, lambdas, deep nesting, stray syntax) go through importDefinition with a small budget. Every run
// must end in a result, never an exception nor an internal error, and its counters and output stay within the
// budget. Fixed seeds in `npm test`; `npm run fuzz` runs every fuzz test with many more (FLOATPLAN_FUZZ_RUNS=n,
// FLOATPLAN_FUZZ_SEED=n), as the topology fuzzers do (testing/hostile.ts fuzzRuns).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, HOSTILE_NAMES } from '../testing/hostile';
import { MAX_TOPOLOGY_CHARS } from '../topology/limits';
import { Budget, type ImportLimits } from './budget';
import { importDefinition } from './importDefinition';
import type { ImportFormat } from './types';
import { messageOf } from '../diagnostics/diagnostic';
import { errorOf } from './text';

const { numRuns: RUNS } = fuzzRuns(20);
const SEED = process.env.FLOATPLAN_FUZZ_SEED ? Number(process.env.FLOATPLAN_FUZZ_SEED) : 1212;
// Small limits keep each run fast; the shapes that exceed them are the point.
const LIMITS: Partial<ImportLimits> = { steps: 100_000, elements: 100_000, characters: 4_000_000, translationSteps: 30_000 };
// A report no longer than the work (a diagnostic per step at most, plus the mapping's own) and no endless message.
const MAX_MESSAGE = 100_000;

async function check(text: string, format: ImportFormat) {
  const budget = new Budget(LIMITS);
  const r = await importDefinition(text, { format, budget });
  expect(budget.steps).toBeLessThanOrEqual(budget.limits.steps + 1);
  if (r.ok) expect(JSON.stringify(r.topology).length).toBeLessThanOrEqual(MAX_TOPOLOGY_CHARS);
  else expect(r.errorText.key, errorOf(r)).not.toBe('import.error.internal');
  expect(r.diagnostics.length).toBeLessThanOrEqual(budget.steps + 1_000);
  for (const d of r.diagnostics) expect(messageOf(d).length).toBeLessThanOrEqual(MAX_MESSAGE);
}

const name = fc.oneof(fc.constantFrom(...HOSTILE_NAMES), fc.string({ maxLength: 8 }));
const count = fc.oneof(
  fc.integer({ min: 0, max: 5 }),
  fc.constantFrom(799, 800, 801, 1000, 100_000_000, -1),
  fc.constant("[parameters('n')]"),
);

// ARM expressions: a small grammar of the functions that multiply work.
const armExpr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      "'ab'",
      '1',
      '800',
      '1000000000',
      "variables('v0')",
      "variables('v1')",
      "parameters('n')",
      'copyIndex()',
      "lambdaVariables('x')",
    ),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `concat(${a}, ${b})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `padLeft(${a}, ${b}, 'x')`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `range(${a}, ${b})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `map(${a}, lambda('x', ${b}))`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `replace(${a}, ${b}, ${c})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `createArray(${a}, ${b}, ${a})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `split(${a}, ${b})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `format('{0,${'9'.repeat(3)}}{1:D12}', ${a}, ${b})`),
    tie('e').map((a) => `string(${a})`),
    tie('e').map((a) => `json(${a})`),
    tie('e').map((a) => `${a}.x[0]`),
  ),
})).e;
const armValue = fc.oneof(
  armExpr.map((e) => `[${e}]`),
  name,
  fc.jsonValue({ maxDepth: 2 }),
);
const copyOf = (input: fc.Arbitrary<unknown>) => fc.record({ name: fc.constantFrom('c', 'd', 'v0'), count, input });

const armTemplate = fc.record({
  parameters: fc.constant({ n: { type: 'int', defaultValue: 3 } }),
  variables: fc.record({ v0: armValue, v1: armValue, copy: fc.array(copyOf(armValue), { maxLength: 2 }) }, { requiredKeys: ['v0', 'v1'] }),
  resources: fc.array(
    fc.record(
      {
        type: fc.constantFrom('Microsoft.Network/loadBalancers', 'Microsoft.Network/networkInterfaces', 'Microsoft.Resources/deployments'),
        name: armValue,
        copy: fc.option(fc.record({ name: fc.constant('r'), count }), { nil: undefined }),
        properties: fc.record({
          frontendIPConfigurations: fc.array(fc.record({ name: armValue, properties: fc.record({ privateIPAddress: armValue }) }), {
            maxLength: 2,
          }),
          loadBalancingRules: fc.oneof(
            armValue,
            fc.array(fc.record({ name: armValue, properties: fc.record({ frontendPort: armValue, backendPort: armValue }) }), {
              maxLength: 2,
            }),
          ),
          copy: fc.array(copyOf(fc.record({ name: armValue })), { maxLength: 1 }),
        }),
      },
      { requiredKeys: ['type', 'name', 'properties'] },
    ),
    { maxLength: 3 },
  ),
  outputs: fc.dictionary(fc.constantFrom('o1', 'o2'), fc.record({ type: fc.constant('array'), value: armValue })),
});
// Now and then the text is mangled: cut, or wrapped in deep brackets.
const mangle = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.nat(), fc.constantFrom('none', 'cut', 'deep', 'deepStrings')).map(([t, n, how]) => {
    if (how === 'cut') return t.slice(0, n % (t.length + 1));
    if (how === 'deep') return `${'['.repeat(300 + (n % 5000))}${t}`;
    if (how === 'deepStrings') return t.replace('"', `"${'('.repeat(300 + (n % 3000))}`);
    return t;
  });

const bicepExpr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom("'ab'", '1', '1000', 'v0', 'n', "'${v0}${v0}'"),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `concat(${a}, ${b})`),
    fc.tuple(fc.integer({ min: 0, max: 1000 }), tie('e')).map(([k, b]) => `[for i in range(0, ${k}): ${b}]`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `{ '${'__proto__'}': ${a}, k: ${b} }`),
    tie('e').map((a) => `(${a})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `${a} + ${b}`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `padLeft(${a}, ${b})`),
  ),
})).e;
const bicepFile = fc
  .tuple(bicepExpr, bicepExpr, bicepExpr, name, fc.integer({ min: 0, max: 2000 }))
  .map(([a, b, c, n, k]) =>
    [
      'param n int = 3',
      `var v0 = ${a}`,
      `var v1 = [for x in range(0, ${k}): ${b}]`,
      `resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {`,
      `  name: ${JSON.stringify(n).replace(/^"|"$/g, "'")}`,
      `  properties: { frontendIPConfigurations: [ { name: 'fe', properties: { privateIPAddress: ${c} } } ] }`,
      '}',
    ].join('\n'),
  );

const hclExpr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('"ab"', '1', '1000', 'local.a', 'local.b', 'var.x', 'count.index', '"${local.a}${local.a}"'),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `join(${a}, [${b}, ${b}])`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `replace(${a}, ${b}, ${c})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `format("%s%s", ${a}, ${b})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `${a} + ${b}`),
    tie('e').map((a) => `[${a}]`),
    tie('e').map((a) => `(${a})`),
  ),
})).e;
const hclFile = fc
  .tuple(hclExpr, hclExpr, hclExpr, fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(1500, 1501, 5001, 100_000)), name)
  .map(([a, b, c, k, n]) =>
    [
      `locals {\n  a = ${a}\n  b = ${b}\n}`,
      `variable "x" {\n  default = ${c}\n}`,
      `resource "azurerm_lb" "lb" {\n  name = ${JSON.stringify(n)}\n  frontend_ip_configuration {\n    name = "fe"\n    private_ip_address = local.b\n  }\n}`,
      `resource "azurerm_lb_rule" "r" {\n  count = ${k}\n  name = "r\${count.index}"\n  loadbalancer_id = azurerm_lb.lb.id\n  frontend_port = local.a\n  backend_port = 80\n  frontend_ip_configuration_name = "fe"\n}`,
    ].join('\n'),
  );

const timeout = 60_000 + RUNS * 3_000;

// Name, generated text, format, runs.
const inputs: [string, fc.Arbitrary<string>, ImportFormat, number][] = [
  ['ARM JSON', armTemplate.map((t) => JSON.stringify(t)), 'arm', RUNS],
  ['Bicep', bicepFile, 'bicep', RUNS],
  ['Terraform HCL', hclFile, 'terraform', Math.max(1, Math.round(RUNS / 2))],
];

describe('importDefinition on generated hostile input (fuzz)', () => {
  it.each(inputs)(
    '%s',
    async (_name, text, format, runs) => {
      await fc.assert(
        fc.asyncProperty(mangle(text), (t) => check(t, format)),
        { seed: SEED, numRuns: runs },
      );
    },
    timeout,
  );
});
