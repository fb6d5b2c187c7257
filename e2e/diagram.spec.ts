import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { drawioXml } from '../src/core/document/drawio';
import { mermaidMarkdown } from '../src/core/document/mermaid';
import { example } from './examples';
import { InteropPage } from './pages/InteropPage';
import { PlannerPage } from './pages/PlannerPage';

// The Export tab's Diagram row: the draw.io file and the Mermaid flowchart are the core's, byte for byte.

async function download(page: Page, name: string): Promise<{ file: string; text: string }> {
  const panel = page.getByRole('tabpanel', { name: 'Export' });
  await panel.getByRole('button', { name, exact: true }).click();
  const section = panel.getByRole('region', { name: 'Diagram' });
  const [file] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download', exact: true }).click()]);
  return { file: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test.describe('diagram export', () => {
  let planner: PlannerPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    await planner.goto();
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test("the default topology's draw.io file and Mermaid flowchart equal the core's", async ({ page }) => {
    await new InteropPage(page).openExport();
    // A first visit: the app starts with the default topology, public/examples/type2-floating-ip.json embedded as it
    // loads (store/defaultTopology.ts).
    const current = example('type2-floating-ip');

    const drawio = await download(page, 'draw.io file');
    expect(drawio.file).toMatch(/\.drawio$/);
    expect(drawio.text).toBe(drawioXml(current));
    const panel = page.getByRole('tabpanel', { name: 'Export' });
    await expect(panel.locator('[data-format="drawio"]')).toContainText('<mxfile host="Floatplan"');

    const mermaid = await download(page, 'Mermaid flowchart');
    expect(mermaid.file).toMatch(/\.md$/);
    expect(mermaid.text).toBe(mermaidMarkdown(current));
    await expect(panel.locator('[data-format="mermaid"]')).toContainText('flowchart LR');
    await expect(panel.locator('[data-format="drawio"]')).toHaveCount(0);
  });
});
