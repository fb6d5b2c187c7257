// hcl2json gives a parenthesised expression as a node with no type and no meta around the inner one; the
// evaluator read `meta.value` of it and crashed the import (found by the import fuzzer).
import { describe, expect, it } from 'vitest';
import { importTerraform } from './importTerraform';
import { errorOf } from '../text';

describe('Terraform parentheses', () => {
  it('evaluate to what they hold, in templates, function arguments and operators', async () => {
    const tf = `locals {\n  b = join("-", [("ab"), ("cd")])\n  n = (40 + 2)\n}\nresource "azurerm_lb" "lb" {\n  name = "\${(local.b)}"\n  sku = "Standard"\n  frontend_ip_configuration {\n    name = "fe"\n    private_ip_address = "10.0.0.\${(local.n)}"\n  }\n}\n`;
    const r = await importTerraform(tf);
    if (!r.ok) throw new Error(errorOf(r));
    expect(r.topology.loadBalancer.name).toBe('ab-cd');
    expect(r.topology.frontends[0]!.ip).toBe('10.0.0.42');
  }, 60_000);
});
