import { describe, expect, it } from 'vitest';
import { importDefinition } from './importDefinition';
import { MAX_PLACEHOLDER_NAME } from './shortNames';
import { lbView } from '../topology/design';

const tf = `
resource "azurerm_lb" "lb" {
  name = "lb"
  sku  = "Standard"
  frontend_ip_configuration {
    name               = "fe"
    subnet_id          = "x"
    private_ip_address = "10.0.0.10"
  }
}
resource "azurerm_lb_backend_address_pool" "pool" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "pool"
}
resource "azurerm_lb_rule" "r" {
  loadbalancer_id                = azurerm_lb.lb.id
  name = format(
    "%s-%s-listener-rule-for-the-sql-availability-group-%s",
    var.environment_name_prefix,
    var.application_short_name,
    var.region_code,
  )
  protocol                       = "Tcp"
  frontend_port                  = 1433
  backend_port                   = 1433
  frontend_ip_configuration_name = "fe"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.pool.id]
}`;

describe('placeholder names stay short', () => {
  it('renames a long expression name to <rule-n> and keeps the expression in the marker', async () => {
    const r = await importDefinition(tf);
    if (!r.ok) throw new Error('import failed');
    const rule = lbView(r.topology).rules[0]!;
    expect(rule.name).toBe('<rule-1>');
    expect(rule.name.length).toBeLessThanOrEqual(MAX_PLACEHOLDER_NAME);
    expect(rule.name).not.toMatch(/\n/);
    const marker = rule.placeholders?.find((p) => p.field === 'name');
    expect(marker?.source).toContain('var.environment_name_prefix');
    expect(rule.frontend).toBe('fe');
  });
});
