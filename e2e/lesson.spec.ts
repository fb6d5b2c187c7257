import { expect, test } from '@playwright/test';
import { buildQuiz } from '../src/core/lesson/quiz';
import { lessonSteps } from '../src/core/lesson/steps';
import { lessonTopologies } from '../src/core/lesson/topologies';
import { traceFlow } from '../src/core/trace/trace';
import { example } from './examples';
import { CanvasPage } from './pages/CanvasPage';
import { JAPANESE, LessonPage } from './pages/LessonPage';
import { PlannerPage } from './pages/PlannerPage';
import { ToolbarPage } from './pages/ToolbarPage';
import { TracePage } from './pages/TracePage';
import { WelcomePage } from './pages/WelcomePage';

const CONFLICT = 'RulesUseSameBackendPortProtocolAndPool';
const TYPE1 = 'Two frontends without floating IP (rule type 1)';
// The lesson as the core builds it from the default example: the page must show the same steps.
const STEPS = lessonSteps(example('type2-floating-ip'));
const CLUSTER = lessonTopologies(example('type2-floating-ip')).cluster;
const QUIZ = buildQuiz(lessonTopologies(example('type2-floating-ip')));

test.describe.configure({ timeout: 60_000 }); // axe and a full walk-through take a while on a busy 2-core machine

test.describe('guided lesson', () => {
  let planner: PlannerPage;
  let lesson: LessonPage;
  let canvas: CanvasPage;
  let toolbar: ToolbarPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    lesson = new LessonPage(page);
    canvas = new CanvasPage(page);
    toolbar = new ToolbarPage(page);
    await planner.goto();
    // The user's own work: the type 1 example, which the lesson must give back.
    await planner.choosePreset('type1-no-port-reuse.json');
    await expect(toolbar.topologyName).toHaveText(TYPE1);
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('walks through the steps on the real canvas, the quiz, and gives the user’s topology back', async ({ page }) => {
    await lesson.button.click();
    await expect(lesson.panel).toContainText('replaces the topology on the canvas');
    await expect(lesson.panel).toContainText('Leave lesson');
    await expect(toolbar.topologyName, 'nothing replaced before Start').toHaveText(TYPE1);
    // The panel lies over the inspector, which is inert meanwhile (no focus lands in what cannot be seen).
    const inspectorAside = page.getByRole('complementary', { name: 'Inspector', includeHidden: true });
    await expect(inspectorAside).toHaveAttribute('inert', '');
    await lesson.action('Start the lesson').click();

    // Step 1: the lesson topology on the canvas, the real diagnostic in the panel and in the Diagnostics tab.
    await expect(lesson.stepOf).toHaveText(`Step 1 of ${STEPS.length}`);
    await expect(lesson.heading).toHaveText('Two services on port 80 on the same VMs');
    await expect(lesson.heading).toBeFocused();
    await expect(toolbar.topologyName).toHaveText('Lesson: two services on port 80, floating IP off');
    for (const id of ['frontend:FIP1', 'frontend:FIP2', 'rule:rule1', 'rule:rule2', 'backendPool:pool', 'vm:VM1', 'vm:VM2']) {
      await expect(canvas.node(id)).toBeVisible();
    }
    await expect(lesson.diagnostic(CONFLICT)).toHaveCount(1);
    await expect(lesson.diagnostic(CONFLICT)).toContainText('rule1');
    await expect(canvas.node('rule:rule1')).toHaveClass(/selected/);
    await expect(canvas.region.locator('.fp-edge--traced')).toHaveCount(2);
    // The step opens the Diagnostics tab by itself.
    await expect(page.getByRole('tab', { name: /^Diagnostics/ })).toHaveAttribute('aria-selected', 'true');
    await expect(planner.diagnostic(CONFLICT)).toHaveCount(1);

    // Step 2: the learner's switch turns the error off; each VM now receives the frontend IP.
    await lesson.next();
    await expect(lesson.stepOf).toHaveText(`Step 2 of ${STEPS.length}`);
    await expect(lesson.heading).toBeFocused();
    await expect(canvas.node('rule:rule2')).toHaveClass(/selected/);
    await expect(lesson.destination('rule2', 'VM1')).toHaveText('10.0.0.4:80');
    await lesson.action('Turn floating IP on for rule1, rule2').click();
    await expect(lesson.panel.getByRole('status').first()).toContainText(`the ${CONFLICT} error is gone`);
    await expect(planner.diagnostic(CONFLICT)).toHaveCount(0);
    await expect(lesson.destination('rule2', 'VM1')).toHaveText('65.52.0.2:80');
    await expect(lesson.destination('rule1', 'VM2')).toHaveText('65.52.0.1:80');
    // … and the Trace tab, opened by the step on the selected rule2, draws it live: the destination stays the frontend IP.
    const trace = new TracePage(page);
    await expect(trace.tab).toHaveAttribute('aria-selected', 'true');
    await expect(trace.ruleShown).toHaveText('rule2');
    await expect(trace.stepper).toHaveAccessibleName('Hops, floating IP on');
    await trace.forward.click();
    await expect(trace.header('dstIp')).toContainText('65.52.0.2');
    await expect(trace.header('dstIp')).toContainText('Same');

    // Steps 3 and 4 show the topology's own addresses; step 3 opens the Scripts tab.
    await lesson.next();
    await expect(page.getByRole('tab', { name: 'Scripts', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(lesson.panel).toContainText('weakhostreceive=enabled weakhostsend=enabled');
    await expect(lesson.panel).toContainText('VM1 needs 65.52.0.1, 65.52.0.2');
    await lesson.next();
    await expect(lesson.panel).toContainText('168.63.129.16');

    // Step 5: a cluster VIP lives on the active node only; the Trace tab shows the passive node never gets the flow.
    await lesson.next();
    await expect(lesson.stepOf).toHaveText(`Step 5 of ${STEPS.length}`);
    await expect(lesson.heading).toHaveText('Why a cluster VIP lives on one node, not on every node');
    await expect(toolbar.topologyName).toHaveText(CLUSTER.name);
    await expect(canvas.node('backendPool:pool')).toContainText('WSFC cluster');
    await expect(lesson.destination('rule1', 'VM2')).toHaveText('65.52.0.1:80');
    await expect(lesson.panel.locator('tr[data-rule="rule1"][data-vm="VM2"]')).toContainText('cluster');
    const passive = traceFlow(CLUSTER, { rule: 'rule1', vm: 'VM2' });
    if (!passive.ok) throw new Error(passive.error);
    await expect(lesson.panel).toContainText(passive.trace.hops[1]!.note);
    await expect(lesson.panel).toContainText(passive.trace.cluster!.failover);
    // The Trace tab opens on rule1 and its active node; picking the passive node shows the hops that are never sent.
    await expect(trace.tab).toHaveAttribute('aria-selected', 'true');
    await expect(trace.ruleShown).toHaveText('rule1');
    await expect(trace.vm).toHaveValue('VM1');
    await trace.vm.selectOption('VM2');
    for (const [i, hop] of passive.trace.hops.entries()) {
      if (hop.notReached) await expect(trace.hopItems.nth(i)).toHaveAttribute('data-status', 'not-reached');
      else await expect(trace.hopItems.nth(i)).not.toHaveAttribute('data-status', 'not-reached');
    }

    // Step 6: the quiz, one right and one wrong answer, with feedback.
    await lesson.next();
    await expect(lesson.heading).toHaveText('Quiz');
    await lesson.answer('destination-floating', '65.52.0.2:80');
    await expect(lesson.question('destination-floating')).toContainText('Correct.');
    await lesson.answer('destination-other-port', '10.0.0.5:80');
    await expect(lesson.question('destination-other-port')).toContainText('Not quite: the answer is 10.0.0.5:81');
    await expect(lesson.question('destination-other-port')).toContainText('NIC IP (10.0.0.5)');
    await expect(lesson.panel).toContainText(`2 of ${QUIZ.length} answered`);

    // Leaving puts the user's topology back and hands focus to the Lesson button.
    await lesson.leave();
    await expect(lesson.button).toBeFocused();
    await expect(inspectorAside).not.toHaveAttribute('inert');
    await expect(toolbar.topologyName).toHaveText(TYPE1);
    await planner.openMapping();
    await expect(planner.destination('rule2', 'VM1')).toHaveText('10.0.0.4:81');
    await expect(canvas.region.locator('.fp-edge--traced')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('floatplan.lesson.before.v1'))).toBeNull();
  });

  test('Escape leaves the lesson; Undo also steps back to the user’s topology', async ({ page }) => {
    await lesson.start();
    await expect(toolbar.topologyName).toHaveText(/^Lesson: /);
    await page.keyboard.press('Escape');
    await expect(lesson.panel).toHaveCount(0);
    await expect(toolbar.topologyName).toHaveText(TYPE1);

    await lesson.start();
    await expect(toolbar.topologyName).toHaveText(/^Lesson: /);
    await toolbar.undoButton.click();
    await expect(toolbar.topologyName).toHaveText(TYPE1);
  });

  test('a reload during the lesson offers the user’s topology back', async ({ page }) => {
    await lesson.start();
    await expect(toolbar.topologyName).toHaveText(/^Lesson: /);
    await page.reload();
    await expect(lesson.panel).toContainText('The lesson was still open');
    await lesson.action('Put my topology back').click();
    await expect(lesson.panel).toHaveCount(0);
    await expect(toolbar.topologyName).toHaveText(TYPE1);
  });
});

test('the lesson in Japanese', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('floatplan.language', 'ja'));
  const planner = new PlannerPage(page);
  const lesson = new LessonPage(page, JAPANESE);
  await page.goto('/');
  await lesson.start();
  await expect(lesson.heading).toHaveText('同じ VM のポート 80 で 2 つのサービス');
  await expect(lesson.diagnostic(CONFLICT)).toHaveCount(1);
  await expect(lesson.diagnostic(CONFLICT)).toContainText('フローティング IP');
  await lesson.goToStep(STEPS.length);
  await expect(lesson.heading).toHaveText('クイズ');
  await lesson.answer('destination-floating', '10.0.0.4:80');
  await expect(lesson.question('destination-floating')).toContainText('残念: 正解は 65.52.0.2:80 です。');
  await expect(lesson.question('destination-floating')).toContainText('ループバック インターフェイス');
  await lesson.leave();
  expect(planner.errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`lesson accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious or critical violations in the lesson panel', async ({ page }) => {
      const lesson = new LessonPage(page);
      await page.goto('/');
      await lesson.button.click();
      expect(await lesson.seriousAccessibilityViolations(), 'intro').toEqual([]);
      await lesson.action('Start the lesson').click();
      expect(await lesson.seriousAccessibilityViolations(), 'step 1').toEqual([]);
      await lesson.goToStep(2);
      await expect(lesson.diagram).toBeVisible();
      expect(await lesson.seriousAccessibilityViolations(), 'step 2, the diagram').toEqual([]);
      await lesson.goToStep(3);
      expect(await lesson.seriousAccessibilityViolations(), 'step 3').toEqual([]);
      await lesson.goToStep(5);
      await expect(lesson.heading).toHaveText(STEPS[4]!.title);
      expect(await lesson.seriousAccessibilityViolations(), 'step 5, the cluster').toEqual([]);
      await lesson.goToStep(STEPS.length);
      await lesson.answer('destination-floating', '65.52.0.2:80');
      await lesson.answer('probe', '65.52.0.1:8081');
      expect(await lesson.seriousAccessibilityViolations(), 'quiz').toEqual([]);
    });

    test('on a phone-sized screen the panel fits the width and passes axe', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const lesson = new LessonPage(page);
      await page.goto('/');
      await lesson.start();
      await lesson.next();
      await lesson.panel.scrollIntoViewIfNeeded();
      await expect(lesson.panel).toBeInViewport({ ratio: 0.1 });
      const box = (await lesson.panel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await lesson.seriousAccessibilityViolations()).toEqual([]);
    });
  });
}

// Issue 17: at each size every step fits all its nodes on the canvas, Next/Back are reachable without scrolling,
// nothing in the panel runs out sideways, step 2 draws the off/on diagram and the name follows the switch.
const LESSON_SIZES = [
  { name: '1440x900', width: 1440, height: 900, language: 'en' },
  { name: '1280x720', width: 1280, height: 720, language: 'en' },
  { name: '1280x720 Japanese', width: 1280, height: 720, language: 'ja' },
  { name: '390x844', width: 390, height: 844, language: 'en' },
] as const;

for (const size of LESSON_SIZES) {
  test(`the lesson at ${size.name}: all nodes in view, Next/Back reachable, nothing clipped, the name follows the switch`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await WelcomePage.skip(page);
    if (size.language === 'ja') await page.addInitScript(() => localStorage.setItem('floatplan.language', 'ja'));
    const planner = new PlannerPage(page);
    const lesson = new LessonPage(page, size.language === 'ja' ? JAPANESE : undefined);
    const names = lessonTopologies(example('type2-floating-ip'), size.language);
    const steps = lessonSteps(example('type2-floating-ip'), size.language);
    await page.goto('/');
    await lesson.start();
    const tagline = page.locator('.app-tagline');
    for (const [i, step] of steps.entries()) {
      await expect(lesson.stepOf).toContainText(String(i + 1));
      await expect(lesson.heading).toHaveText(step.title);
      // The fit may animate: wait for it to settle on every node inside the canvas.
      await expect.poll(() => lesson.nodesOutsideCanvas(), { message: `step ${i + 1}: nodes outside the canvas` }).toEqual([]);
      // The step's nodes are highlighted (selected): its focus and every node its wires join.
      for (const ref of step.focus)
        await expect(
          page.locator(`.react-flow__node:is([data-id="${ref.kind}:${ref.name}"], [data-id$="/${ref.kind}:${ref.name}"])`),
        ).toHaveClass(/selected/);
      const next = lesson.action(lesson.words.next);
      const back = lesson.action(lesson.words.back);
      if (i < steps.length - 1) expect(await lesson.reachable(next), `step ${i + 1}: Next reachable`).toBe(true);
      if (i > 0) expect(await lesson.reachable(back), `step ${i + 1}: Back reachable`).toBe(true);
      expect(await lesson.horizontalOverflow(), `step ${i + 1}: nothing runs out sideways`).toBeLessThanOrEqual(0);
      if (step.id === 'floating') {
        for (const id of ['frontend:FIP2', 'vm:VM1', 'vm:VM2'])
          await expect(page.locator(`.react-flow__node:is([data-id="${id}"], [data-id$="/${id}"])`)).toHaveClass(/selected/);
        await expect(lesson.diagram).toBeVisible();
        await expect(tagline).toHaveText(names.refused.name);
        await lesson.floatingSwitch.click();
        await expect(tagline).toHaveText(names.floating.name);
        await expect(lesson.panel.locator('.lesson__status')).toContainText(size.language === 'ja' ? '有効' : 'is on');
        expect(await lesson.horizontalOverflow(), 'step 2 switched on: nothing runs out sideways').toBeLessThanOrEqual(0);
        await lesson.floatingSwitch.click();
        await expect(tagline).toHaveText(names.refused.name);
        await lesson.floatingSwitch.click();
        await expect(tagline).toHaveText(names.floating.name);
      }
      if (i < steps.length - 1) {
        await next.click();
        await expect(lesson.stepOf).toContainText(String(i + 2));
      }
    }
    // No page scroll was needed on a wide screen.
    if (size.width > 900) expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await lesson.leave();
    expect(planner.errors).toEqual([]);
  });
}

test('step 2’s diagram fits the panel, and at full size scrolls inside its own frame', async ({ page }) => {
  await WelcomePage.skip(page);
  const lesson = new LessonPage(page);
  await page.goto('/');
  await lesson.start();
  await lesson.next();
  await expect(lesson.diagram).toBeVisible();
  const frame = lesson.panel.getByRole('region', { name: 'Floating IP off and on, diagram' });
  const fitted = (await lesson.diagram.boundingBox())!;
  expect(fitted.width).toBeLessThanOrEqual((await frame.boundingBox())!.width + 1);
  await lesson.action('Show full size').click();
  await expect(lesson.action('Fit to the panel')).toHaveAttribute('aria-pressed', 'true');
  expect((await lesson.diagram.boundingBox())!.width).toBeGreaterThan(fitted.width);
  expect(await lesson.horizontalOverflow()).toBeLessThanOrEqual(0);
  expect(await lesson.seriousAccessibilityViolations()).toEqual([]);
});
