import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { topologyFromReport } from '../src/core/document/report/embedded';
import { reportHtml } from '../src/core/document/report/html';
import { example } from './examples';
import { InteropPage } from './pages/InteropPage';
import { PlannerPage } from './pages/PlannerPage';
import { ToolbarPage } from './pages/ToolbarPage';
import { lbView } from '../src/core/topology/design';
import { loadTopology } from '../src/core/topology/load';

// The Export tab's design report (docs/report.md): one HTML file naming the topology and every VM, with the
// current topology embedded so Floatplan can open it back.

async function downloadReport(page: Page, name: string): Promise<{ file: string; text: string }> {
  const button = page.getByRole('tabpanel', { name: 'Export' }).getByRole('button', { name, exact: true });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { file: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test.describe('design report', () => {
  let planner: PlannerPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    await planner.goto();
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('Report (HTML) downloads the topology name, every VM and the current topology embedded', async ({ page }) => {
    const expected = example('type2-floating-ip');
    await planner.choosePreset('type2-floating-ip.json');
    await new InteropPage(page).openExport();
    const { file, text } = await downloadReport(page, 'Report (HTML)');
    expect(file).toMatch(/\.html$/);
    expect(text).toContain(`<title>Design report: ${expected.name}</title>`);
    for (const vm of expected.vms) expect(text).toContain(`VM ${vm.name} (`);
    // The current topology as the app autosaves it (features/persistence), once the autosave has run.
    const saved = () => page.evaluate(() => localStorage.getItem('floatplan.topology.v1'));
    await expect.poll(saved).not.toBeNull();
    const current = loadTopology((await saved())!);
    if (!current.ok) throw new Error('the autosaved topology does not load');
    // The report is of one load balancer (the Export tab's): the view of the current v2 topology's only one.
    expect(JSON.parse(topologyFromReport(text)!)).toEqual(lbView(current.topology, 0));
    expect(current.topology.name).toBe(expected.name);
  });

  test('Report (Markdown) downloads the same topology in a fenced block', async ({ page }) => {
    await planner.choosePreset('type2-floating-ip.json');
    await new InteropPage(page).openExport();
    const { file, text } = await downloadReport(page, 'Report (Markdown)');
    expect(file).toMatch(/\.md$/);
    expect(JSON.parse(topologyFromReport(text)!).name).toBe(example('type2-floating-ip').name);
  });

  test('Open loads a report file back as the topology embedded in it', async ({ page }) => {
    const sql = example('sql-always-on');
    const toolbar = new ToolbarPage(page);
    await toolbar.openFile('design-report.html', reportHtml(sql));
    await expect(toolbar.topologyName).toHaveText(sql.name);
  });
});
