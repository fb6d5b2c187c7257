import { expect, test } from '@playwright/test';
import { messageOf } from '../src/core/diagnostics/diagnostic';
import { nsgRulesForVm, planNsg } from '../src/core/nsg/plan';
import type { LbTopology } from '../src/core/topology/schema';
import { validate } from '../src/core/validation/analyze';
import { example } from './examples';
import { NsgPage } from './pages/NsgPage';
import { PlannerPage } from './pages/PlannerPage';
import { ToolbarPage } from './pages/ToolbarPage';

// The default example with rule1 floating (the NSG must allow the frontend IP) and rule2 not floating (the NIC IPs),
// plus the user's own NSG that allows only the NIC IPs: the floating rule is blocked, the other is not.
const base = example('type2-floating-ip');
const TOPOLOGY: LbTopology = {
  ...base,
  name: 'NSG e2e',
  rules: [base.rules[0]!, { ...base.rules[1]!, floatingIp: false, backendPort: 81 }],
  networkSecurityGroups: [
    {
      name: 'web-nsg',
      rules: [
        {
          name: 'allow-web-to-nics',
          priority: 200,
          direction: 'Inbound',
          access: 'Allow',
          protocol: 'Tcp',
          sourceAddressPrefixes: ['Internet'],
          destinationAddressPrefixes: ['10.0.0.0/24'],
          destinationPortRanges: ['80-81'],
        },
      ],
      attachedTo: base.vms.map((vm) => ({ vm: vm.name, level: 'nic' as const })),
    },
  ],
};

test.describe.configure({ timeout: 60_000 }); // a production build's lazy chunks on a busy 2-core machine

test('the NSG tab shows the rules the core plans, for a floating and a non-floating rule, and where the NSG blocks', async ({ page }) => {
  const planner = new PlannerPage(page);
  const toolbar = new ToolbarPage(page);
  const nsg = new NsgPage(page);
  await page.goto('/');
  await toolbar.openFile('nsg.json', JSON.stringify(TOPOLOGY));
  await expect(toolbar.topologyName).toHaveText('NSG e2e');
  await nsg.open();

  const plan = planNsg(TOPOLOGY);
  const floating = plan.rules.find((r) => r.purpose.name === 'rule1')!;
  const plain = plan.rules.find((r) => r.purpose.name === 'rule2')!;
  // The core's own answer first: the frontend IP for the floating rule, the NIC IPs for the other.
  expect(floating.destinations).toEqual(['65.52.0.1']);
  expect(plain.destinations).toEqual(['10.0.0.4', '10.0.0.5']);

  await expect(nsg.ruleRows).toHaveCount(plan.rules.length);
  const shown = await nsg.rules();
  expect(shown.map((cells) => cells.slice(0, 6))).toEqual(
    plan.rules.map((r) => [String(r.priority), r.name, r.source, r.destinations.join(', '), r.ports === '*' ? 'all' : r.ports, r.protocol]),
  );
  expect(shown.find((c) => c[1] === floating.name)![6]).toBe('rule rule1 (floating IP: frontend IP)');
  expect(shown.find((c) => c[1] === plain.name)![6]).toBe('rule rule2');

  for (const vm of plan.vms)
    await expect(nsg.vmRows.filter({ hasText: vm })).toContainText(
      nsgRulesForVm(plan, vm)
        .map((r) => r.name)
        .join(', '),
    );

  const expected = validate(TOPOLOGY).filter((d) => d.code === 'NsgBlocksLoadBalancerTraffic');
  expect(expected.map((d) => d.elements[0])).toEqual(['rule1']);
  await expect(nsg.findings).toHaveCount(1);
  await expect(nsg.findings.first()).toContainText(messageOf(expected[0]!));
  expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
});

test('a client range replaces the source of client rules, as planNsg does with { source }; probes keep AzureLoadBalancer', async ({
  page,
}) => {
  const planner = new PlannerPage(page);
  const toolbar = new ToolbarPage(page);
  const nsg = new NsgPage(page);
  await page.goto('/');
  await toolbar.openFile('nsg.json', JSON.stringify(TOPOLOGY));
  await expect(toolbar.topologyName).toHaveText('NSG e2e');
  await nsg.open();
  await nsg.range.fill('198.51.100.0/24');
  const plan = planNsg(TOPOLOGY, { source: '198.51.100.0/24' });
  await expect(nsg.ruleRows.first().locator('td').nth(2)).toHaveText('198.51.100.0/24');
  expect((await nsg.rules()).map((cells) => [cells[1], cells[2]])).toEqual(plan.rules.map((r) => [r.name, r.source]));
  expect(plan.rules.filter((r) => r.purpose.kind === 'probe').map((r) => r.source)).toEqual(['AzureLoadBalancer', 'AzureLoadBalancer']);
  await nsg.range.fill('everyone');
  await expect(nsg.panel.getByText('Not an IP address or CIDR range')).toBeVisible();
  await expect(nsg.ruleRows.first().locator('td').nth(2)).toHaveText('Internet');
  expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
});
