// Bounded work whatever the input: Azure's own template limits, the work budget and the nesting limit, each ending
// the import with a diagnostic or a failed import that names what ran out and where, never an exception. The
// inputs here are scaled so that even code without the limits finishes quickly (small budgets are passed in);
// limits.hostile.test.ts runs the full-size files of issue 12 in a child process with a memory cap.
import { describe, expect, it } from 'vitest';
import { LB } from './limits.testing';
import { MAX_IMPORT_CHARS } from '../topology/limits';
import { Budget, type ImportProgress } from './budget';
import { importDefinition } from './importDefinition';
import type { ImportOutcome } from './types';
import { messageOf } from '../diagnostics/diagnostic';
import { errorOf } from './text';
import { lbView } from '../topology/design';

const template = (extra: Record<string, unknown>, resources: unknown[] = []) => JSON.stringify({ ...extra, resources: [LB, ...resources] });

function failure(r: ImportOutcome) {
  if (r.ok) throw new Error('expected the import to fail');
  return r;
}

describe('Azure template limits', () => {
  it('a resource copy loop over 800 is left out with a warning (Azure refuses it), without making one copy', async () => {
    const budget = new Budget();
    const r = await importDefinition(
      template({}, [
        {
          type: 'Microsoft.Network/networkInterfaces',
          name: "[concat('nic', copyIndex())]",
          copy: { name: 'c', count: 5000 },
          properties: {},
        },
      ]),
      { budget },
    );
    expect(r.ok).toBe(true);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'ImportInvalid',
        text: expect.objectContaining({ key: 'import.arm.copyCountOver' }),
        path: 'resources[1].copy.count',
      }),
    );
    expect(budget.steps).toBeLessThan(1000);
  });

  it('more than 800 resources in all (copies counted) is an error diagnostic; the rest are left out', async () => {
    const nics = {
      type: 'Microsoft.Network/networkInterfaces',
      name: "[concat('nic', copyIndex())]",
      copy: { name: 'c', count: 800 },
      properties: {},
    };
    const r = await importDefinition(template({}, [nics]));
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        text: expect.objectContaining({ key: 'import.arm.tooManyResources' }),
        path: 'resources[1][copyIndex=799]',
      }),
    );
  });

  it("refuses a text over 4 MB before reading it (Azure's template size limit)", async () => {
    const r = failure(await importDefinition(' '.repeat(MAX_IMPORT_CHARS + 1)));
    expect(r.errorText.key).toBe('import.error.tooLarge');
    const params = failure(await importDefinition(template({}), { parametersFile: ' '.repeat(MAX_IMPORT_CHARS + 1) }));
    expect(params.errorText.key).toBe('import.error.tooLarge');
  });

  it('a text value over 4 MB is a placeholder with the reason, not a 1 GB string (padLeft, concat doubling, replace)', async () => {
    const vars: Record<string, string> = { v0: 'ab' };
    for (let i = 1; i <= 23; i++) vars[`v${i}`] = `[concat(variables('v${i - 1}'), variables('v${i - 1}'))]`;
    vars.pad = "[padLeft('a', 1000000000, 'x')]";
    vars.rep = "[replace(variables('v12'), '', variables('v12'))]";
    const budget = new Budget();
    const r = await importDefinition(template({ variables: vars }), { budget });
    expect(r.ok).toBe(true);
    const reasons = r.diagnostics.map((d) => messageOf(d));
    for (const where of ['variables.v22', 'variables.pad', 'variables.rep']) {
      expect(reasons.find((m) => m.startsWith(where))).toMatch(
        /would make a text of \d+ characters, more than the 4194304 a template can hold/,
      );
    }
    expect(budget.characters).toBeLessThan(32 * 1024 * 1024);
  });
});

describe('a function that throws', () => {
  it('is a placeholder with the reason, not a crashed import (format N with 200 decimals: a RangeError)', async () => {
    const r = await importDefinition(template({ variables: { n: "[format('{0:N200}', 1)]" } }));
    expect(r.ok).toBe(true);
    expect(messageOf(r.diagnostics.find((d) => d.path === 'variables.n')!)).toMatch(/format\(\) could not compute a value \(.+\)/);
  });
});

describe('the work budget', () => {
  it('copies nested in variables (100×100×100 here) stop at the elements budget, naming the variable', async () => {
    const variables = {
      copy: [
        { name: 'a', count: 100, input: "[variables('b')]" },
        { name: 'b', count: 100, input: "[variables('c')]" },
        { name: 'c', count: 100, input: 'x' },
      ],
    };
    const budget = new Budget({ elements: 200_000 });
    const r = failure(await importDefinition(template({ variables }), { budget }));
    expect(r.errorText.key).toBe('import.error.budget');
    expect(errorOf(r)).toMatch(
      /^The import stopped because the values it built hold more than 200000 elements at variables\.copy\[0\]\.input\[copyIndex=\d+\]\./,
    );
    expect(budget.elements).toBeLessThan(200_000 + 10_101);
  });

  it('range/map/lambda nests stop at the budget', async () => {
    const variables = { r: "[map(range(0, 1000), lambda('i', map(range(0, 1000), lambda('j', lambdaVariables('j')))))]" };
    const budget = new Budget({ steps: 100_000 });
    const r = failure(await importDefinition(template({ variables }), { budget }));
    expect(r.errorText.key).toBe('import.error.budget');
    expect(errorOf(r)).toContain('more than 100000 steps at variables.r');
    expect(budget.steps).toBe(100_001);
  });

  it('nested Bicep for loops stop at the translation budget, naming the line', async () => {
    const bicep = `var a = [for i in range(0, 100): [for j in range(0, 100): [for k in range(0, 100): k]]]\nresource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {\n  name: 'lb'\n}\n`;
    const r = failure(await importDefinition(bicep, { budget: new Budget({ translationSteps: 50_000 }) }));
    expect(r.format).toBe('bicep');
    expect(errorOf(r)).toContain('more than 50000 steps at line 1');
  });

  it('Terraform locals that each use the last one twice cost their number, not 2^n, and the placeholder stays short', async () => {
    const locals = Array.from({ length: 30 }, (_, i) => `  l${i + 1} = "\${local.l${i}}\${local.l${i}}"`).join('\n');
    const tf = `locals {\n  l0 = "ab"\n${locals}\n}\nresource "azurerm_lb" "lb" {\n  name = local.l30\n}\n`;
    const budget = new Budget();
    const r = await importDefinition(tf, { budget });
    if (!r.ok) throw new Error(errorOf(r));
    expect(budget.steps).toBeLessThan(1000);
    expect(lbView(r.topology).loadBalancer.name.length).toBeLessThanOrEqual(201);
  }, 60_000);

  it('Terraform count stays within Azure’s 1,500 rules per load balancer', async () => {
    const rule = (name: string, count: number) =>
      `resource "azurerm_lb_rule" "${name}" {\n  count = ${count}\n  name = "${name}\${count.index}"\n  loadbalancer_id = azurerm_lb.lb.id\n  protocol = "Tcp"\n  frontend_port = 80\n  backend_port = 80\n  frontend_ip_configuration_name = "fe"\n}\n`;
    const tf = `resource "azurerm_lb" "lb" {\n  name = "lb"\n  sku = "Standard"\n  frontend_ip_configuration {\n    name = "fe"\n    private_ip_address = "10.0.0.4"\n  }\n}\n${rule('a', 1000)}${rule('b', 600)}`;
    const r = await importDefinition(tf);
    if (!r.ok) throw new Error(errorOf(r));
    expect(r.counts.rules).toBe(1001);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ text: expect.objectContaining({ key: 'import.tf.tooManyRules' }), path: 'azurerm_lb_rule.b.count' }),
    );
  }, 60_000);

  it('reports progress now and then', async () => {
    const seen: ImportProgress[] = [];
    const variables = { r: "[map(range(0, 1000), lambda('i', map(range(0, 300), lambda('j', lambdaVariables('j')))))]" };
    await importDefinition(template({ variables }), { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]!.steps).toBeGreaterThanOrEqual(100_000);
    expect(seen[0]!.limits.steps).toBe(5_000_000);
  });
});

describe('nesting', () => {
  it('[ × 5,000 in JSON is refused at its line and column', async () => {
    const r = failure(await importDefinition(`{\n"a": ${'['.repeat(5000)}`));
    expect(r.errorText.key).toBe('import.error.tooDeep');
    expect(errorOf(r)).toBe(
      'The file nests brackets deeper than 256 levels (line 2, column 261); Floatplan stops reading there. No real definition nests this deep: check the file.',
    );
  });

  it('20,000 nested Bicep parentheses are refused at their place', async () => {
    const r = failure(await importDefinition(`var a = ${'('.repeat(20000)}1${')'.repeat(20000)}\n`, { format: 'bicep' }));
    expect(r.errorText.key).toBe('import.error.bicepSyntax');
    expect(errorOf(r)).toMatch(/^This is not valid Bicep \(line 1, column \d+\): the expression nests deeper than 256 levels here/);
  });

  it('deep HCL is refused before the parser runs; brackets inside strings do not count', async () => {
    const r = failure(
      await importDefinition(`locals {\n  x = ${'['.repeat(5000)}1${']'.repeat(5000)}\n}\nresource "azurerm_lb" "lb" {}\n`),
    );
    expect(r.errorText.key).toBe('import.error.tooDeep');
    expect(errorOf(r)).toContain('(line 2, column 262)');
    const text = `resource "azurerm_lb" "lb" {\n  name = "${'['.repeat(400)}"\n}\n`;
    const inText = await importDefinition(text);
    expect(inText.ok || inText.errorText.key !== 'import.error.tooDeep').toBe(true);
  });
});
