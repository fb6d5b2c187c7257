import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/PlannerPage';

// The cross-region preset: lb-global (rule https, frontend anycast 203.0.113.50) over lb-west and lb-east, two web
// servers each. Its flows are a section of the Mapping tab of their own.
test.describe('a Global load balancer in the Mapping tab', () => {
  let planner: PlannerPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    await planner.goto();
    await planner.choosePreset('cross-region.json');
    await planner.openMapping();
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('shows each flow client → Global frontend → regional frontend → VM, and the filter keeps them with the Global one', async ({
    page,
  }) => {
    const mapping = page.getByRole('tabpanel', { name: /^Mapping/ });
    const global = mapping.getByRole('table', { name: 'What each VM receives, per Global rule and regional frontend' });
    const rows = global.locator('tbody tr');
    await expect(rows).toHaveCount(4);
    const west1 = rows.and(page.locator('[data-vm="web-west-1"]'));
    await expect(west1.locator('[data-column="regional"]')).toContainText('198.51.100.10:443');
    await expect(west1.locator('[data-column="destination"]')).toHaveText('10.1.0.4:443');

    const filter = mapping.getByRole('combobox', { name: 'Load balancer' });
    await filter.selectOption('lb-global');
    await expect(rows).toHaveCount(4);
    await expect(planner.mappingTable).toHaveCount(0);
    await filter.selectOption('lb-east');
    await expect(global).toHaveCount(0);
    await expect(planner.mappingRows).toHaveCount(2);
    await filter.selectOption('');
    expect(await planner.seriousAccessibilityViolations()).toEqual([]);
  });
});
