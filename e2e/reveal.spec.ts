import { expect, test } from '@playwright/test';
import { CanvasPage } from './pages/CanvasPage';
import { PlannerPage } from './pages/PlannerPage';

// revealSelection(): a panel outside the canvas selects elements and asks the canvas to bring them into view.
test.describe('revealing the selection on the canvas', () => {
  let canvas: CanvasPage;
  let planner: PlannerPage;

  test.beforeEach(async ({ page }) => {
    canvas = new CanvasPage(page);
    planner = new PlannerPage(page);
    await planner.goto();
    await canvas.settled();
  });

  test.afterEach(() => {
    expect(canvas.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  const view = () => canvas.region.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

  test('selecting on the canvas leaves the view; a diagnostic’s Select moves it to the element', async () => {
    const start = await view();
    await canvas.node('rule:rule1').click();
    await canvas.settled();
    expect(await view(), 'a click on the canvas is no reveal').toBe(start);

    await planner.openDiagnostics();
    await planner.diagnostics
      .first()
      .getByRole('button', { name: /^Select / })
      .click();
    await canvas.settled();
    await expect(canvas.node('rule:rule1')).toHaveClass(/selected/);
    expect(await view(), 'the diagnostic’s Select reveals its elements').not.toBe(start);
  });
});
