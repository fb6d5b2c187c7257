import { expect, test } from '@playwright/test';
import { importDefinition } from '../src/core/import/importDefinition';
import { errorOf } from '../src/core/import/text';
import { readAzureFixture } from '../src/core/testing/fixtures';
import { analyzeTopology } from '../src/core/validation/analyzeTopology';
import { exportFileName } from '../src/features/interop/exportFile';
import { CanvasPage } from './pages/CanvasPage';
import { InspectorPage } from './pages/InspectorPage';
import { InteropPage } from './pages/InteropPage';
import { PlannerPage } from './pages/PlannerPage';
import { ToolbarPage } from './pages/ToolbarPage';

const DEFAULT_NAME = 'Two frontends with floating IP (rule type 2)';
const SQL_FILE = 'sql-alwayson-setupLBs.json';
const SQL_RULE = 'SQLAlwaysOnEndPointListener';
// The template's parameters have no defaults; these are the values a user would type for its listener.
const SQL_PARAMS = [
  'sqlLBName=sql-lb',
  'sqlLBFE=listener-fe',
  'sqlLBIPAddress=10.0.1.9',
  'sqlLBBE=sql-pool',
  'SQLAOProbe=sql-probe',
  'location=westeurope',
].join('\n');

test.describe('import and export', () => {
  let planner: PlannerPage;
  let interop: InteropPage;
  let canvas: CanvasPage;
  let inspector: InspectorPage;
  let toolbar: ToolbarPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    interop = new InteropPage(page);
    canvas = new CanvasPage(page);
    inspector = new InspectorPage(page, planner);
    toolbar = new ToolbarPage(page);
    await planner.goto();
    await expect(toolbar.topologyName).toHaveText(DEFAULT_NAME);
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  /** The rule on the canvas, its floating IP on and probe port 59999 in the inspector. */
  async function expectSqlListenerOnCanvas() {
    const rule = canvas.node(`rule:${SQL_RULE}`);
    await expect(rule).toBeVisible();
    await rule.locator('.fp-node__name').click();
    await expect(inspector.heading).toHaveText(`Rule ${SQL_RULE}`);
    await expect(inspector.floatingIp).toBeChecked();
    const probe = inspector.field('Probe');
    await expect(probe.locator('option:checked')).toContainText('59999');
  }

  test('pasting the SQL Always On template shows what was imported and opens it as one undoable step', async () => {
    await interop.openDialog();
    await interop.definition.fill(readAzureFixture(SQL_FILE));
    await expect(interop.format.locator('option:checked')).toHaveText('Automatic (detected: ARM template (JSON))');
    // The form lists every declared parameter; none has a default here, so each is marked required.
    await expect(interop.paramRows).toHaveCount(10);
    await expect(interop.dialog.locator('[data-parameter="sqlLBIPAddress"]')).toContainText('required: no default');
    for (const line of SQL_PARAMS.split('\n')) {
      const [name, value] = line.split('=') as [string, string];
      await interop.param(name).fill(value);
    }
    await interop.importAction.click();

    await expect(interop.summaryHeading).toBeFocused();
    await expect(interop.summaryHeading).toContainText('ARM template (JSON)');
    await expect(interop.count('frontends')).toHaveText('1');
    await expect(interop.count('backendPools')).toHaveText('1');
    await expect(interop.count('probes')).toHaveText('1');
    await expect(interop.count('rules')).toHaveText('1');
    // Nothing is replaced before the user confirms.
    await expect(toolbar.topologyName).toHaveText(DEFAULT_NAME);
    // The planner's own checks of the imported topology, as the core computes them.
    const imported = await importDefinition(readAzureFixture(SQL_FILE), {
      params: Object.fromEntries(SQL_PARAMS.split('\n').map((l) => l.split('=') as [string, string])),
    });
    if (!imported.ok) throw new Error(errorOf(imported));
    const found = analyzeTopology(imported.topology).diagnostics;
    const errors = found.filter((d) => d.severity === 'error');
    const warnings = found.filter((d) => d.severity === 'warning').length;
    const planner = interop.dialog.getByRole('region', { name: 'What the planner finds' });
    await expect(planner).toContainText(
      errors.length + warnings === 0 ? 'find no errors or warnings' : `find ${errors.length} error(s) and ${warnings} warning(s)`,
    );
    for (const e of errors.slice(0, 5)) await expect(planner).toContainText(e.code);

    await interop.openOnCanvas.click();
    await expect(interop.dialog).toHaveCount(0);
    await expect(toolbar.topologyName).not.toHaveText(DEFAULT_NAME);
    await expectSqlListenerOnCanvas();

    await toolbar.undoButton.click();
    await expect(toolbar.topologyName).toHaveText(DEFAULT_NAME);
    await expect(canvas.node(`rule:${SQL_RULE}`)).toHaveCount(0);
    await expect(canvas.node('rule:rule1')).toBeVisible();
  });

  test('the file chooser loads the template; without parameter values every placeholder is listed', async () => {
    await interop.openDialog();
    await interop.chooseFile(SQL_FILE, readAzureFixture(SQL_FILE));
    await expect(interop.definition).toHaveValue(readAzureFixture(SQL_FILE));
    await interop.importAction.click();
    await expect(interop.count('rules')).toHaveText('1');
    // The listener's name, address and ids are parameters without defaults: each is reported, with its JSON path.
    await expect(interop.findings.first()).toBeVisible();
    await expect(interop.dialog.getByRole('region', { name: 'Import diagnostics' })).toContainText('placeholder');
    await expect(interop.dialog.getByRole('region', { name: 'Import diagnostics' })).toContainText('frontendIPConfigurations');
    // In the app the fix names the dialog's parameter form, never the CLI's --param.
    const findings = interop.dialog.getByRole('region', { name: 'Import diagnostics' });
    await expect(findings).toContainText('enter its value in the parameter form');
    await expect(findings).not.toContainText('--param');
    // Eight parameters without a value say the same sentence: one row, seven more folded under it.
    await expect(findings.locator('tr[data-more="7"]')).toHaveCount(1);
    await expect(findings.locator('tr[data-more="7"]')).toContainText('… and 7 more like this');
    // The template declares no VMs: the dialog says what to do next.
    await expect(interop.dialog).toContainText('No VMs in this definition.');
    await interop.openOnCanvas.click();
    await expectSqlListenerOnCanvas();
  });

  test('an ARM parameters file fills the parameters; a value typed in the form overrides it', async () => {
    const values = {
      sqlLBName: 'from-file',
      sqlLBFE: 'listener-fe',
      sqlLBIPAddress: '10.0.1.9',
      sqlLBBE: 'sql-pool',
      SQLAOProbe: 'sql-probe',
      location: 'westeurope',
    };
    const parametersFile = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      contentVersion: '1.0.0.0',
      parameters: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])),
    });
    await interop.openDialog();
    await interop.definition.fill(readAzureFixture(SQL_FILE));
    await interop.parametersFile.setInputFiles({
      name: 'sql.parameters.json',
      mimeType: 'application/json',
      buffer: Buffer.from(parametersFile),
    });
    await expect(interop.dialog).toContainText('Using sql.parameters.json');
    await interop.importAction.click();
    await expect(interop.summaryHeading).toContainText('“from-file”');

    await interop.back.click();
    await interop.param('sqlLBName').fill('typed');
    await interop.importAction.click();
    await expect(interop.summaryHeading).toContainText('“typed”');
  });

  test('Cancel after a successful import changes nothing; Escape closes and gives the focus back', async ({ page }) => {
    await interop.openDialog();
    await interop.importText(readAzureFixture(SQL_FILE), SQL_PARAMS);
    await expect(interop.openOnCanvas).toBeVisible();
    await interop.cancel.click();
    await expect(interop.dialog).toHaveCount(0);
    await expect(toolbar.topologyName).toHaveText(DEFAULT_NAME);
    await expect(toolbar.undoButton).toBeDisabled();

    await interop.openDialog();
    await page.keyboard.press('Escape');
    await expect(interop.dialog).toHaveCount(0);
    await expect(interop.fileMenu).toBeFocused(); // the menu that opened the dialog
  });

  test('a file with two load balancers: both are imported, one can be picked alone, and it opens on the canvas', async () => {
    const lb = (name: string, ip: string, rule: string) => ({
      type: 'Microsoft.Network/loadBalancers',
      name,
      sku: { name: 'Standard' },
      properties: {
        frontendIPConfigurations: [
          { name: 'fe', properties: { privateIPAddress: ip, privateIPAllocationMethod: 'Static', subnet: { id: 's' } } },
        ],
        backendAddressPools: [{ name: 'pool' }],
        loadBalancingRules: [
          {
            name: rule,
            properties: {
              protocol: 'Tcp',
              frontendPort: 1433,
              backendPort: 1433,
              enableFloatingIP: true,
              frontendIPConfiguration: { id: 'fe' },
              backendAddressPool: { id: 'pool' },
            },
          },
        ],
      },
    });
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [lb('sql-lb-a', '10.0.1.9', 'listener-a'), lb('sql-lb-b', '10.0.2.9', 'listener-b')],
    };
    await interop.openDialog();
    await interop.importText(JSON.stringify(template, null, 2));
    // Every load balancer of the file by default, in one topology; picking one imports only it.
    await expect(interop.loadBalancer).toHaveValue('');
    await expect(interop.loadBalancer.locator('option')).toHaveText(['All 2, in one topology', 'sql-lb-a', 'sql-lb-b']);
    await expect(interop.findings.filter({ hasText: 'ImportIgnored' })).toHaveCount(0);

    await interop.loadBalancer.selectOption('sql-lb-b');
    await expect(interop.summaryHeading).toContainText('sql-lb-b');
    await expect(interop.loadBalancer).toHaveValue('sql-lb-b');
    await expect(interop.findings.filter({ hasText: 'ImportIgnored' })).toContainText('"sql-lb-a" (at resources[0]) is not imported');
    await interop.openOnCanvas.click();
    await expect(toolbar.topologyName).toHaveText('sql-lb-b');
    await expect(canvas.node('rule:listener-b')).toBeVisible();
    await expect(canvas.node('rule:listener-a')).toHaveCount(0);
  });

  test('choosing the .tf files of one configuration imports them as one (variables from one, the load balancer from another)', async () => {
    const variables = 'variable "ip" {\n  default = "10.0.1.9"\n}\n';
    const main =
      'resource "azurerm_lb" "cfg" {\n  name = "cfg-lb"\n  sku  = "Standard"\n  frontend_ip_configuration {\n    name = "fe"\n    subnet_id = "s"\n    private_ip_address = var.ip\n  }\n}\n';
    await interop.openDialog();
    await interop.fileInput.setInputFiles([
      { name: 'variables.tf', mimeType: 'text/plain', buffer: Buffer.from(variables) },
      { name: 'main.tf', mimeType: 'text/plain', buffer: Buffer.from(main) },
    ]);
    await expect(interop.fileStatus).toHaveText('Loaded main.tf, variables.tf.');
    await interop.importAction.click();
    await expect(interop.summaryHeading).toContainText('cfg-lb');
    await expect(interop.count('frontends')).toHaveText('1');
    await expect(interop.findings.filter({ hasText: 'var.ip' })).toHaveCount(0);
    await interop.back.click();
    await interop.fileInput.setInputFiles([
      { name: 'main.tf', mimeType: 'text/plain', buffer: Buffer.from(main) },
      { name: 'lb.json', mimeType: 'application/json', buffer: Buffer.from('{}') },
    ]);
    await expect(interop.fileStatus).toContainText('Several files are read together only as one Terraform configuration');
  });

  test('a malformed paste shows a clear error and keeps the text; bad parameter lines are named', async () => {
    await interop.openDialog();
    const broken = '{\n  "resources": [\n    { "type": "Microsoft.Network/loadBalancers", \n';
    await interop.importText(broken);
    await expect(interop.alert).toBeVisible();
    await expect(interop.alert).toContainText('Nothing was imported');
    await expect(interop.alert).toContainText(/JSON/);
    await expect(interop.definition).toHaveValue(broken);
    await expect(interop.definition).toHaveAttribute('aria-invalid', 'true');
    await expect(toolbar.topologyName).toHaveText(DEFAULT_NAME);

    // Valid JSON without a load balancer: said in plain words, once, and nothing changes.
    await interop.importText(
      '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": []}',
    );
    await expect(interop.alert).toContainText('No load balancer found');
    await expect(interop.alert.getByText(/No load balancer found/)).toHaveCount(1);
    await expect(toolbar.topologyName).toHaveText(DEFAULT_NAME);

    await interop.definition.fill(readAzureFixture(SQL_FILE));
    await expect(interop.alert).toHaveCount(0);
    await interop.fillParamLines('sqlLBName=sql-lb\nnot a pair');
    await interop.importAction.click();
    await expect(interop.dialog.getByRole('alert')).toHaveText('Line 2: “not a pair” has no “=”. Write name=value.');
    await expect(interop.openOnCanvas).toHaveCount(0);
  });

  test('dropping a template file on the window opens the dialog with it loaded; a .tf file too', async () => {
    const text = readAzureFixture(SQL_FILE);
    await interop.dropFile(SQL_FILE, text);
    await expect(interop.dialog).toBeVisible();
    await expect(interop.definition).toHaveValue(text);
    await expect(interop.fileStatus).toHaveText(`Loaded ${SQL_FILE}.`);
    await expect(toolbar.topologyName).toHaveText(DEFAULT_NAME);
    await interop.cancel.click();

    const tf = readAzureFixture('tf-sql-vm-lb.tf');
    await interop.dropFile('tf-sql-vm-lb.tf', tf, '');
    await expect(interop.definition).toHaveValue(tf);
    await expect(interop.format.locator('option:checked')).toHaveText('Automatic (detected: Terraform)');
  });

  test('a Terraform file dropped on the window imports through the dialog', async () => {
    await interop.dropFile('tf-sql-vm-lb.tf', readAzureFixture('tf-sql-vm-lb.tf'), '');
    await interop.importAction.click();
    // The HCL parser is WebAssembly, loaded on first use.
    await expect(interop.summaryHeading).toContainText('from Terraform', { timeout: 20_000 });
    await expect(interop.count('rules')).toHaveText('1');
    await expect(interop.count('probes')).toHaveText('1');
    await interop.openOnCanvas.click();
    await expect(canvas.node(`rule:${SQL_RULE}`)).toBeVisible();
  });

  test('a Bicep file chosen in the dialog imports', async () => {
    // haports-ilb-main.bicep: one HA-ports rule (All 0/0) with one probe, one frontend and one pool.
    await interop.openDialog();
    await interop.chooseFile('haports-ilb-main.bicep', readAzureFixture('haports-ilb-main.bicep'));
    await expect(interop.format.locator('option:checked')).toHaveText('Automatic (detected: Bicep)');
    await interop.importAction.click();
    await expect(interop.summaryHeading).toContainText('from Bicep', { timeout: 20_000 });
    for (const kind of ['frontends', 'backendPools', 'probes', 'rules']) await expect(interop.count(kind)).toHaveText('1');
  });

  // Go's wasm_exec.js (the Terraform parser) once left a globalThis.process without `versions` behind, which broke
  // web-tree-sitter (the Bicep parser) in the same page; the Terraform loader now lends it only while Go starts.
  test('Bicep still imports after a Terraform import in the same page', async () => {
    await interop.openDialog();
    await interop.importText(readAzureFixture('tf-sql-vm-lb.tf'));
    await expect(interop.summaryHeading).toContainText('from Terraform', { timeout: 20_000 });
    await interop.back.click();
    await interop.importText(readAzureFixture('haports-ilb-main.bicep'));
    await expect(interop.summaryHeading).toContainText('from Bicep', { timeout: 20_000 });
  });

  test('the Export tab shows the four formats live, with Copy and Download named after the topology', async ({ page }) => {
    await interop.openExport();
    await expect(interop.exportFileName).toHaveText('two-frontends-with-floating-ip-rule-type-2.azcli.sh');
    expect(await interop.exportText()).toContain('az network lb rule create');

    await interop.chooseExportFormat('Terraform');
    await expect(interop.exportFileName).toHaveText('two-frontends-with-floating-ip-rule-type-2.tf');
    expect(await interop.exportText()).toMatch(/floating_ip_enabled\s+=\s+true/);
    const file = await interop.download();
    expect(file.name).toBe('two-frontends-with-floating-ip-rule-type-2.tf');
    expect(file.text).toBe(await interop.exportText());
    await expect(interop.exportStatus).toHaveText('Downloaded two-frontends-with-floating-ip-rule-type-2.tf.');

    await interop.chooseExportFormat('ARM template');
    expect(JSON.parse(await interop.exportText()).resources[0].type).toBe('Microsoft.Network/loadBalancers');
    // The NSG the rules need is written by default (a Standard load balancer is closed without one), and can be left out.
    const types = async () => (JSON.parse(await interop.exportText()) as { resources: { type: string }[] }).resources.map((r) => r.type);
    expect(await types()).toContain('Microsoft.Network/networkSecurityGroups');
    await interop.exportPanel.getByLabel('Include the network security group the rules and probes need').uncheck();
    await expect.poll(types).not.toContain('Microsoft.Network/networkSecurityGroups');
    await interop.exportPanel.getByLabel('Include the network security group the rules and probes need').check();
    await interop.chooseExportFormat('Bicep');
    expect(await interop.exportText()).toContain("resource lb 'Microsoft.Network/loadBalancers@");

    // Live: switching to the type 1 preset (floating IP off) changes the shown text.
    await interop.chooseExportFormat('Terraform');
    await planner.choosePreset('type1-no-port-reuse.json');
    await expect(interop.exportFileName).toHaveText('two-frontends-without-floating-ip-rule-type-1.tf');
    expect(await interop.exportText()).toMatch(/floating_ip_enabled\s+=\s+false/);

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await interop.copyButton.click();
    await expect(interop.exportStatus).toHaveText('Copied two-frontends-without-floating-ip-rule-type-1.tf to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await interop.exportText());
  });

  test('with several load balancers the Export tab writes all of them by default, or the one picked', async () => {
    await planner.choosePreset('nva-sandwich.json');
    await interop.openExport();
    const picker = interop.exportPanel.getByRole('combobox', { name: 'Load balancer to export' });
    await expect(picker.locator('option')).toHaveText(['All load balancers', 'lb-public', 'lb-internal']);
    await expect(picker).toHaveValue('');
    // All: named after the topology; one load balancer: after both, so the two downloads do not overwrite each other.
    const name = 'NVA sandwich: a public and an internal load balancer on the same appliances';
    const whole = exportFileName(name, 'arm');
    const internal = exportFileName(name, 'arm', 'lb-internal');
    expect(internal).not.toBe(whole);
    await interop.chooseExportFormat('ARM template');
    await expect(interop.exportFileName).toHaveText(whole);
    const lbs = async () =>
      (JSON.parse(await interop.exportText()) as { resources: { type: string }[] }).resources.filter(
        (r) => r.type === 'Microsoft.Network/loadBalancers',
      ).length;
    expect(await lbs()).toBe(2);
    const file = await interop.download();
    expect(file.name).toBe(whole);
    expect(file.text).toBe(await interop.exportText());

    await picker.selectOption('lb-internal');
    await expect(interop.exportFileName).toHaveText(internal);
    expect(await lbs()).toBe(1);
    await picker.selectOption('');
    await expect(interop.exportFileName).toHaveText(whole);
    await interop.chooseExportFormat('Azure CLI');
    const script = await interop.exportText();
    expect(script).toContain('# ---- Load balancer lb-public ----');
    expect(script).toContain('# ---- Load balancer lb-internal ----');
  });

  test('the imported SQL listener exports to Terraform with floating IP on', async () => {
    await interop.openDialog();
    await interop.importText(readAzureFixture(SQL_FILE), SQL_PARAMS);
    await interop.openOnCanvas.click();
    await interop.openExport();
    await interop.chooseExportFormat('Terraform');
    const text = await interop.exportText();
    expect(text).toMatch(/floating_ip_enabled\s+=\s+true/);
    expect(text).toMatch(/port\s+=\s+59999/);
  });
});

test("in Japanese the File menu's Import, the dialog and the Export tab use Microsoft's terms", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('floatplan.language', 'ja'));
  const planner = new PlannerPage(page);
  await planner.goto();
  await page.getByRole('banner').getByRole('button', { name: 'ファイル', exact: true }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'インポート…' }).click();
  const dialog = page.getByRole('dialog', { name: 'ロード バランサーの定義をインポート' });
  await dialog.getByLabel('定義', { exact: true }).fill(readAzureFixture(SQL_FILE));
  await expect(dialog.getByRole('group', { name: 'パラメーター (10)' })).toBeVisible();
  for (const line of SQL_PARAMS.split('\n')) {
    const [name, value] = line.split('=') as [string, string];
    await dialog.locator(`[data-parameter="${name}"] input`).fill(value);
  }
  await dialog.getByRole('button', { name: 'インポート', exact: true }).click();
  await expect(dialog.locator('[data-kind="rules"] dt')).toHaveText('負荷分散規則');
  await expect(dialog.locator('[data-kind="backendPools"] dt')).toHaveText('バックエンド プール');
  await dialog.getByRole('button', { name: 'キャンセル' }).click();
  await page.getByRole('tab', { name: 'エクスポート' }).click();
  await expect(page.getByRole('tabpanel', { name: 'エクスポート' }).getByRole('radio', { name: 'ARM テンプレート' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`import and export accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious or critical violations in the dialog (form and summary) and the Export tab', async ({ page }) => {
      // Three axe passes plus an import: on a busy 2-core machine this alone takes ~30 s.
      test.setTimeout(90_000);
      const planner = new PlannerPage(page);
      const interop = new InteropPage(page);
      await planner.goto();
      await interop.openDialog();
      await interop.definition.fill(readAzureFixture(SQL_FILE));
      expect(await interop.seriousAccessibilityViolations('dialog')).toEqual([]);
      await interop.importAction.click();
      await expect(interop.openOnCanvas.or(interop.alert)).toBeVisible();
      expect(await interop.seriousAccessibilityViolations('dialog')).toEqual([]);
      await interop.cancel.click();

      await interop.openExport();
      expect(await interop.seriousAccessibilityViolations('[role="tabpanel"]:not([hidden])')).toEqual([]);
    });
  });
}
