import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { scriptFileBytes } from '../src/core/scripts/fileBytes';
import { generateAll, generateScript } from '../src/core/scripts/generate';
import type { ScriptOptions } from '../src/core/scripts/types';
import { lbView } from '../src/core/topology/design';
import { loadTopology } from '../src/core/topology/load';
import { PlannerPage } from './pages/PlannerPage';
import { ScriptsPage, vmLabel } from './pages/ScriptsPage';

// The app's default topology, loaded here by the core, so the page is compared with the core's real output.
const loaded = loadTopology(JSON.parse(readFileSync(new URL('../public/examples/type2-floating-ip.json', import.meta.url), 'utf8')));
if (!loaded.ok) throw new Error('the default example does not load');
const TOPOLOGY = lbView(loaded.topology, 0);
const core = (vm: string, options: ScriptOptions) => generateScript(TOPOLOGY, vm, options).text;

test.describe('Scripts tab', () => {
  let planner: PlannerPage;
  let scripts: ScriptsPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    scripts = new ScriptsPage(page);
    await planner.goto();
    await scripts.open();
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('VM1 (windows) defaults to PowerShell; windows-netsh puts both frontend IPs on the loopback', async () => {
    await expect(scripts.vm).toHaveValue(vmLabel('VM1'));
    await expect(scripts.flavor).toHaveValue('windows-powershell');
    await scripts.flavor.selectOption('windows-netsh');
    await expect(scripts.fileName).toHaveText('VM1.windows-netsh.cmd');
    await expect(scripts.code).toContainText('netsh interface ipv4 add address "Loopback Pseudo-Interface 1" 65.52.0.1 255.255.255.255');
    await expect(scripts.code).toContainText('netsh interface ipv4 add address "Loopback Pseudo-Interface 1" 65.52.0.2 255.255.255.255');
    // A .cmd script has CRLF line ends; the HTML parser turns the highlighted markup's CRLF into LF on screen
    // (Copy and Download keep CRLF: see below).
    const netsh = core('VM1', { flavor: 'windows-netsh' });
    expect(netsh).toContain('\r\n');
    await scripts.waitForHighlighting();
    expect(await scripts.shownText(), 'highlighting keeps the text').toBe(netsh.replace(/\r\n/g, '\n'));
  });

  test('VM2 (ubuntu) adds /32 loopback addresses; rollback removes them', async () => {
    await scripts.pickVm('VM2');
    await expect(scripts.flavor).toHaveValue('ubuntu');
    await expect(scripts.fileName).toHaveText('VM2.ubuntu.sh');
    await expect(scripts.code).toContainText('ip addr add "$1" dev lo');
    await expect(scripts.code).toContainText('readonly -a LOOPBACK=(\n  65.52.0.1/32\n  65.52.0.2/32\n)');
    await expect(scripts.code).toContainText('lo_add "$address"');
    expect(await scripts.shownText()).toBe(core('VM2', { flavor: 'ubuntu' }));

    await scripts.rollback.check();
    await expect(scripts.fileName).toHaveText('VM2.ubuntu.rollback.sh');
    await expect(scripts.code).toContainText('readonly -a LOOPBACK=(\n  65.52.0.1/32\n  65.52.0.2/32\n)');
    await expect(scripts.code).toContainText('lo_del "$address"');
    await expect(scripts.code).not.toContainText('lo_add "$address"');
    expect(await scripts.shownText()).toBe(core('VM2', { flavor: 'ubuntu', rollback: true }));
  });

  test("doc-exact shows the page's /24 with the warning beside the toggle and in the diagnostics", async () => {
    await scripts.pickVm('VM2');
    await expect(scripts.warning).toHaveCount(0);
    await scripts.docExact.check();
    await expect(scripts.code).toContainText('sudo ip addr add 65.52.0.1/24 dev lo:0');
    await expect(scripts.warning).toContainText('/24');
    await expect(scripts.diagnostic('LoopbackPrefixTooWide')).toContainText('Warning');
    expect(await scripts.shownText()).toBe(core('VM2', { flavor: 'ubuntu', docExact: true }));
    // The Learn page has no RHEL commands: the toggle is off and disabled there rather than an error.
    await scripts.flavor.selectOption('rhel');
    await expect(scripts.docExact).toBeDisabled();
    await expect(scripts.code).not.toContainText('/24');
  });

  test('Download gives the shown script under its file name', async () => {
    await scripts.pickVm('VM2');
    await scripts.noPersist.check();
    const shown = await scripts.shownText();
    const file = await scripts.download(scripts.downloadButton);
    expect(file.name).toBe('VM2.ubuntu.sh');
    expect(file.bytes.toString('utf8')).toBe(shown);
    expect(shown).toBe(core('VM2', { flavor: 'ubuntu', persist: false }));
    await expect(scripts.status).toContainText('Downloaded VM2.ubuntu.sh');
  });

  test("Download all gives one zip with every VM's script and rollback", async () => {
    const file = await scripts.download(scripts.downloadAllButton);
    expect(file.name).toBe('Two_frontends_with_floating_IP__rule_type_2_.scripts.zip');
    const files = unzipSync(new Uint8Array(file.bytes));
    const expected = generateAll(TOPOLOGY);
    expect(Object.keys(files)).toEqual(expected.map((r) => r.fileName));
    expect(Object.keys(files)).toEqual([
      'VM1.windows-powershell.ps1',
      'VM1.windows-powershell.rollback.ps1',
      'VM2.ubuntu.sh',
      'VM2.ubuntu.rollback.sh',
    ]);
    // The bytes the CLI writes: each .ps1 with a UTF-8 byte-order mark (Windows PowerShell 5.1), the rest plain UTF-8.
    for (const r of expected) expect([...files[r.fileName]!], r.fileName).toEqual([...scriptFileBytes(r.fileName, r.text)]);
    expect(strFromU8(files['VM2.ubuntu.sh']!)).toBe(expected[2]!.text);
    expect([...files['VM1.windows-powershell.ps1']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await expect(scripts.status).toContainText('(4 scripts)');
  });

  test('Copy puts the plain text on the clipboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await scripts.pickVm('VM2');
    await scripts.waitForHighlighting();
    await scripts.copyButton.click();
    await expect(scripts.status).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(core('VM2', { flavor: 'ubuntu' }));

    // The copy is the core's text, not the page's: a .cmd script keeps its CRLF line ends.
    await scripts.pickVm('VM1');
    await scripts.flavor.selectOption('windows-netsh');
    await scripts.copyButton.click();
    await expect(scripts.status).toContainText('Copied VM1.windows-netsh.cmd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(core('VM1', { flavor: 'windows-netsh' }));
  });
});

test('the generators, highlighter and zip writer load only when first needed', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => {
    const m = /\/assets\/(scriptCore|highlighter|zipWriter)-/.exec(r.url());
    if (m) chunks.push(m[1]!);
  });
  const planner = new PlannerPage(page);
  const scripts = new ScriptsPage(page);
  await planner.goto();
  await expect(planner.mappingRows).toHaveCount(4);
  expect(chunks, 'nothing of the Scripts tab before it is opened').toEqual([]);
  await scripts.open();
  await scripts.waitForHighlighting();
  expect(chunks.sort()).toEqual(['highlighter', 'scriptCore']);
  await scripts.download(scripts.downloadAllButton);
  expect(chunks).toContain('zipWriter');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Scripts tab accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious or critical violations', async ({ page }) => {
      const planner = new PlannerPage(page);
      const scripts = new ScriptsPage(page);
      await planner.goto();
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await scripts.open();
      await scripts.pickVm('VM2');
      // Doc-exact brings the warning and a diagnostic on screen, so their colours are checked too.
      await scripts.docExact.check();
      await scripts.waitForHighlighting();
      expect(await scripts.seriousAccessibilityViolations()).toEqual([]);
      // The VM picker open from the keyboard: the combobox, its listbox and the highlighted option.
      await scripts.vm.focus();
      await page.keyboard.press('ArrowDown');
      await expect(scripts.panel.getByRole('listbox', { name: 'VM', exact: true }).getByRole('option')).toHaveCount(2);
      await expect(scripts.vm).toHaveAttribute('aria-activedescendant', /.+/);
      expect(await scripts.seriousAccessibilityViolations()).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(scripts.vm).toHaveAttribute('aria-expanded', 'false');
      expect(planner.errors).toEqual([]);
    });
  });
}
