import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/PlannerPage';

// The NVA sandwich preset: lb-public (rule https-in) and lb-internal (rule ha-ports) on the same appliances nva1, nva2.
const SIZES = [
  { name: '1440×900 desktop', viewport: { width: 1440, height: 900 } },
  { name: '390×844 phone', viewport: { width: 390, height: 844 } },
];

for (const size of SIZES) {
  test.describe(`load balancer filter at ${size.name}`, () => {
    test.use({ viewport: size.viewport });
    let planner: PlannerPage;

    test.beforeEach(async ({ page }) => {
      planner = new PlannerPage(page);
      await planner.goto();
      await planner.choosePreset('nva-sandwich.json');
      await planner.openMapping();
    });

    test.afterEach(() => {
      expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
    });

    test('Mapping and Diagnostics say whose rows they show and narrow to one load balancer', async ({ page }) => {
      const mapping = page.getByRole('tabpanel', { name: /^Mapping/ });
      const filter = mapping.getByRole('combobox', { name: 'Load balancer' });
      await expect(filter).toBeVisible();
      if (size.viewport.width > 640) {
        await expect(planner.mappingRows.locator('[data-column="loadBalancer"]').first()).toHaveText('lb-public');
        await expect(
          planner.mappingRows.and(page.locator('[data-rule="ha-ports"]')).first().locator('[data-column="loadBalancer"]'),
        ).toHaveText('lb-internal');
        await filter.selectOption('lb-internal');
        await expect(planner.mappingRows.and(page.locator('[data-rule="https-in"]'))).toHaveCount(0);
        await expect(planner.mappingRows.and(page.locator('[data-rule="ha-ports"]'))).toHaveCount(2);
        await expect(planner.mappingTable.getByRole('columnheader', { name: 'Load balancer' })).toHaveCount(0);
      } else {
        // The phone's cards: each VM's sentence per load balancer it is behind, then only the filter's.
        const card = mapping.locator('li.vm-card[data-vm="nva1"]');
        await expect(card).toContainText('lb-public:');
        await expect(card).toContainText('lb-internal:');
        await filter.selectOption('lb-internal');
        await expect(card).toContainText('lb-internal:');
        await expect(card).not.toContainText('lb-public:');
      }
      const box = await filter.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(size.viewport.width);

      // One setting for both tabs: Diagnostics opens filtered to the same load balancer.
      await planner.openDiagnostics();
      const diagnosticsFilter = planner.diagnosticsRegion.getByRole('combobox', { name: 'Load balancer' });
      await expect(diagnosticsFilter).toHaveValue('lb-internal');
      await diagnosticsFilter.selectOption('');
      await expect(diagnosticsFilter).toHaveValue('');
    });
  });
}
