import { expect, test } from '@playwright/test';
import { outboundOf } from '../src/core/outbound/outbound';
import { egressOf } from '../src/core/trace/egress';
import type { LbTopology } from '../src/core/topology/schema';
import { messages } from '../src/features/trace/messages';
import { example } from './examples';
import { OutboundPage } from './pages/OutboundPage';
import { PlannerPage } from './pages/PlannerPage';
import { ToolbarPage } from './pages/ToolbarPage';
import { TracePage } from './pages/TracePage';

// Issue 15: the Trace tab's outbound path is the core's (core/outbound), for an internal Standard load balancer
// (no path at all) and a public one whose outbound rule gives the pool its address.
const base = example('type2-floating-ip');
const INTERNAL: LbTopology = {
  ...base,
  name: 'Outbound internal e2e',
  loadBalancer: { ...base.loadBalancer, type: 'Internal' },
  frontends: base.frontends.map((f, i) => ({ ...f, ip: `10.0.0.${100 + i}` })),
};
const PUBLIC: LbTopology = {
  ...base,
  name: 'Outbound rule e2e',
  frontends: [...base.frontends, { name: 'FE-out', ip: '203.0.113.50' }],
  rules: base.rules.map((r) => ({ ...r, disableOutboundSnat: true })),
  outboundRules: [{ name: 'egress', frontends: ['FE-out'], backendPool: base.rules[0]!.backendPool, protocol: 'All' }],
};
const en = messages.en;

test.describe.configure({ timeout: 60_000 }); // a production build's lazy chunks on a busy 2-core machine

for (const [topology, kind] of [
  [INTERNAL, 'none'],
  [PUBLIC, 'outbound-rule'],
] as const) {
  test(`${topology.name}: the Trace tab shows the core's outbound path (${kind})`, async ({ page }) => {
    const planner = new PlannerPage(page);
    const toolbar = new ToolbarPage(page);
    const trace = new TracePage(page);
    const outbound = new OutboundPage(page);
    await page.goto('/');
    await toolbar.openFile('outbound.json', JSON.stringify(topology));
    await expect(toolbar.topologyName).toHaveText(topology.name);
    await trace.open();

    const vm = await trace.vm.inputValue();
    const core = outboundOf(topology, vm)!;
    const note = egressOf(topology, vm)!.note;
    // The core's own answer first, so the test cannot pass on two wrong answers that agree.
    expect(core.kind).toBe(kind);
    if (kind === 'outbound-rule') expect(core.publicIp).toBe('203.0.113.50');

    await expect(outbound.egress).toHaveAttribute('data-kind', core.kind);
    await expect(outbound.egress).toHaveAttribute('data-public-ip', core.publicIp ?? '');
    await expect(outbound.egress).toContainText(en[`egress.${core.kind}`]);
    await expect(outbound.egress).toContainText(core.nicIp);
    await expect(outbound.egress).toContainText(note);
    // Issue 15 itself: no "works" anywhere in the Trace tab's notes when there is no path.
    if (kind === 'none') await expect(trace.notes).not.toContainText('works');
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });
}
