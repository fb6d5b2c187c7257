// Nothing in a Terraform import may throw (issue 16: `name = ("lb")` crashed the evaluator). Generated HCL
// expressions of every kind the evaluator meets (literals, references to counted and for_each resources, splats,
// indexes, for expressions, conditionals, known and unknown functions, templates and directives, parentheses,
// objects), nested, are put in every place a load balancer file evaluates them: count, for_each, dynamic blocks,
// names, ports, ids. Each run must end in a topology or a worded failure, never an exception or an internal error.
// Fixed seed in `npm test`; FLOATPLAN_FUZZ_RUNS=n runs more (`npm run fuzz`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../diagnostics/diagnostic';
import { fuzzRuns } from '../../testing/hostile';
import { Budget } from '../budget';
import { errorOf } from '../text';
import { importTerraform } from './importTerraform';

const { seed, numRuns } = fuzzRuns(12);

const atom = fc.constantFrom(
  '"ab"',
  '"10.0.0.4"',
  '0',
  '2',
  '-1',
  '1.5',
  'true',
  'null',
  '[]',
  '{}',
  'var.m',
  'var.l',
  'var.missing',
  'local.a',
  'local.b',
  'count.index',
  'each.key',
  'each.value',
  'azurerm_network_interface.nic',
  'azurerm_network_interface.nic[0].id',
  'azurerm_network_interface.nic["a"].name',
  'azurerm_network_interface.nic[*].id',
  'azurerm_network_interface.nic.*.ip_configuration',
  'azurerm_lb.lb.frontend_ip_configuration[0].name',
  'azurerm_lb_backend_address_pool.pool.id',
  'azurerm_nothing.x.id',
  'data.azurerm_subnet.s.id',
  'module.m.out',
  'path.module',
  'self.x',
  'frontend_ip_configuration.value',
  'x',
);

const FUNCTIONS = [
  'element',
  'length',
  'lookup',
  'toset',
  'tolist',
  'flatten',
  'concat',
  'merge',
  'keys',
  'values',
  'zipmap',
  'range',
  'slice',
  'one',
  'distinct',
  'format',
  'join',
  'cidrhost',
  'try',
  'templatefile',
];

const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('e'), tie('e')).map(([c, v]) => `[for n in ${c} : ${v}]`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, v, f]) => `[for i, n in ${c} : ${v} if ${f}]`),
    fc.tuple(tie('e'), tie('e')).map(([c, v]) => `{for k, n in ${c} : k => ${v}}`),
    fc.tuple(tie('e'), tie('e')).map(([c, v]) => `{for k, n in ${c} : ${v} => n...}`),
    fc.tuple(tie('e'), tie('e')).map(([c, k]) => `${c}[${k}]`),
    tie('e').map((c) => `(${c}).id`),
    tie('e').map((c) => `(${c})[*].id`),
    tie('e').map((c) => `(${c}).*.name`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, a, b]) => `${c} ? ${a} : ${b}`),
    fc.tuple(fc.constantFrom(...FUNCTIONS), fc.array(tie('e'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    tie('e').map((a) => `concat(${a}...)`),
    tie('e').map((a) => `"pre-\${${a}}"`),
    tie('e').map((a) => `"%{for v in ${a}}\${v}%{endfor}"`),
    tie('e').map((a) => `(${a})`),
    tie('e').map((a) => `((${a}))`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, k, b]) => `{ a = ${a}, (${k}) = ${b}, "q r" = 1 }`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `[${a}, ${b}]`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `${a} == ${b}`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `${a} + ${b}`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `${a} && ${b}`),
    tie('e').map((a) => `!${a}`),
    tie('e').map((a) => `-${a}`),
  ),
})).e;

/** A load balancer file with a generated expression in every place that evaluates one. */
const file = fc.array(expr, { minLength: 12, maxLength: 12 }).map(
  ([a, b, m, nicEach, nicName, ip, fes, feName, assocCount, nicId, ruleEach, port]) => `
variable "m" {
  default = ${m}
}
variable "l" {
  default = ["a", "b"]
}
locals {
  a = ${a}
  b = ${b}
}
resource "azurerm_lb" "lb" {
  name = ("lb")
  sku  = "Standard"
  dynamic "frontend_ip_configuration" {
    for_each = ${fes}
    content {
      name               = ${feName}
      private_ip_address = ${ip}
    }
  }
}
resource "azurerm_lb_backend_address_pool" "pool" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "pool"
}
resource "azurerm_network_interface" "nic" {
  for_each = ${nicEach}
  name     = ${nicName}
  ip_configuration {
    name               = "ipconfig1"
    private_ip_address = ${ip}
  }
}
resource "azurerm_network_interface_backend_address_pool_association" "a" {
  count                   = ${assocCount}
  network_interface_id    = ${nicId}
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
}
resource "azurerm_linux_virtual_machine" "vm" {
  count                 = 2
  name                  = "vm\${count.index}"
  network_interface_ids = [${nicId}]
}
resource "azurerm_lb_rule" "r" {
  for_each                       = ${ruleEach}
  loadbalancer_id                = azurerm_lb.lb.id
  name                           = "r-\${each.key}"
  protocol                       = "Tcp"
  frontend_port                  = ${port}
  backend_port                   = 80
  frontend_ip_configuration_name = "fe"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.pool.id]
}
`,
);

describe('Terraform evaluator on generated expressions (fuzz)', () => {
  it(
    'never throws: every run is a topology or a worded failure',
    async () => {
      await fc.assert(
        fc.asyncProperty(file, async (text) => {
          const budget = new Budget({ steps: 200_000 });
          const r = await importTerraform(text, { budget });
          if (!r.ok) expect(r.errorText.key, errorOf(r)).not.toBe('import.error.internal');
          // The evaluator's last guard turns an exception into "unexpected value": a run that needs it is a bug.
          for (const d of r.diagnostics) expect(messageOf(d)).not.toContain('unexpected value');
        }),
        { seed, numRuns },
      );
    },
    60_000 + numRuns * 5_000,
  );
});
