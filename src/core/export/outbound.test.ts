import { describe, expect, it } from 'vitest';
import { rule, topology } from '../testing/builders';
import { outboundRule } from '../validation/outboundCodeCases.testing';
import { exportTopology } from './export';
import { exportableOutboundRules } from './outbound';

// A public Standard load balancer whose pool goes out through FE2 (Learn, Outbound rules, scenario 1).
const t = topology({
  rules: [rule('r1', { disableOutboundSnat: true })],
  outboundRules: [outboundRule('egress', ['FE2'], 'All', { allocatedOutboundPorts: 10000, idleTimeoutMinutes: 15, enableTcpReset: true })],
});

describe('outbound rules in the exports', () => {
  it('ARM: properties.outboundRules with REST names and resource ids', () => {
    const lb = JSON.parse(exportTopology(t, 'arm').text).resources[0];
    expect(lb.properties.outboundRules).toEqual([
      {
        name: 'egress',
        properties: {
          frontendIPConfigurations: [
            { id: "[resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', variables('lbName'), 'FE2')]" },
          ],
          backendAddressPool: { id: "[resourceId('Microsoft.Network/loadBalancers/backendAddressPools', variables('lbName'), 'pool')]" },
          protocol: 'All',
          allocatedOutboundPorts: 10000,
          idleTimeoutInMinutes: 15,
          enableTcpReset: true,
        },
      },
    ]);
  });

  it('Bicep: inside the load balancer’s properties, ids as expressions', () => {
    const text = exportTopology(t, 'bicep').text;
    expect(text).toMatch(
      /\n {4}outboundRules: \[\n {6}\{\n {8}name: 'egress'\n {8}properties: \{\n {10}frontendIPConfigurations: \[\n {12}\{\n {14}id: resourceId\('Microsoft\.Network\/loadBalancers\/frontendIPConfigurations', lbName, 'FE2'\)/,
    );
    expect(text).toMatch(
      /allocatedOutboundPorts: 10000\n {10}idleTimeoutInMinutes: 15\n {10}enableTcpReset: true\n {8}\}\n {6}\}\n {4}\]\n {2}\}\n\}\n$/,
    );
  });

  it('Terraform: an azurerm_lb_outbound_rule per rule, one frontend block per frontend', () => {
    const text = exportTopology(t, 'terraform').text;
    expect(text).toContain(
      [
        'resource "azurerm_lb_outbound_rule" "egress" {',
        '  name                     = "egress"',
        '  loadbalancer_id          = azurerm_lb.lb.id',
        '  protocol                 = "All"',
        '  backend_address_pool_id  = azurerm_lb_backend_address_pool.pool.id',
        '  allocated_outbound_ports = 10000',
        '  idle_timeout_in_minutes  = 15',
        '  tcp_reset_enabled        = true',
        '',
        '  frontend_ip_configuration {',
        '    name = "FE2"',
        '  }',
        '}',
      ].join('\n'),
    );
  });

  it('Azure CLI: az network lb outbound-rule create', () => {
    const text = exportTopology(t, 'azcli').text;
    expect(text).toContain(
      [
        'az network lb outbound-rule create \\',
        '  --resource-group "$RESOURCE_GROUP" \\',
        '  --lb-name "$LB_NAME" \\',
        "  --name 'egress' \\",
        "  --frontend-ip-configs 'FE2' \\",
        "  --address-pool 'pool' \\",
        '  --protocol All \\',
        '  --outbound-ports 10000 \\',
        '  --idle-timeout 15 \\',
        '  --enable-tcp-reset true',
      ].join('\n'),
    );
  });

  it('a topology without outbound rules exports exactly as before; a rule naming a missing pool is left out', () => {
    for (const format of ['arm', 'bicep', 'terraform', 'azcli'] as const)
      expect(exportTopology({ ...t, outboundRules: [] }, format).text).toBe(
        exportTopology({ ...t, outboundRules: undefined }, format).text,
      );
    expect(exportableOutboundRules({ ...t, outboundRules: [outboundRule('x', ['FE2'], 'All', { backendPool: 'gone' })] })).toEqual([]);
  });
});
