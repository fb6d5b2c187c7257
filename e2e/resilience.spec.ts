import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { InspectorPage } from './pages/InspectorPage';
import { PlannerPage } from './pages/PlannerPage';
import { ResiliencePage } from './pages/ResiliencePage';
import { ToolbarPage } from './pages/ToolbarPage';
import { TracePage } from './pages/TracePage';

// Issue 12 item 3: one bad value (a probe port of -1) blanked the whole app, and the Trace tab blanked it again
// after a reload. The value is now drawn as configured and reported by validation; and any panel that still fails
// is contained by its error boundary.

const EXAMPLE = readFileSync(new URL('../public/examples/type2-floating-ip.json', import.meta.url), 'utf8');
const withProbePort = (port: number) => {
  const t = JSON.parse(EXAMPLE);
  t.probes[0].port = port;
  return JSON.stringify(t);
};

test.describe('resilience', () => {
  let planner: PlannerPage;
  let trace: TracePage;
  let boundaries: ResiliencePage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    trace = new TracePage(page);
    boundaries = new ResiliencePage(page);
    await planner.goto();
  });

  test('a probe port of -1 typed in the inspector is a validation error and the Trace tab draws it', async ({ page }) => {
    const inspector = new InspectorPage(page, planner);
    await inspector.selectRuleFromMapping('rule1');
    await inspector.root.getByRole('button', { name: 'Edit probe health1' }).click();
    await expect(inspector.heading).toHaveText('Probe health1');
    await inspector.commit('Port', '-1');
    await expect(inspector.findings).toContainText('PortOutOfRange');
    await expect(inspector.findings).toContainText('Probe health1 has port -1; a health probe port is 1-65535.');

    await trace.open();
    await expect(trace.ruleShown).toHaveText('rule1');
    await expect(trace.diagram).toContainText('10.0.0.4:-1');
    await expect(trace.notes).toContainText('10.0.0.4:-1');
    await expect(trace.notes).toContainText('Health probe health1 has port -1, outside 1-65535: Azure rejects it (PortOutOfRange).');
    await expect(boundaries.anyBoundary).toHaveCount(0);
    await planner.openDiagnostics();
    await expect(planner.diagnostic('PortOutOfRange')).toHaveCount(1);
    expect(planner.errors).toEqual([]);
  });

  test('a file with a probe port of -1 opens, survives a reload, and the Trace tab works', async ({ page }) => {
    await new ToolbarPage(page).openFile('bad-probe.json', withProbePort(-1));
    await trace.open();
    await expect(trace.diagram).toContainText('10.0.0.4:-1');
    await page.reload();
    await trace.open();
    await expect(trace.diagram).toContainText('10.0.0.4:-1');
    await expect(boundaries.anyBoundary).toHaveCount(0);
    expect(planner.errors).toEqual([]);
  });

  test('when the Trace tab throws, only it shows the failure; the rest of the app works; report and Try again', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await boundaries.breakDiagramCode('injected fault in the diagram code');
    await trace.tab.click();
    const area = 'The Trace tab';
    await expect(boundaries.boundary(area)).toContainText('Details: Error: injected fault in the diagram code');
    await expect(boundaries.boundary(area)).toContainText('The rest of the app still works and your topology is kept.');
    await expect(boundaries.anyBoundary).toHaveCount(1);

    // The rest of the app is alive: the tabs switch, the mapping shows, the inspector edits.
    await planner.openMapping();
    await expect(planner.row('rule1', 'VM1')).toBeVisible();
    const inspector = new InspectorPage(page, planner);
    await inspector.selectRuleFromMapping('rule1');
    await expect(inspector.floatingIp).toBeVisible();

    await trace.tab.click();
    const report = await boundaries.reportText(area);
    expect(report).toMatch(/^Floatplan error report\nApp version: \d+\.\d+\.\d+\nArea: trace\n/);
    expect(report).toContain('Error: Error: injected fault in the diagram code');
    expect(report).toContain('Component stack:');
    expect(report).toContain('2 frontends (IPv4 2, IPv6 0)');
    for (const secret of ['65.52.0.1', '10.0.0.4', 'rule1', 'VM1']) expect(report).not.toContain(secret);
    await boundaries.includeTopology(area).check();
    expect(await boundaries.reportText(area)).toContain('"name": "rule1"');
    await boundaries.copyReport(area).click();
    await expect(boundaries.copied(area)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Topology (included with consent):');
    expect(await planner.seriousAccessibilityViolations()).toEqual([]);

    // Once the fault is gone, "Try again" brings the tab back without a reload.
    await boundaries.healDiagramCode();
    await boundaries.tryAgain(area).click();
    await expect(boundaries.anyBoundary).toHaveCount(0);
    await expect(trace.diagram).toContainText('65.52.0.1:80');
    // The failure was reported to the console (React's and the boundary's own), and nothing escaped uncaught.
    expect(planner.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });

  test('when the Import dialog throws, its message stays in a dialog that Close dismisses; the app goes on', async ({ page }) => {
    await boundaries.breakImportDialog('injected fault in the import dialog');
    await new ToolbarPage(page).file('Import…');
    const dialog = page.getByRole('dialog', { name: 'The Import dialog' });
    await expect(dialog).toBeVisible();
    await expect(boundaries.boundary('The Import dialog')).toContainText('Details: Error: injected fault in the import dialog');
    expect(await planner.seriousAccessibilityViolations()).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(boundaries.anyBoundary).toHaveCount(0);
    await planner.openMapping();
    await expect(planner.row('rule1', 'VM1')).toBeVisible();
    expect(planner.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });
});
