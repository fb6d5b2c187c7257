import { expect, test } from '@playwright/test';
import { LanguagePage } from './pages/LanguagePage';
import { JAPANESE, LessonPage } from './pages/LessonPage';
import { PlannerPage } from './pages/PlannerPage';
import { FIRST_ITEMS } from '../src/lib/useRenderWindow';

// Issue 18: the Japanese catalogs and the lesson are chunks of their own, fetched only when the user asks for them.
const JAPANESE_CHUNK = /\/messages-ja-[^/]*\.js$/;
const LESSON_CHUNK = /\/LessonPanel-[^/]*\.js$/;
const DAGRE_CHUNK = /\/dagre[^/]*\.js$/;
// Nor what only sharing, a share link or an import needs: lz-string's compressor, the share dialogs, the core's
// import, script and check English.
const NOT_AT_START = /\/(encodeShareLink|ShareDialogs|enLate)-[^/]*\.js$/;

test('an English start fetches neither the Japanese catalogs nor the lesson; choosing them fetches each once', async ({ page }) => {
  const planner = new PlannerPage(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await planner.goto();
  await expect(planner.mappingTable).toBeVisible();
  expect(
    scripts.filter((s) => JAPANESE_CHUNK.test(s) || LESSON_CHUNK.test(s)),
    'nothing Japanese, no lesson yet',
  ).toEqual([]);
  expect(scripts.filter((s) => NOT_AT_START.test(s))).toEqual([]);
  // The built-in example stores no positions: dagre lays it out before the first render.
  expect(scripts.filter((s) => DAGRE_CHUNK.test(s))).toHaveLength(1);

  await new LanguagePage(page).choose('ja');
  await expect(page.getByRole('button', { name: 'フロントエンドを追加' })).toBeVisible();
  expect(scripts.filter((s) => JAPANESE_CHUNK.test(s))).toHaveLength(1);

  const lesson = new LessonPage(page, JAPANESE);
  await lesson.button.click();
  await expect(lesson.panel).toBeVisible();
  await expect(lesson.heading).toBeFocused();
  expect(scripts.filter((s) => LESSON_CHUNK.test(s))).toHaveLength(1);
  expect(planner.errors).toEqual([]);
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('renders in Japanese from the first paint: the first render waits for the catalogs', async ({ page }) => {
    // Watches every DOM change from the very start for the English label of the language picker.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if ([...document.querySelectorAll('label')].some((l) => l.textContent === 'Language'))
          (window as { sawEnglish?: boolean }).sawEnglish = true;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const planner = new PlannerPage(page);
    await planner.goto();
    await expect(page.getByRole('combobox', { name: '言語' })).toHaveValue('ja');
    await expect(page.getByRole('button', { name: 'フロントエンドを追加' })).toBeVisible();
    expect(await page.evaluate(() => (window as { sawEnglish?: boolean }).sawEnglish ?? false), 'no English label painted first').toBe(
      false,
    );
    expect(planner.errors).toEqual([]);
  });
});

// The tabs' code: none of Trace, Scripts, NSG and Export is needed for the first screen.
const TAB_CHUNKS = {
  Trace: /\/TracePanel-[^/]*\.js$/,
  Scripts: /\/ScriptsPanel-[^/]*\.js$/,
  NSG: /\/NsgPanel-[^/]*\.js$/,
  Export: /\/ExportPanel-[^/]*\.js$/,
};
// The core's import, script and check English catalogs (core/i18n/enLate.ts) come with the Scripts and Export tabs.
const LATE_ENGLISH_CHUNK = /\/enLate-[^/]*\.js$/;

test('each heavy tab fetches its code on its first opening only; a hidden analysis tab has nothing in the DOM', async ({ page }) => {
  const planner = new PlannerPage(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await planner.goto();
  await expect(planner.mappingRows.first()).toBeVisible();
  for (const chunk of [...Object.values(TAB_CHUNKS), LATE_ENGLISH_CHUNK]) expect(scripts.filter((s) => chunk.test(s))).toEqual([]);
  // The Diagnostics tab is hidden: its findings are not rendered at all, only counted on the tab.
  await expect(page.locator('[role="tabpanel"] li')).toHaveCount(0);
  await planner.openDiagnostics();
  await expect(planner.diagnostics.first()).toBeVisible();
  // …and the hidden Mapping tab has no rows in the DOM (a CSS locator, which counts hidden elements too).
  await expect(page.locator('.mapping-table tbody tr')).toHaveCount(0);

  for (const [name, chunk] of Object.entries(TAB_CHUNKS)) {
    const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
    await tab.click();
    await expect(
      page
        .getByRole('tabpanel', { name: new RegExp(`^${name}`) })
        .locator('> *')
        .first(),
    ).toBeVisible();
    await planner.openMapping();
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    expect(
      scripts.filter((s) => chunk.test(s)),
      name,
    ).toHaveLength(1);
  }
  await expect(page.getByRole('tabpanel', { name: /^Export/ }).locator('pre')).toContainText('az network lb');
  expect(scripts.filter((s) => LATE_ENGLISH_CHUNK.test(s))).toHaveLength(1);
  expect(planner.errors).toEqual([]);
});

test('the mapping pages a large topology, yet selecting a rule that sorts beyond the page shows its rows', async ({ page }) => {
  const planner = new PlannerPage(page);
  // ?bench=small: 90 rules on pools of 29 VMs, 2,610 mapping rows; the first page holds rule0 to rule3.
  await page.goto('/?bench=small');
  await expect(page.locator('.react-flow__node[data-id$="/rule:rule1"]')).toBeVisible({ timeout: 60_000 });
  const rule45 = planner.mappingRows.and(page.locator('[data-rule="rule45"]'));
  // A page of 100 rows (so says aria-rowcount, the header row included), of which the first screenful is rendered; the
  // rest come as the table scrolls.
  await expect(planner.mappingTable).toHaveAttribute('aria-rowcount', '101');
  await expect(planner.mappingRows).toHaveCount(FIRST_ITEMS);
  await planner.mappingRows.last().scrollIntoViewIfNeeded();
  await expect(planner.mappingRows).not.toHaveCount(FIRST_ITEMS);
  await expect(rule45).toHaveCount(0);

  await planner.openDiagnostics();
  // 90 NoProbe warnings: one group, closed until opened.
  await planner.openDiagnosticGroup('NoProbe');
  await page.getByRole('button', { name: 'Select rule45', exact: true }).click();
  await planner.openMapping();
  await expect(rule45).toHaveCount(29);
  // The selected rule's rows are rendered however far down they lie.
  await expect(planner.mappingRows).toHaveCount(129);
  await expect(rule45.first()).toHaveClass(/mapping-row--selected/);
  await expect(page.getByText('The 29 rows of the selected rule rule45 are added at the end of the table.')).toBeVisible();
  expect(planner.errors).toEqual([]);
});
