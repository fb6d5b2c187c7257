import { expect, test, type Page } from '@playwright/test';
import type { LbTopology } from '../src/core/topology/schema';
import { nsgEndpoint } from '../src/core/trace/nsgHop';
import { traceFlow } from '../src/core/trace/trace';
import { messages } from '../src/features/trace/messages';
import { ja as jaMessages } from '../src/features/trace/messages.ja';
import { example } from './examples';
import { LanguagePage } from './pages/LanguagePage';
import { PlannerPage } from './pages/PlannerPage';
import { ToolbarPage } from './pages/ToolbarPage';
import { TracePage } from './pages/TracePage';

// Issue 15: the Trace tab shows the NSG rule the flow needs at the VM, as the core computes it (core/trace/nsgHop.ts):
// the frontend IP with floating IP on, the NIC IP with it off. The user's NSG allows only the NIC IPs, so the
// floating rule is blocked (DenyAllInBound) and fails at the hop into the VM, while the other rule is allowed.
const base = example('type2-floating-ip');
const TOPOLOGY: LbTopology = {
  ...base,
  name: 'NSG trace e2e',
  rules: base.rules.map((r) => (r.name === 'rule2' ? { ...r, floatingIp: false } : r)),
  networkSecurityGroups: [
    {
      name: 'web-nsg',
      rules: [
        {
          name: 'allow-web-nic',
          priority: 200,
          direction: 'Inbound',
          access: 'Allow',
          protocol: 'Tcp',
          sourceAddressPrefixes: ['Internet'],
          destinationAddressPrefixes: ['10.0.0.4', '10.0.0.5'],
          destinationPortRanges: ['80'],
        },
      ],
      attachedTo: [
        { vm: 'VM1', level: 'nic' },
        { vm: 'VM2', level: 'nic' },
      ],
    },
  ],
};
const en = messages.en;

test.describe.configure({ timeout: 60_000 }); // a production build's lazy chunks on a busy 2-core machine

async function openTrace(page: Page): Promise<TracePage> {
  const toolbar = new ToolbarPage(page);
  const trace = new TracePage(page);
  await page.goto('/');
  await toolbar.openFile('nsg-trace.json', JSON.stringify(TOPOLOGY));
  await expect(toolbar.topologyName).toHaveText(TOPOLOGY.name);
  await trace.open();
  return trace;
}

for (const [rule, floatingIp, destination, outcome] of [
  ['rule1', true, '65.52.0.1', 'blocked'],
  ['rule2', false, '10.0.0.4', 'allowed'],
] as const) {
  test(`${rule}, floating IP ${floatingIp ? 'on' : 'off'}: the Trace tab shows the core's NSG rule (${destination}, ${outcome})`, async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    const trace = await openTrace(page);
    await trace.rule.selectOption({ label: rule });
    await trace.vm.selectOption('VM1');

    const r = traceFlow(TOPOLOGY, { rule, vm: 'VM1' });
    if (!r.ok) throw new Error(r.error);
    const need = r.trace.nsg!.flow;
    // The core's own answer first, so the test cannot pass on two wrong answers that agree.
    expect(r.trace.floatingIp).toBe(floatingIp);
    expect(need.destination).toBe(destination);
    expect(need.check?.outcome).toBe(outcome);

    const line = trace.nsg('flow');
    await expect(line).toHaveAttribute('data-destination', need.destination);
    await expect(line).toHaveAttribute('data-ports', need.ports);
    await expect(line).toHaveAttribute('data-source', need.source);
    await expect(line).toHaveAttribute('data-outcome', outcome);
    await expect(line).toContainText(`${need.protocol} ${need.source} → ${nsgEndpoint(need)}`);
    await expect(line).toContainText(en[`nsg.${outcome}`]);
    await expect(line).toContainText(need.note);

    const probe = r.trace.nsg!.probe!;
    await expect(trace.nsg('probe')).toHaveAttribute('data-destination', probe.destination);
    await expect(trace.nsg('probe')).toContainText(probe.note);

    if (outcome === 'blocked') {
      // The failing hop is the core's: lb-to-vm fails, the hops after it are not reached.
      const failure = r.trace.hops[1]!.failure!;
      expect(failure.outcome).toBe('blocked-by-nsg');
      await expect(trace.hopItems.nth(1)).toHaveAttribute('data-status', 'failed');
      await expect(trace.hopItems.nth(2)).toHaveAttribute('data-status', 'not-reached');
      await trace.forward.click();
      await trace.expectHop(2);
      await expect(trace.failure).toContainText(failure.reason);
      await expect(trace.failure).toContainText(failure.fix);
    } else {
      await expect(trace.stepper.locator('.trace-stepper__hops li[data-status]')).toHaveCount(0);
    }
    // The diagram's two panels show the same destinations: the NIC IP (off) and the frontend IP (on).
    await expect(trace.diagram).toContainText("NSG on VM1's path");
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });
}

test("the NSG line in Japanese carries the core's Japanese sentence", async ({ page }) => {
  await openTrace(page);
  await new LanguagePage(page).choose('ja');
  const ja = new TracePage(page, 'ja');
  await ja.rule.selectOption({ label: 'rule1' });
  await ja.vm.selectOption('VM1');
  const r = traceFlow(TOPOLOGY, { rule: 'rule1', vm: 'VM1', locale: 'ja' });
  if (!r.ok) throw new Error(r.error);
  await expect(ja.nsg('flow')).toContainText(jaMessages['nsg.blocked']);
  await expect(ja.nsg('flow')).toContainText(r.trace.nsg!.flow.note);
});
