import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { traceDiagram } from '../src/core/diagram/diagram';
import { lbView } from '../src/core/topology/design';
import { loadTopology } from '../src/core/topology/load';
import { CanvasPage } from './pages/CanvasPage';
import { PlannerPage } from './pages/PlannerPage';
import { TracePage, WHAT_IF_LABELS } from './pages/TracePage';

// The app's default topology, loaded here by the core, so the page is compared with the core's real output.
const loaded = loadTopology(JSON.parse(readFileSync(new URL('../public/examples/type2-floating-ip.json', import.meta.url), 'utf8')));
if (!loaded.ok) throw new Error('the default example does not load');
const DEFAULT = lbView(loaded.topology, 0);

test.describe('Trace tab', () => {
  let planner: PlannerPage;
  let trace: TracePage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    trace = new TracePage(page);
    await planner.goto();
    await trace.open();
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('rule1 → VM1 on the default topology: both panels with real addresses; Download SVG is the SVG shown', async () => {
    await expect(trace.ruleShown).toHaveText('rule1');
    await expect(trace.vm).toHaveValue('VM1');
    await expect(trace.diagram).toContainText('Floating IP off');
    await expect(trace.diagram).toContainText('Floating IP on');
    await expect(trace.diagram).toContainText('65.52.0.1:80');
    await expect(trace.diagram).toContainText('10.0.0.4:80');
    await expect(trace.stepper).toHaveAccessibleName('Hops, floating IP on');

    const expected = traceDiagram(DEFAULT, { rule: 'rule1', vm: 'VM1', idPrefix: 'trace' });
    if (!expected.ok) throw new Error(expected.error);
    const svg = await trace.download(trace.downloadSvg);
    expect(svg.name).toBe('floatplan-trace-rule1-VM1.svg');
    expect(svg.bytes.toString('utf8')).toBe(expected.svg);
    // The inline copy shows the same text as the file.
    const shown = await trace.diagram.evaluate((el) => el.textContent);
    const parsed = await trace.page.evaluate(
      (text) => new DOMParser().parseFromString(text, 'image/svg+xml').documentElement.textContent,
      expected.svg,
    );
    expect(shown).toBe(parsed);

    const png = await trace.download(trace.downloadPng);
    expect(png.name).toBe('floatplan-trace-rule1-VM1.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = Number(/width="([\d.]+)"/.exec(expected.svg)![1]);
    expect(png.bytes.readUInt32BE(16), 'PNG at 2×').toBe(Math.ceil(width * 2));
  });

  test('type 1 example, rule2 → VM1: hop 2 rewrites the destination; buttons, arrow keys, play; canvas highlight', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await planner.choosePreset('type1-no-port-reuse.json');
    await trace.rule.selectOption('rule2');
    await expect(trace.vm).toHaveValue('VM1');
    await expect(trace.stepper).toHaveAccessibleName('Hops, floating IP off');
    await trace.expectHop(1);
    await expect(trace.back).toBeDisabled();

    await trace.forward.click();
    await trace.expectHop(2);
    await expect(trace.header('dstIp')).toContainText('10.0.0.4');
    await expect(trace.header('dstPort')).toContainText('81');
    for (const field of ['dstIp', 'dstPort'] as const) {
      await expect(trace.header(field)).toHaveAttribute('data-changed', 'true');
      await expect(trace.header(field)).toContainText('Changed');
    }
    for (const field of ['srcIp', 'srcPort'] as const) await expect(trace.header(field)).toContainText('Same');
    await expect(trace.stepper).toContainText('rewrites the destination');
    await expect(canvas.edge('rule:rule2', 'backendPool:pool')).toHaveClass(/fp-edge--traced/);
    await expect(canvas.edge('backendPool:pool', 'vm:VM1')).toHaveClass(/fp-edge--traced/);
    await expect(canvas.edge('frontend:FIP2', 'rule:rule2')).not.toHaveClass(/fp-edge--traced/);

    await trace.back.click();
    await trace.expectHop(1);
    await expect(canvas.edge('frontend:FIP2', 'rule:rule2')).toHaveClass(/fp-edge--traced/);

    await trace.forward.focus();
    await page.keyboard.press('ArrowRight');
    await trace.expectHop(2);
    await page.keyboard.press('ArrowRight');
    await trace.expectHop(3);
    await page.keyboard.press('ArrowLeft');
    await trace.expectHop(2);

    await trace.speed.selectOption('2');
    await trace.play.click();
    await expect(trace.pause).toBeVisible();
    await trace.expectHop(3);
    await trace.expectHop(4);
    await expect(trace.play, 'stops on the last hop').toBeVisible();
    await expect(trace.header('srcIp')).toContainText('65.52.0.2');

    // Leaving the tab takes the highlight off the canvas.
    await planner.openMapping();
    await expect(canvas.region.locator('.fp-edge--traced')).toHaveCount(0);
  });

  test('rule1 → VM1 with floating IP on: every hop keeps the frontend IP as destination, then as source', async () => {
    await expect(trace.stepper).toHaveAccessibleName('Hops, floating IP on');
    const expected = [
      { srcIp: '198.51.100.10', srcPort: '50000', dstIp: '65.52.0.1', dstPort: '80' },
      { srcIp: '198.51.100.10', srcPort: '50000', dstIp: '65.52.0.1', dstPort: '80' },
      { srcIp: '65.52.0.1', srcPort: '80', dstIp: '198.51.100.10', dstPort: '50000' },
      { srcIp: '65.52.0.1', srcPort: '80', dstIp: '198.51.100.10', dstPort: '50000' },
    ];
    for (const [i, headers] of expected.entries()) {
      if (i > 0) await trace.forward.click();
      await trace.expectHop(i + 1);
      for (const [field, value] of Object.entries(headers) as [keyof typeof headers, string][]) {
        await expect(trace.header(field)).toContainText(value);
        // Floating IP rewrites nothing; the reply (hop 3) only turns source and destination round, and says so.
        await expect(trace.header(field), `hop ${i + 1} ${field}`).toHaveAttribute('data-mark', i === 2 ? 'swapped' : 'same');
      }
    }
    await expect(trace.stepper).toContainText('already carries the frontend as its source');
  });

  test('what-if "no loopback": dropped at VM1 with the reason and fix; later hops not reached; off again restores the flow', async () => {
    await trace.showWhatIf();
    await trace.whatIf(WHAT_IF_LABELS.noLoopback).check();
    await expect(trace.effects).toContainText('Dropped at VM1');
    await expect(trace.hopItems.nth(1)).toHaveAttribute('data-status', 'failed');
    await expect(trace.hopItems.nth(2)).toHaveAttribute('data-status', 'not-reached');
    await trace.forward.click();
    await trace.expectHop(2);
    await expect(trace.header('dstIp')).toContainText('65.52.0.1');
    await expect(trace.failure).toContainText('The packet fails here: Dropped at VM1');
    await expect(trace.failure).toContainText('VM1 drops the packet: it is addressed to 65.52.0.1');
    await expect(trace.failure).toContainText('Fix: add 65.52.0.1 to a loopback interface');
    await trace.forward.click();
    await expect(trace.stepper).toContainText('The packet never gets here: it failed at hop 2.');
    await expect(trace.diagram).toContainText('✗ dropped by VM1');
    await expect(trace.diagram).toContainText('what if the guest has no loopback address for the frontend IP');

    await trace.whatIf(WHAT_IF_LABELS.noLoopback).uncheck();
    await expect(trace.failure).toHaveCount(0);
    await expect(trace.effects).toHaveCount(0);
    await expect(trace.diagram).not.toContainText('✗ dropped');
  });

  test('what-if "listens on the NIC IP only", "probe port closed" and "outbound from the frontend IP" each explain their failure', async () => {
    await trace.showWhatIf();
    const listener = trace.whatIf(WHAT_IF_LABELS.listensOnNicIpOnly);
    await listener.check();
    await trace.forward.click();
    await expect(trace.failure).toContainText('No listener on VM1');
    await expect(trace.failure).toContainText('nothing listens on 65.52.0.1:80');
    await expect(trace.failure).toContainText('TCP reset');
    await listener.uncheck();

    const probe = trace.whatIf(WHAT_IF_LABELS.probePortClosed);
    await probe.check();
    await expect(trace.failure).toContainText('VM1 out of rotation');
    await expect(trace.failure).toContainText('168.63.129.16 to 10.0.0.4:8081 fails');
    await expect(trace.panel.locator('.trace-extras')).toContainText('Probe port 8081 is closed on VM1');
    await expect(trace.diagram).toContainText('✗ no answer');
    await probe.uncheck();

    await trace.whatIf(WHAT_IF_LABELS.outboundFromFrontendIp).check();
    await expect(trace.effects).toContainText('Outbound flow fails');
    await expect(trace.effects).toContainText("from the NIC's primary IP configuration (10.0.0.4)");
    await expect(trace.failure, 'the inbound hops still work').toHaveCount(0);
    await expect(trace.diagram).toContainText('Your application opens a flow from the frontend IP');
  });

  test('with floating IP off (type 1), "no loopback" changes nothing and says why', async () => {
    await planner.choosePreset('type1-no-port-reuse.json');
    await trace.rule.selectOption('rule2');
    await expect(trace.stepper).toHaveAccessibleName('Hops, floating IP off');
    await trace.showWhatIf();
    await trace.whatIf(WHAT_IF_LABELS.noLoopback).check();
    await expect(trace.effects).toContainText('No effect');
    await expect(trace.effects).toContainText('addressed to the NIC IP (10.0.0.4)');
    await expect(trace.hopItems.locator('[data-status]')).toHaveCount(0);
  });

  test('switching the language to Japanese translates the Trace tab and the diagram', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    const ja = new TracePage(page, 'ja');
    await expect(ja.tab).toHaveAttribute('aria-selected', 'true');
    await expect(ja.stepper).toHaveAccessibleName('ホップ、フローティング IP 有効');
    await ja.expectHop(1);
    await expect(ja.headers).toContainText('宛先 IP');
    await expect(ja.diagram).toContainText('フローティング IP 無効');
    await expect(ja.diagram).toContainText('フローティング IP 有効');
    await expect(ja.diagram).toContainText('ループバック');
    await expect(ja.diagram).toContainText('正常性プローブ');
    await expect(ja.diagram).not.toContainText('Load balancer');
    await expect(ja.diagram).not.toContainText('Floating IP');
    await expect(ja.diagram.locator('title')).toHaveText('規則 rule1 → VM1: フローティング IP 無効と有効');

    await ja.showWhatIf();
    await ja.whatIf('フロントエンド IP のループバック アドレスがない').check();
    await ja.forward.click();
    await expect(ja.failure).toContainText('VM1 で破棄');
    await expect(ja.failure).toContainText('VM1 はパケットを破棄します');
    await expect(ja.diagram).toContainText('✗ VM1 が破棄');
  });

  test('an invalid client endpoint shows an error; a valid one is traced', async () => {
    await trace.client.fill('198.51.100.7');
    await expect(trace.clientError).toContainText('ip:port');
    await expect(trace.client).toHaveAttribute('aria-invalid', 'true');
    await trace.client.fill('198.51.100.7:40000');
    await expect(trace.clientError).toHaveCount(0);
    await expect(trace.header('srcIp')).toContainText('198.51.100.7');
    await expect(trace.diagram).toContainText('198.51.100.7:40000');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Trace tab accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious or critical violations', async ({ page }) => {
      const planner = new PlannerPage(page);
      const trace = new TracePage(page);
      await planner.goto();
      await trace.open();
      await trace.forward.click();
      await trace.expectHop(2);
      expect(await trace.seriousAccessibilityViolations()).toEqual([]);
      // The failure colours (what-if) must read as well as the rest.
      await trace.showWhatIf();
      await trace.whatIf(WHAT_IF_LABELS.noLoopback).check();
      await expect(trace.failure).toBeVisible();
      expect(await trace.seriousAccessibilityViolations()).toEqual([]);
    });
  });
}

test('the diagram code is loaded only when the Trace tab opens, and the PNG rasteriser only on export', async ({ page }) => {
  const planner = new PlannerPage(page);
  const trace = new TracePage(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await planner.goto();
  await expect(planner.mappingTable).toBeVisible();
  expect(
    scripts.filter((s) => /\/(diagram|svgToPng)-[^/]*\.js$/.test(s)),
    'nothing of the diagram before the tab opens',
  ).toEqual([]);
  await trace.open();
  expect(scripts.some((s) => /\/diagram-[^/]*\.js$/.test(s))).toBe(true);
  expect(scripts.some((s) => /\/svgToPng-[^/]*\.js$/.test(s))).toBe(false);
  await trace.download(trace.downloadPng);
  expect(scripts.some((s) => /\/svgToPng-[^/]*\.js$/.test(s))).toBe(true);
  expect(planner.errors).toEqual([]);
});

test.describe('Trace tab with inbound NAT rules', () => {
  // The default example plus RDP to VM1 (FIP1:50001 → 3389, floating IP off) and SQL on VM2 (FIP2:1433, floating IP on).
  const WITH_NAT = {
    ...DEFAULT,
    inboundNatRules: [
      {
        name: 'rdp-vm1',
        frontend: 'FIP1',
        protocol: 'Tcp' as const,
        frontendPort: 50001,
        backendPort: 3389,
        floatingIp: false,
        target: 'VM1',
      },
      {
        name: 'sql-vm2',
        frontend: 'FIP2',
        protocol: 'Tcp' as const,
        frontendPort: 1433,
        backendPort: 1433,
        floatingIp: true,
        target: 'VM2',
      },
    ],
  };
  let planner: PlannerPage;
  let trace: TracePage;

  test.beforeEach(async ({ page }) => {
    await page.addInitScript((saved) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('floatplan.topology.v1', saved);
        sessionStorage.setItem('seeded', '1');
      }
    }, JSON.stringify(WITH_NAT));
    planner = new PlannerPage(page);
    trace = new TracePage(page);
    await planner.goto();
    await trace.open();
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('an inbound NAT rule is traced hop by hop: port forwarding to the NIC IP off, the frontend IP on; no probe', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await expect(trace.rule.locator('optgroup[label="Load-balancing rules"] option')).toHaveText(['rule1', 'rule2']);
    await expect(trace.rule.locator('optgroup[label="Inbound NAT rules"] option')).toHaveText(['rdp-vm1', 'sql-vm2']);

    await trace.rule.selectOption({ label: 'rdp-vm1' });
    await expect(trace.vm.locator('option')).toHaveText(['VM1']);
    await expect(trace.stepper).toHaveAccessibleName('Hops, floating IP off');
    await expect(trace.diagram.locator('title')).toHaveText('Inbound NAT rule rdp-vm1 → VM1: floating IP off and on');
    await expect(trace.notes).toContainText('Inbound NAT rule rdp-vm1 uses no health probe');
    await trace.expectHop(1);
    await expect(trace.header('dstPort')).toContainText('50001');
    await expect(canvas.edge('frontend:FIP1', 'natRule:rdp-vm1')).toHaveClass(/fp-edge--traced/);
    await trace.forward.click();
    await trace.expectHop(2);
    await expect(trace.header('dstIp')).toContainText('10.0.0.4');
    await expect(trace.header('dstPort')).toContainText('3389');
    for (const field of ['dstIp', 'dstPort'] as const) await expect(trace.header(field)).toHaveAttribute('data-changed', 'true');
    await expect(canvas.edge('natRule:rdp-vm1', 'vm:VM1')).toHaveClass(/fp-edge--traced/);
    await expect(canvas.edge('frontend:FIP1', 'natRule:rdp-vm1')).not.toHaveClass(/fp-edge--traced/);

    await trace.showWhatIf();
    const probe = trace.whatIf(WHAT_IF_LABELS.probePortClosed);
    await probe.check();
    await expect(trace.effects).toContainText('No effect');
    await expect(trace.effects).toContainText('inbound NAT rule rdp-vm1 uses no health probe');
    await expect(trace.failure).toHaveCount(0);
    await probe.uncheck();

    // Choosing the floating NAT rule's row in the Mapping tab retargets the trace.
    await planner.openMapping();
    await planner.natDestination('sql-vm2', 'VM2').click();
    await trace.open();
    await expect(trace.ruleShown).toHaveText('sql-vm2');
    await expect(trace.stepper).toHaveAccessibleName('Hops, floating IP on');
    await trace.forward.click();
    await trace.expectHop(2);
    await expect(trace.header('dstIp')).toContainText('65.52.0.2');
    await expect(trace.header('dstIp')).toContainText('Same');
    await expect(trace.header('dstPort')).toContainText('1433');

    const expected = traceDiagram(WITH_NAT, { rule: 'sql-vm2', kind: 'natRule', vm: 'VM2', idPrefix: 'trace' });
    if (!expected.ok) throw new Error(expected.error);
    const svg = await trace.download(trace.downloadSvg);
    expect(svg.name).toBe('floatplan-trace-nat-sql-vm2-VM2.svg');
    expect(svg.bytes.toString('utf8')).toBe(expected.svg);
  });
});
