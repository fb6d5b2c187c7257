import { expect, test, type Page } from '@playwright/test';
import { InspectorPage } from './pages/InspectorPage';
import { LanguagePage } from './pages/LanguagePage';
import { PlannerPage } from './pages/PlannerPage';
import { ScalePage } from './pages/ScalePage';
import { vmLabel } from './pages/ScriptsPage';

// Issue 17, the VM-centred answer: selecting a VM highlights its mapping rows and the inspector says what its guest
// must hold, listen on and answer, with a "Get script" that opens the Scripts tab on it; a phone shows per-VM cards.
// The default example is type2-floating-ip: VM1 (Windows, 10.0.0.4) and VM2 (Ubuntu, 10.0.0.5) behind FIP1 65.52.0.1
// and FIP2 65.52.0.2, port 80, probes health1 :8081 and health2 :8082.

type Language = 'en' | 'ja';
const WORDS = {
  en: { mapping: /^Mapping/, scripts: /^Scripts/, getScriptFor: (vm: string) => `Get script for ${vm}` },
  ja: { mapping: /^マッピング/, scripts: /^スクリプト/, getScriptFor: (vm: string) => `${vm} のスクリプトを表示` },
} as const;
const SENTENCE = {
  en: 'VM1 holds 65.52.0.1 and 65.52.0.2 on a loopback, listens on :80, probes on :8081 and :8082.',
  ja: 'VM1 はループバックに 65.52.0.1、65.52.0.2 を保持します。待ち受け: :80。プローブ: :8081、:8082。',
};

async function open(page: Page, size: { width: number; height: number }, language: Language) {
  await page.setViewportSize(size);
  const planner = new PlannerPage(page);
  const inspector = new InspectorPage(page, planner);
  await planner.goto();
  if (language !== 'en') await chooseLanguage(page, language);
  await openTab(page, WORDS[language].mapping);
  return { planner, inspector };
}

/** The language picker, from the header or (on a phone) its menu. */
async function chooseLanguage(page: Page, language: Language) {
  const languages = new LanguagePage(page);
  if (!(await languages.picker.isVisible())) await page.getByRole('button', { name: /^(Menu|メニュー)$/ }).click();
  await languages.choose(language);
  await page.keyboard.press('Escape');
}

async function openTab(page: Page, name: RegExp) {
  const tab = page.getByRole('tab', { name });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** The Scripts tab's searchable VM picker (its first combobox), once the tab is shown. */
function scriptsVm(page: Page, language: Language) {
  return page.getByRole('tabpanel', { name: WORDS[language].scripts }).getByRole('combobox').first();
}

const DESKTOP = [
  { width: 1440, height: 900, language: 'en' },
  { width: 1280, height: 720, language: 'en' },
  { width: 1280, height: 720, language: 'ja' },
] as const;

for (const { width, height, language } of DESKTOP) {
  test.describe(`the VM answer at ${width}×${height}, ${language}`, () => {
    test('selecting VM1 in the mapping highlights its rows and the inspector answers; Get script opens its script', async ({ page }) => {
      const { planner, inspector } = await open(page, { width, height }, language);
      await inspector.selectVmFromMapping('VM1');

      // Its rows of the mapping, and only its, are marked.
      await expect(planner.vmRows('VM1')).toHaveCount(2);
      for (const row of await planner.vmRows('VM1').all()) await expect(row).toHaveAttribute('aria-current', 'true');
      for (const row of await planner.vmRows('VM2').all()) await expect(row).not.toHaveAttribute('aria-current', 'true');
      await expect(planner.vmRows('VM1').first()).toHaveClass(/mapping-row--vm/);

      // The guest summary: both frontend IPs on Windows' loopback, port 80 on each, both probe ports on the NIC.
      const holds = inspector.guestFact('VM1', 'holds');
      await expect(holds).toHaveCount(2);
      await expect(holds.nth(0)).toContainText('65.52.0.1');
      await expect(holds.nth(1)).toContainText('65.52.0.2');
      await expect(holds.nth(0)).toContainText('Loopback Pseudo-Interface 1');
      await expect(inspector.guestFact('VM1', 'listens').locator('span').first()).toHaveText('65.52.0.1:80');
      await expect(inspector.guestFact('VM1', 'listens')).toHaveCount(2);
      await expect(inspector.guestFact('VM1', 'probes')).toHaveCount(2);
      await expect(inspector.guestFact('VM1', 'probes').nth(0)).toContainText('10.0.0.4:8081');
      await expect(inspector.guestFact('VM1', 'probes').nth(1)).toContainText('10.0.0.4:8082');
      await expect(inspector.guestFact('VM1', 'script').first()).toContainText('windows-powershell (VM1.windows-powershell.ps1)');

      // Pick VM2 in the Scripts tab first: Get script still opens VM1's.
      await openTab(page, WORDS[language].scripts);
      await scriptsVm(page, language).fill('VM2');
      await page
        .getByRole('tabpanel', { name: WORDS[language].scripts })
        .getByRole('option', { name: vmLabel('VM2') })
        .click();
      await expect(scriptsVm(page, language)).toHaveValue(vmLabel('VM2'));
      await inspector.getScript('VM1').click();
      await expect(page.getByRole('tab', { name: WORDS[language].scripts })).toHaveAttribute('aria-selected', 'true');
      await expect(scriptsVm(page, language)).toHaveValue(vmLabel('VM1'));
      await expect(page.getByRole('tabpanel', { name: WORDS[language].scripts }).locator('figure pre')).toContainText('65.52.0.2');
      expect(planner.errors).toEqual([]);
    });
  });
}

test.describe('the VM answer from the canvas, 1440×900', () => {
  test('clicking VM1 on the canvas highlights its rows and shows its summary', async ({ page }) => {
    const { planner, inspector } = await open(page, { width: 1440, height: 900 }, 'en');
    await page.locator('.react-flow__node .fp-node__name', { hasText: /^VM1$/ }).click();
    await expect(inspector.guestSummary('VM1')).toBeVisible();
    await expect(planner.vmRows('VM1').first()).toHaveAttribute('aria-current', 'true');
    // Another selection clears the mark.
    await page.locator('.react-flow__node .fp-node__name', { hasText: /^VM2$/ }).click();
    await expect(planner.vmRows('VM2').first()).toHaveAttribute('aria-current', 'true');
    await expect(planner.vmRows('VM1').first()).not.toHaveAttribute('aria-current', 'true');
    expect(planner.errors).toEqual([]);
  });
});

test.describe('the VM answer on ~1,000 elements, 1440×900', () => {
  test.setTimeout(120_000);

  test('a VM found far down the mapping gets its rows added to the page and scrolled into view', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const scale = new ScalePage(page);
    const planner = new PlannerPage(page);
    const inspector = new InspectorPage(page, planner);
    await scale.openBench();
    await openTab(page, WORDS.en.mapping);
    await scale.findWithKeyboard('vm433');
    // The summary waits for the analysis (a worker at this size), then answers for vm433 alone.
    await expect(inspector.guestFact('vm433', 'script').first()).toBeVisible({ timeout: 60_000 });
    const rows = planner.vmRows('vm433');
    await expect(rows.first()).toHaveAttribute('aria-current', 'true');
    await expect(page.getByText(/The \d+ rows of the selected VM vm433 are added at the end of the table\./)).toBeVisible();
    await expect(rows.first()).toBeInViewport();
    // Only vm433's rows are marked.
    expect(await page.locator('table tbody tr[aria-current="true"]').count()).toBe(await rows.count());
    expect(scale.errors).toEqual([]);
  });
});

for (const language of ['en', 'ja'] as const) {
  test.describe(`the phone's mapping, 390×844, ${language}`, () => {
    test('shows one card per VM instead of the table, and Get script opens that VM', async ({ page }) => {
      const { planner } = await open(page, { width: 390, height: 844 }, language);
      await expect(planner.vmCards).toHaveCount(2);
      await expect(page.locator('table.mapping-table, .mapping-table table')).toHaveCount(0);
      await expect(planner.vmCard('VM1').locator('.vm-card__sentence')).toHaveText(SENTENCE[language]);
      // The cards fit the phone: nothing wider than the viewport.
      const box = (await planner.vmCard('VM1').boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      await planner
        .vmCard('VM1')
        .getByRole('button', { name: WORDS[language].getScriptFor('VM1') })
        .click();
      await expect(page.getByRole('tab', { name: WORDS[language].scripts })).toHaveAttribute('aria-selected', 'true');
      await expect(scriptsVm(page, language)).toHaveValue(vmLabel('VM1'));
      expect(planner.errors).toEqual([]);
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`VM answer accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    // axe over the whole page takes a while on a loaded machine.
    test.setTimeout(120_000);

    test('axe finds no serious or critical violations with a VM selected, 1440×900', async ({ page }) => {
      const { planner, inspector } = await open(page, { width: 1440, height: 900 }, 'en');
      await inspector.selectVmFromMapping('VM1');
      await expect(inspector.guestFact('VM1', 'holds')).toHaveCount(2);
      await expect(planner.vmRows('VM1').first()).toHaveAttribute('aria-current', 'true');
      expect(await planner.seriousAccessibilityViolations()).toEqual([]);
      expect(planner.errors).toEqual([]);
    });

    test('axe finds no serious or critical violations on the phone cards with a VM selected, 390×844', async ({ page }) => {
      const { planner } = await open(page, { width: 390, height: 844 }, 'en');
      await planner.vmCard('VM1').getByRole('button', { name: 'VM1', exact: true }).click();
      await openTab(page, WORDS.en.mapping);
      await expect(planner.vmCard('VM1')).toHaveAttribute('aria-current', 'true');
      expect(await planner.seriousAccessibilityViolations()).toEqual([]);
      expect(planner.errors).toEqual([]);
    });
  });
}
