import { expect, test } from '@playwright/test';
import { generateScript } from '../src/core/scripts/generate';
import { example } from './examples';
import { PlannerPage } from './pages/PlannerPage';
import { ScriptsPage } from './pages/ScriptsPage';

// The SAP preset: two SUSE nodes behind HA-ports rules (Pacemaker holds the frontend IPs). Expectations are the
// core's own output for the same topology and options.
const SAP = example('sap-ascs-ers');
const VM = 'nw1-cl-0';

test.describe.configure({ timeout: 60_000 });

test.describe('Scripts tab: SUSE and HA ports', () => {
  let planner: PlannerPage;
  let scripts: ScriptsPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    scripts = new ScriptsPage(page);
    await planner.goto();
    await planner.choosePreset('sap-ascs-ers.json');
    await scripts.open();
    await scripts.pickVm(VM);
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('a SUSE VM gets the suse flavour; the every-port opening is said, and "Open only these ports" narrows it', async () => {
    await expect(scripts.flavor).toHaveValue('suse');
    await expect(scripts.fileName).toHaveText(`${VM}.suse.sh`);
    await expect(scripts.diagnostic('HaPortsOpenEveryPort')).toContainText('opens every protocol and port to 10.0.3.10 and 10.0.3.11');
    expect(await scripts.shownText()).toBe(generateScript(SAP, VM, { flavor: 'suse' }).text);

    await scripts.openPorts.fill('tcp/3200, tcp/3600');
    await expect(scripts.diagnostic('HaPortsOpenEveryPort')).toContainText('opens only tcp/3200, tcp/3600');
    await expect(scripts.code).toContainText('destination address="10.0.3.10" port port="3600" protocol="tcp" accept');
    const narrowed = generateScript(SAP, VM, {
      flavor: 'suse',
      openPorts: [
        { protocol: 'tcp', port: 3200 },
        { protocol: 'tcp', port: 3600 },
      ],
    }).text;
    expect(await scripts.shownText()).toBe(narrowed);

    // A typo is not applied: the script goes back to every port and the field says why.
    await scripts.openPorts.fill('3200');
    await expect(scripts.panel.getByText(/^Not applied/)).toBeVisible();
    await expect(scripts.openPorts).toHaveAttribute('aria-invalid', 'true');
    await expect(scripts.code).toContainText('destination address="10.0.3.10" accept');
    expect(await scripts.seriousAccessibilityViolations()).toEqual([]);
  });
});
