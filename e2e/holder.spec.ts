import { expect, test, type Page } from '@playwright/test';
import { setFrontendIpHolder } from '../src/core/edit/holder';
import { computeMapping } from '../src/core/mapping/mapping';
import { generateScript } from '../src/core/scripts/generate';
import type { Flavor as ScriptFlavor } from '../src/core/scripts/types';
import type { FrontendIpHolder, Topology } from '../src/core/topology/schema';
import { traceFlow } from '../src/core/trace/trace';
import { example } from './examples';
import { badgeWords, HolderPage, LISTEN_ON_WORDS, MODE_WORDS } from './pages/HolderPage';
import { PlannerPage } from './pages/PlannerPage';
import { ScriptsPage } from './pages/ScriptsPage';
import { ToolbarPage } from './pages/ToolbarPage';
// The Japanese catalogs load on demand in the app; the test reads their files directly.
import { ja as canvasJa } from '../src/features/canvas/messages.ja';
import { ja as inspectorJa } from '../src/features/inspector/messages.ja';
import { TracePage } from './pages/TracePage';

// The app's default topology (type 2: pool "pool" of VM1 (Windows) and VM2 (Ubuntu), rule1/rule2 with floating IP),
// loaded by the core: every expectation below is the core's own output for the mode the test switches to.
const DEFAULT = example('type2-floating-ip');
const POOL = 'pool';

/**
 * Per mode: the VM and flavour whose script shows the mode (a WSFC script needs the Windows VM, Pacemaker the Linux
 * one), and words the scripts engineer's generator writes for it (checked against the core below, not assumed).
 */
const MODES: { holder: Exclude<FrontendIpHolder, 'every-member'>; vm: string; flavor: ScriptFlavor; has: string[]; hasNot: string[] }[] = [
  {
    holder: 'cluster-windows',
    vm: 'VM1',
    flavor: 'windows-powershell',
    has: ['Set-ClusterParameter', 'excludedportrange'],
    hasNot: ['Loopback'],
  },
  { holder: 'cluster-pacemaker', vm: 'VM2', flavor: 'ubuntu', has: ['IPaddr2', 'azure-lb', 'tcp_timestamps'], hasNot: ['lo_add'] },
  { holder: 'appliance', vm: 'VM2', flavor: 'ubuntu', has: ['ip_forward'], hasNot: ['lo_add'] },
];

test.describe.configure({ timeout: 60_000 }); // several tabs and a build's lazy chunks on a busy 2-core machine

test.describe('who holds the frontend IP', () => {
  let planner: PlannerPage;
  let holder: HolderPage;

  test.beforeEach(async ({ page }) => {
    planner = new PlannerPage(page);
    holder = new HolderPage(page);
    await planner.goto();
    await holder.selectPool(POOL);
  });

  test.afterEach(() => {
    expect(planner.errors, 'no uncaught errors or console errors').toEqual([]);
  });

  test('a pool without the field is every member, explained, with no badge', async () => {
    await expect(holder.radio('every-member')).toBeChecked();
    await expect(holder.hint).toContainText(MODE_WORDS['every-member'].hint);
    await expect(holder.docs).toHaveAttribute('href', /learn\.microsoft\.com\/.*load-balancer-floating-ip/);
    await expect(holder.poolNode(POOL).locator('.fp-holder')).toHaveCount(0);
  });

  for (const mode of MODES) {
    test(`${mode.holder}: the inspector switch drives Mapping, Scripts and Trace, and Undo restores every member`, async ({ page }) => {
      const t = setFrontendIpHolder(DEFAULT, POOL, mode.holder);
      await holder.choose(mode.holder);
      await expect(holder.hint).toContainText(MODE_WORDS[mode.holder].hint);
      await expect(holder.poolNode(POOL)).toContainText(badgeWords(mode.holder));

      // Mapping: the listen place of every row, as the core maps the switched topology.
      await planner.openMapping();
      for (const row of computeMapping(t)) {
        await expect(holder.listenOn(row.rule, row.vm)).toContainText(LISTEN_ON_WORDS[row.listenOn]);
      }

      // Scripts: exactly the core's script for this mode.
      const script = generateScript(t, mode.vm, { flavor: mode.flavor }).text;
      for (const word of mode.has) expect(script, `the core's ${mode.holder} script`).toContain(word);
      for (const word of mode.hasNot) expect(script, `the core's ${mode.holder} script`).not.toContain(word);
      await expectScript(page, mode.vm, mode.flavor, script);

      // Trace: the mode's own story for rule1 on each VM, from the core.
      await expectTraces(page, t);

      // One undo step back: every member again, the badge and the cluster/appliance listen place gone.
      await new ToolbarPage(page).undoButton.click();
      await expect(holder.radio('every-member')).toBeChecked();
      await expect(holder.poolNode(POOL).locator('.fp-holder')).toHaveCount(0);
      await planner.openMapping();
      for (const row of computeMapping(DEFAULT)) {
        await expect(holder.listenOn(row.rule, row.vm)).toContainText(LISTEN_ON_WORDS[row.listenOn]);
      }
    });
  }

  test('each choice is one undo step; back to every member saves the file as it was (no field)', async ({ page }) => {
    const toolbar = new ToolbarPage(page);
    await holder.choose('cluster-windows');
    await holder.choose('appliance');
    await toolbar.undoButton.click();
    await expect(holder.radio('cluster-windows')).toBeChecked();
    await holder.choose('every-member');
    await expect(holder.poolNode(POOL).locator('.fp-holder')).toHaveCount(0);
    const saved = JSON.parse((await toolbar.save()).text) as Topology;
    expect(saved.version).toBe(2);
    expect(saved.loadBalancers[0]!.backendPools[0]).not.toHaveProperty('frontendIpHolder');
  });

  test("Pacemaker links Microsoft's SAP guide for the pool's Linux: SUSE, or RHEL once a member runs RHEL", async ({ page }) => {
    await holder.choose('cluster-pacemaker');
    await expect(holder.docs).toHaveAttribute('href', /high-availability-guide-suse$/);
    // VM2 (a pool member) becomes RHEL in its own inspector form.
    await page.locator('.react-flow__node[data-id="vm:VM2"] .fp-node__name').click();
    await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Operating system', { exact: true }).selectOption('rhel');
    await holder.selectPool(POOL);
    await expect(holder.docs).toHaveAttribute('href', /high-availability-guide-rhel$/);
  });

  test('the radio group works from the keyboard: arrow keys change the mode', async ({ page }) => {
    await holder.radio('every-member').focus();
    await page.keyboard.press('ArrowDown');
    await expect(holder.radio('cluster-windows')).toBeChecked();
    await expect(holder.radio('cluster-windows')).toBeFocused();
    await expect(holder.poolNode(POOL)).toContainText(badgeWords('cluster-windows'));
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no serious or critical violations with a cluster pool selected, ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await holder.choose('cluster-pacemaker');
      await expect(holder.poolNode(POOL)).toContainText(badgeWords('cluster-pacemaker'));
      expect(await planner.seriousAccessibilityViolations()).toEqual([]);
    });
  }
});

test.describe("presets that follow Microsoft's procedures", () => {
  for (const name of ['sql-always-on', 'sap-ascs-ers', 'nva-ha-ports']) {
    test(`${name}: the inspector and the pool node show the preset's holder, the mapping its listen place`, async ({ page }) => {
      const planner = new PlannerPage(page);
      const holder = new HolderPage(page);
      const t = example(name);
      const pool = t.backendPools[0]!;
      const mode = pool.frontendIpHolder;
      if (mode === undefined || mode === 'every-member') throw new Error(`${name} should set a holder`);
      await planner.goto();
      await planner.choosePreset(`${name}.json`);
      await holder.selectPool(pool.name);
      await expect(holder.radio(mode)).toBeChecked();
      await expect(holder.poolNode(pool.name)).toContainText(badgeWords(mode));
      await expect(holder.docs).toHaveAttribute('href', /^https:\/\/learn\.microsoft\.com\//);
      await planner.openMapping();
      for (const row of computeMapping(t)) await expect(holder.listenOn(row.rule, row.vm)).toContainText(LISTEN_ON_WORDS[row.listenOn]);
      expect(planner.errors).toEqual([]);
    });
  }
});

test('the control and the badge in Japanese', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('floatplan.language', 'ja'));
  const ja = inspectorJa;
  await page.goto('/');
  await page.locator('.react-flow__node[data-id$="/backendPool:pool"] .fp-node__name').click();
  const group = page.getByRole('group', { name: ja.holder, exact: true });
  await group.getByRole('radio', { name: ja.holderWindows, exact: true }).check();
  await expect(group).toContainText(ja.holderWindowsHint);
  await expect(group.getByRole('link', { name: ja.holderDocs })).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id$="/backendPool:pool"]')).toContainText(canvasJa['holder.cluster-windows']);
});

/** The Scripts tab on `vm` and `flavor` shows exactly `expected`. */
async function expectScript(page: Page, vm: string, flavor: ScriptFlavor, expected: string) {
  const scripts = new ScriptsPage(page);
  // Not scripts.open(): the tab's first VM may be one this mode writes no script for (a WSFC on a Linux VM).
  await scripts.tab.click();
  await scripts.pickVm(vm);
  await scripts.flavor.selectOption(flavor);
  await expect(scripts.fileName).toHaveText(new RegExp(`^${vm}\\.${flavor}\\.`));
  await expect.poll(() => scripts.shownText()).toBe(expected.replace(/\r\n/g, '\n'));
}

/** The Trace tab for rule1 on each VM tells the core's story: the same notes and the same hops, reached or not. */
async function expectTraces(page: Page, t: typeof DEFAULT) {
  const trace = new TracePage(page);
  await trace.tab.click();
  await trace.rule.selectOption({ label: 'rule1' });
  for (const vm of ['VM1', 'VM2']) {
    const r = traceFlow(t, { rule: 'rule1', vm });
    if (!r.ok) throw new Error(r.error);
    await trace.vm.selectOption(vm);
    for (const note of r.trace.notes) await expect(trace.notes).toContainText(note);
    await expect(trace.hopItems).toHaveCount(r.trace.hops.length);
    for (const [i, hop] of r.trace.hops.entries()) {
      if (hop.notReached) await expect(trace.hopItems.nth(i)).toHaveAttribute('data-status', 'not-reached');
      else await expect(trace.hopItems.nth(i)).not.toHaveAttribute('data-status', 'not-reached');
    }
  }
}
