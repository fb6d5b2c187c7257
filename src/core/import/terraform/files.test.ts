import { describe, expect, it } from 'vitest';
import { joinTerraformFiles, locateLine } from './files';
import { importTerraform } from './importTerraform';
import { errorOf } from '../text';
import { STANDARD_STATIC_FRONTEND } from './hcl.testing';
import { lbView } from '../../topology/design';

const VARIABLES = 'variable "prefix" {\n  default = "sql"\n}\nvariable "ip" {\n  default = "10.0.1.9"\n}\n';
const MAIN = `resource "azurerm_lb" "lb" {
  name = "\${var.prefix}-lb"
${STANDARD_STATIC_FRONTEND}
}`;

describe('a Terraform configuration of several files', () => {
  it('joins the files in order, each under a comment naming it, and traces lines back to their file', () => {
    const joined = joinTerraformFiles([
      { name: 'variables.tf', text: VARIABLES },
      { name: 'main.tf', text: MAIN },
    ]);
    expect(joined.split('\n').slice(0, 2)).toEqual(['# floatplan: file variables.tf', 'variable "prefix" {']);
    expect(locateLine(joined, 2)).toEqual({ file: 'variables.tf', line: 1 });
    const mainStart = joined.split('\n').indexOf('# floatplan: file main.tf') + 1;
    expect(locateLine(joined, mainStart + 2)).toEqual({ file: 'main.tf', line: 2 });
    expect(locateLine('resource "x" "y" {}', 1)).toEqual({ line: 1 });
    // A byte-order mark at the start of a later file is dropped, not left mid-text.
    expect(
      joinTerraformFiles([
        { name: 'a.tf', text: 'x' },
        { name: 'b.tf', text: '\uFEFFy' },
      ]),
    ).toBe('# floatplan: file a.tf\nx\n# floatplan: file b.tf\ny\n');
    // A newline in a file name cannot forge a marker line.
    expect(joinTerraformFiles([{ name: 'a\nresource.tf', text: '' }])).toBe('# floatplan: file a resource.tf\n\n');
  });

  it('imports variables from one file and the load balancer from another, as Terraform reads a directory', async () => {
    const r = await importTerraform(
      joinTerraformFiles([
        { name: 'variables.tf', text: VARIABLES },
        { name: 'main.tf', text: MAIN },
      ]),
    );
    if (!r.ok) throw new Error(errorOf(r));
    expect(lbView(r.topology).loadBalancer.name).toBe('sql-lb');
    expect(lbView(r.topology).frontends).toEqual([{ name: 'fe', ip: '10.0.1.9' }]);
    expect(r.diagnostics.filter((d) => d.code === 'ImportUnresolved')).toEqual([]);
  });

  it('names the file and its own line of a syntax error', async () => {
    const broken = MAIN.replace('sku  = "Standard"', 'sku  = ');
    const r = await importTerraform(
      joinTerraformFiles([
        { name: 'variables.tf', text: VARIABLES },
        { name: 'main.tf', text: broken },
      ]),
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && errorOf(r)).toMatch(/main\.tf, line 3, column \d+: /);
  });
});
