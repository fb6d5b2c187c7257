import { expect, test } from '@playwright/test';
import { readAzureFixture } from '../src/core/testing/fixtures';
import { LanguagePage } from './pages/LanguagePage';
import { PlannerPage } from './pages/PlannerPage';

test.describe('English and Japanese', () => {
  let planner: PlannerPage;
  let language: LanguagePage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    language = new LanguagePage(page);
    await planner.goto();
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('starts in English in an English browser, with <html lang="en">', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(language.picker).toHaveValue('en');
    await expect(page.getByRole('button', { name: 'Add Frontend' })).toBeVisible();
  });

  test('switching to 日本語 translates the canvas, inspector and diagnostics, and survives a reload', async ({ page }) => {
    await language.choose('ja');
    const canvas = page.getByRole('region', { name: 'キャンバス' });
    // Palette and node kinds use Microsoft's Japanese terms.
    await expect(page.getByRole('toolbar', { name: '要素を追加' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'フロントエンドを追加' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'バックエンド プールを追加' })).toBeVisible();
    await expect(canvas.locator('.fp-node__kind').filter({ hasText: '負荷分散規則' }).first()).toBeVisible();
    await expect(canvas.locator('[data-tone="on"]').first()).toHaveText('フローティング IP 有効');
    // Inspector field labels (the load balancer is shown when nothing is selected).
    const inspector = page.getByRole('complementary', { name: 'インスペクター' });
    await expect(inspector.getByLabel('トポロジ名')).toBeVisible();
    await expect(inspector.getByLabel('ロード バランサー名')).toBeVisible();
    // A real diagnostic of the default example, in Japanese; the code stays Azure's/Floatplan's identifier.
    await page.getByRole('tab', { name: /^診断/ }).click();
    const panel = page.getByRole('tabpanel', { name: /^診断/ });
    const guest = panel.getByRole('listitem').filter({ has: page.locator('code', { hasText: /^FloatingIpGuestConfigRequired$/ }) });
    await expect(guest).toHaveCount(2);
    await expect(guest.first()).toContainText('ループバック インターフェイス');
    await expect(guest.first()).toContainText('情報');
    await expect(guest.first()).not.toContainText('every VM in its pool');
    // The mapping table too.
    await page.getByRole('tab', { name: /^マッピング/ }).click();
    await expect(page.getByRole('table', { name: '負荷分散規則ごとに各 VM が受信する内容' })).toBeVisible();

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(language.picker).toHaveValue('ja');
    await expect(page.getByRole('button', { name: 'フロントエンドを追加' })).toBeVisible();
  });

  test('switching back to English restores the English texts', async ({ page }) => {
    await language.choose('ja');
    await expect(page.getByRole('button', { name: 'フロントエンドを追加' })).toBeVisible();
    await language.choose('en');
    await expect(page.getByRole('button', { name: 'Add Frontend' })).toBeVisible();
    await planner.openDiagnostics();
    await expect(planner.diagnostic('FloatingIpGuestConfigRequired').first()).toContainText('every VM in its pool');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the delete dialog says what breaks in Japanese', async ({ page }) => {
    await language.choose('ja');
    await page.locator('.react-flow__node[data-id$="/backendPool:pool"] .fp-node__name').click();
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('規則 rule1 のバックエンド プールがなくなります。');
    await expect(dialog).not.toContainText('loses its');
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    await expect(page.locator('.react-flow__node[data-id$="/backendPool:pool"]')).toBeVisible();
  });

  test('the Import dialog lists import diagnostics in Japanese, paths and names as they are', async ({ page }) => {
    await language.choose('ja');
    await page.getByRole('banner').getByRole('button', { name: 'ファイル', exact: true }).click();
    await page.getByRole('menu').getByRole('menuitem', { name: 'インポート…' }).click();
    const dialog = page.getByRole('dialog', { name: 'ロード バランサーの定義をインポート' });
    // The SAP SCS template without a value for its stackType parameter (no defaultValue).
    await dialog.getByRole('textbox').first().fill(readAzureFixture('sap-multisid-lb-SCS.json'));
    await dialog.getByRole('button', { name: 'インポート', exact: true }).click();
    const findings = dialog.locator('.interop-findings');
    await expect(findings).toContainText("パラメーター 'stackType' に値がありません");
    // The app names its parameter form where the CLI says --param (src/i18n/appWording.ja.ts).
    await expect(findings).toContainText("パラメーター 'stackType' に値がありません。パラメーター フォームに入力してください");
    await expect(findings).not.toContainText('--param');
    await expect(findings).not.toContainText('has no value');
  });

  test('axe finds no serious or critical violations in Japanese', async () => {
    await language.choose('ja');
    expect(await planner.seriousAccessibilityViolations()).toEqual([]);
  });
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('starts in Japanese, with <html lang="ja"> from the first paint', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('combobox', { name: '言語' })).toHaveValue('ja');
    await expect(page.getByRole('button', { name: 'フロントエンドを追加' })).toBeVisible();
  });
});
