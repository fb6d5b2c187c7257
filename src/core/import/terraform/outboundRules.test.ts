import { describe, expect, it } from 'vitest';
import { exportTopology } from '../../export/export';
import { rule, topology } from '../../testing/builders';
import { outboundRule } from '../../validation/outboundCodeCases.testing';
import { importDefinition } from '../importDefinition';
import { errorOf } from '../text';
import { lbView } from '../../topology/design';

const t = topology({
  rules: [rule('r1', { disableOutboundSnat: true })],
  outboundRules: [outboundRule('egress', ['FE2'], 'Udp', { allocatedOutboundPorts: 8000, idleTimeoutMinutes: 30, enableTcpReset: true })],
});

describe('Terraform import of azurerm_lb_outbound_rule', () => {
  it('reads back what the Terraform export wrote, and no longer calls it not modelled', async () => {
    const r = await importDefinition(exportTopology(t, 'terraform').text, { format: 'terraform' });
    if (!r.ok) throw new Error(errorOf(r));
    expect(lbView(r.topology).outboundRules).toEqual(t.outboundRules);
    expect(r.diagnostics.filter((d) => d.path?.startsWith('azurerm_lb_outbound_rule'))).toEqual([]);
  });

  it('the old enable_tcp_reset spelling and defaults left out', async () => {
    const hcl = `
resource "azurerm_lb" "lb" {
  name = "lb"
  sku  = "Standard"
  frontend_ip_configuration {
    name                 = "PublicIPAddress"
    public_ip_address_id = "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/publicIPAddresses/pip"
  }
}
resource "azurerm_lb_backend_address_pool" "be" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "be"
}
resource "azurerm_lb_outbound_rule" "out" {
  loadbalancer_id         = azurerm_lb.lb.id
  name                    = "OutboundRule"
  protocol                = "tcp"
  backend_address_pool_id = azurerm_lb_backend_address_pool.be.id
  enable_tcp_reset        = true
  frontend_ip_configuration {
    name = "PublicIPAddress"
  }
}
`;
    const r = await importDefinition(hcl, { format: 'terraform' });
    if (!r.ok) throw new Error(errorOf(r));
    expect(lbView(r.topology).outboundRules).toEqual([
      { name: 'OutboundRule', frontends: ['PublicIPAddress'], backendPool: 'be', protocol: 'Tcp', enableTcpReset: true },
    ]);
  });
});
