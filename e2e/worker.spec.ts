import { expect, test, type Page, type Route } from '@playwright/test';
import { migrateV1 } from '../src/core/topology/design';
import type { LbTopology } from '../src/core/topology/schema';
import { SYNC_WORKLOAD, workload } from '../src/store/analysisRunner';
import { InteropPage } from './pages/InteropPage';
import { PlannerPage } from './pages/PlannerPage';
import { ToolbarPage } from './pages/ToolbarPage';

const DEFAULT_NAME = 'Two frontends with floating IP (rule type 2)';

/** 50 rules on one pool of 250 VMs: 12,500 mapping rows, above the threshold, yet a canvas of only ~300 nodes. */
function largeTopology(): LbTopology {
  const vms = Array.from({ length: 250 }, (_, i) => ({
    name: `vm${i}`,
    os: 'ubuntu' as const,
    nic: { name: 'eth0', ip: `10.0.${i >> 8}.${(i & 255) + 1}` },
  }));
  return {
    version: 1,
    name: 'Large for the worker',
    loadBalancer: { name: 'lb', sku: 'Standard', type: 'Public' },
    frontends: [{ name: 'fe', ip: '20.0.0.1' }],
    backendPools: [{ name: 'pool', members: vms.map((v) => v.name) }],
    probes: [],
    rules: Array.from({ length: 50 }, (_, i) => ({
      name: `rule${i}`,
      frontend: 'fe',
      backendPool: 'pool',
      protocol: 'Tcp' as const,
      frontendPort: 1000 + i,
      backendPort: 1000 + i,
      floatingIp: true,
    })),
    vms,
  };
}

/**
 * Holds every request for a worker's script matching `pattern` until `release()`: the worker has not started, so
 * the page is, for as long as the test needs, exactly where a slow analysis or import leaves it.
 */
async function holdWorker(page: Page, pattern: RegExp) {
  const held: Route[] = [];
  await page.context().route(pattern, (route) => void held.push(route));
  return {
    requested: () => expect.poll(() => held.length).toBeGreaterThan(0),
    release: async () => {
      await page.context().unroute(pattern);
      await Promise.all(held.map((r) => r.continue().catch(() => undefined)));
    },
  };
}

test.describe('work off the main thread', () => {
  let planner: PlannerPage;
  let toolbar: ToolbarPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    toolbar = new ToolbarPage(page);
    await planner.goto();
    await expect(toolbar.topologyName).toHaveText(DEFAULT_NAME);
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('a large topology is analysed in a worker: the page stays usable meanwhile, Cancel stops it, Analyse again finishes it', async ({
    page,
  }) => {
    const large = largeTopology();
    expect(workload(migrateV1(large))).toBeGreaterThan(SYNC_WORKLOAD);
    const worker = await holdWorker(page, /analysis\.worker[^/]*\.js/);
    const status = page.locator('.analysis-status');

    await toolbar.openFile('large.json', JSON.stringify(large));
    await expect(toolbar.topologyName).toHaveText('Large for the worker');
    await worker.requested();
    await expect(status).toContainText('Analysing this large topology');
    await expect(status).toContainText('The results shown are from before the last change.');
    // The inspector (the load balancer's, nothing being selected) says its findings are not current.
    await expect(page.getByText('The analysis of this large topology has not finished')).toBeVisible();
    // The page answers while the analysis runs: tabs switch, and the Scripts tab says it waits.
    await planner.diagnosticsTab.click();
    await expect(planner.diagnosticsTab).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('tab', { name: 'Scripts' }).click();
    await expect(page.getByText('The script appears when the analysis of this topology is done')).toBeVisible();

    await status.getByRole('button', { name: 'Cancel' }).click();
    await expect(status).toHaveText(/Analysis cancelled: the results shown are from before the last change\./);
    await worker.release();
    await status.getByRole('button', { name: 'Analyse again' }).click();
    await expect(status).toHaveCount(0);
    await expect(planner.mappingTab).toContainText('12500 rows');
    await planner.mappingTab.click();
    await expect(planner.mappingRows.first()).toContainText('rule0');
  });

  test('a newer topology supersedes a running analysis: Undo back to a small one shows its results at once', async ({ page }) => {
    const worker = await holdWorker(page, /analysis\.worker[^/]*\.js/);
    await toolbar.openFile('large.json', JSON.stringify(largeTopology()));
    await worker.requested();
    await expect(page.locator('.analysis-status')).toContainText('Analysing this large topology');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(toolbar.topologyName).toHaveText(DEFAULT_NAME);
    await expect(page.locator('.analysis-status')).toHaveCount(0);
    await expect(planner.mappingRows.first()).toBeVisible();
    await worker.release();
  });

  test('Stop import ends the import worker and leaves the work untouched; the next import works', async ({ page }) => {
    const interop = new InteropPage(page);
    const worker = await holdWorker(page, /import\.worker[^/]*\.js/);
    await interop.openDialog();
    await interop.importText('{"type": "Microsoft.Network/loadBalancers", "name": "x"}');
    await worker.requested();
    await expect(interop.progress).toContainText('Importing…');
    await interop.dialog.getByRole('button', { name: 'Stop import' }).click();
    await expect(interop.progress).toHaveText('Import stopped: nothing was imported and your work is unchanged.');
    await expect(interop.definition).toHaveValue('{"type": "Microsoft.Network/loadBalancers", "name": "x"}');

    // Closing the dialog while an import runs ends it too; the work is as it was.
    await interop.importAction.click();
    await expect(interop.progress).toContainText('Importing…');
    await interop.cancel.click();
    await expect(interop.dialog).toHaveCount(0);
    await expect(toolbar.topologyName).toHaveText(DEFAULT_NAME);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

    await worker.release();
    await interop.openDialog();
    await interop.importText('not a definition');
    await expect(interop.alert).toContainText('Nothing was imported');
  });
});
