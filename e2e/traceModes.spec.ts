import { expect, test } from '@playwright/test';
import { traceDiagram } from '../src/core/diagram/diagram';
import { traceFlow, type Trace } from '../src/core/trace/trace';
import { messages } from '../src/features/trace/messages';
import { example } from './examples';
import { PlannerPage } from './pages/PlannerPage';
import { TraceModesPage } from './pages/TraceModesPage';

// Issue 14: the Trace tab on a cluster (SQL preset, WSFC) and an appliance pool (NVA preset), compared with the
// core's own trace and diagram for the same options.
const SQL = example('sql-always-on');
const NVA = example('nva-ha-ports');
const en = messages.en;

test.describe.configure({ timeout: 60_000 }); // lazy diagram chunk on a busy 2-core machine

function traced(topology: typeof SQL, options: Parameters<typeof traceFlow>[1]): Trace {
  const r = traceFlow(topology, options);
  if (!r.ok) throw new Error(r.error);
  return r.trace;
}

/** The inline diagram shows the same text as the core's diagram for `options`. */
async function expectDiagram(trace: TraceModesPage, topology: typeof SQL, options: Parameters<typeof traceDiagram>[1]) {
  const expected = traceDiagram(topology, { ...options, idPrefix: 'trace' });
  if (!expected.ok) throw new Error(expected.error);
  const text = await trace.page.evaluate(
    (svg) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement.textContent,
    expected.svg,
  );
  await expect.poll(() => trace.diagram.evaluate((el) => el.textContent)).toBe(text);
}

/** The hop list marks exactly the core's not-reached hops, with the stage labels of the catalog. */
async function expectHopList(trace: TraceModesPage, t: Trace) {
  await expect(trace.hopItems).toHaveCount(t.hops.length);
  for (const [i, hop] of t.hops.entries()) {
    const item = trace.hopItems.nth(i);
    await expect(item).toContainText(en[`stage.${hop.stage}`]);
    if (hop.notReached) {
      await expect(item).toHaveAttribute('data-status', 'not-reached');
      await expect(item).toContainText(en.notReached);
    } else {
      await expect(item).not.toHaveAttribute('data-status', 'not-reached');
    }
  }
}

test.describe('Trace tab per pool mode', () => {
  let planner: PlannerPage;
  let trace: TraceModesPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    trace = new TraceModesPage(page);
    await planner.goto();
    await trace.open();
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('SQL preset: the active node picker makes sql1 passive, then active again; a member client is warned', async () => {
    await planner.choosePreset('sql-always-on.json');
    await expect(trace.ruleShown).toHaveText('sql-1433');
    await expect(trace.vm).toHaveValue('sql1');
    await expect(trace.active).toHaveValue('sql1');
    await expect(trace.destination).toHaveCount(0);
    await expect(trace.active.locator('option')).toHaveText(['sql1', 'sql2']);

    const asActive = traced(SQL, { rule: 'sql-1433', vm: 'sql1' });
    await expectHopList(trace, asActive);
    await expectDiagram(trace, SQL, { rule: 'sql-1433', vm: 'sql1' });

    // Fail over to sql2: the traced sql1 is passive, every hop past the client is not reached, and says why.
    await trace.active.selectOption('sql2');
    const passive = traced(SQL, { rule: 'sql-1433', vm: 'sql1', active: 'sql2' });
    expect(passive.cluster?.role).toBe('passive');
    await expectHopList(trace, passive);
    for (const note of passive.notes) await expect(trace.notes).toContainText(note);
    await trace.goToHop(2, passive.hops.length);
    const hop2 = passive.hops[1]!;
    expect(hop2.blockedBy).toBe('passive-node');
    await expect(trace.hopDetail).toContainText(en['blocked.passive-node'].replace('{vm}', 'sql1'));
    await expect(trace.hopDetail).toContainText(hop2.note);
    await expect(trace.header('dstIp')).toContainText(hop2.packet.dstIp);
    await expect(trace.header('dstPort')).toContainText(String(hop2.packet.dstPort));
    await expectDiagram(trace, SQL, { rule: 'sql-1433', vm: 'sql1', active: 'sql2' });

    // Tracing the active node sql2 reaches every hop.
    await trace.vm.selectOption('sql2');
    await expect(trace.active).toHaveValue('sql2');
    await expectHopList(trace, traced(SQL, { rule: 'sql-1433', vm: 'sql2', active: 'sql2' }));

    // A client that is a pool member earns the core's ClientIsPoolMember warning.
    const client = `${asActive.cluster!.passive[0]!.ip}:50000`;
    const member = traced(SQL, { rule: 'sql-1433', vm: 'sql2', active: 'sql2', client });
    expect(member.warnings.map((w) => w.code)).toEqual(['ClientIsPoolMember']);
    await expect(trace.warnings).toHaveCount(0);
    await trace.client.fill(client);
    await expect(trace.warnings).toContainText('ClientIsPoolMember');
    await expect(trace.warnings).toContainText(member.warnings[0]!.message);
    await expectHopList(trace, member);
    expect(await trace.seriousAccessibilityViolations()).toEqual([]);
  });

  test('NVA preset: a custom destination behind the appliance is kept end to end; a bad one is refused', async () => {
    await planner.choosePreset('nva-ha-ports.json');
    await expect(trace.ruleShown).toHaveText('ha-ports');
    await expect(trace.vm).toHaveValue('nva1');
    await expect(trace.active).toHaveCount(0);
    await expect(trace.destination).toBeVisible();

    await trace.destination.fill('server:443');
    await expect(trace.panel.getByRole('alert')).toHaveText(en.badDestination);
    await expect(trace.destination).toHaveAttribute('aria-invalid', 'true');
    await expect(trace.panel).toContainText(en.fixField);

    const destination = '10.2.0.5:8443';
    await trace.destination.fill(destination);
    await expect(trace.panel.getByRole('alert')).toHaveCount(0);
    const t = traced(NVA, { rule: 'ha-ports', vm: 'nva1', destination });
    expect(t.appliance).toMatchObject({ destination, example: false });
    await expectHopList(trace, t);
    for (const note of t.notes) await expect(trace.notes).toContainText(note);
    const stage = t.hops.findIndex((h) => h.stage === 'appliance-to-server');
    await trace.goToHop(stage + 1, t.hops.length);
    await expect(trace.hopDetail).toContainText(t.hops[stage]!.note);
    await expect(trace.header('dstIp')).toContainText('10.2.0.5');
    await expect(trace.header('dstPort')).toContainText('8443');
    await expectDiagram(trace, NVA, { rule: 'ha-ports', vm: 'nva1', destination });
    await expect(trace.diagram).toContainText(destination);
    expect(await trace.seriousAccessibilityViolations()).toEqual([]);
  });
});
