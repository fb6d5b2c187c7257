import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The accessible names the page object looks for, per UI language (the Trace tab's messages.ts). */
const NAMES = {
  en: {
    tab: 'Trace',
    rule: 'Rule',
    vm: 'VM',
    client: 'Client endpoint',
    hops: /^Hops/,
    back: 'Step back',
    forward: 'Step forward',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    svg: 'Download SVG',
    png: 'Download PNG',
    hop: (n: number) => new RegExp(`^Hop ${n} of 4`),
    whatIf: /^What if…/,
    swapped: 'Swapped (reply)',
    notReached: 'not reached',
  },
  ja: {
    tab: 'トレース',
    rule: '規則',
    vm: 'VM',
    client: 'クライアント エンドポイント',
    hops: /^ホップ/,
    back: '1 つ戻る',
    forward: '1 つ進む',
    play: '再生',
    pause: '一時停止',
    speed: '速度',
    svg: 'SVG をダウンロード',
    png: 'PNG をダウンロード',
    hop: (n: number) => new RegExp(`^ホップ ${n} / 4`),
    whatIf: /^もしも…/,
    swapped: '入れ替え (応答)',
    notReached: '到達しない',
  },
} as const;

/** The what-if switches by their English labels. */
export const WHAT_IF_LABELS = {
  noLoopback: 'No loopback address for the frontend IP',
  listensOnNicIpOnly: 'Service listens only on the NIC IP',
  probePortClosed: 'Health probe port closed',
  outboundFromFrontendIp: 'Outbound connection from the frontend IP',
} as const;

/** The Trace tab of the analysis panel: pickers, what-if switches, hop stepper with its headers table, notes and the diagram. */
export class TracePage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly rule: Locator;
  /** The label of the rule shown in the rule picker (option values also carry the rule's kind). */
  readonly ruleShown: Locator;
  /** The trace's notes (health probe, guest setup, listen address). */
  readonly notes: Locator;
  readonly vm: Locator;
  readonly client: Locator;
  readonly clientError: Locator;
  readonly stepper: Locator;
  readonly back: Locator;
  readonly forward: Locator;
  readonly play: Locator;
  readonly pause: Locator;
  readonly speed: Locator;
  readonly headers: Locator;
  readonly diagram: Locator;
  readonly downloadSvg: Locator;
  readonly downloadPng: Locator;
  /** The failure explained under the current hop's headers (what-if). */
  readonly failure: Locator;
  /** What each what-if switch that is on does to this flow. */
  readonly effects: Locator;
  /** The hop list above the table (one item per hop, data-status="failed" / "not-reached"). */
  readonly hopItems: Locator;
  /** The disclosure button of the what-if column (aria-expanded). */
  readonly whatIfToggle: Locator;
  /** The what-if switches' group, hidden while the column is collapsed. */
  readonly whatIfGroup: Locator;
  /** The load balancer picker (a design of several). */
  readonly loadBalancer: Locator;
  /** The chain's choices, shown only when the picked flow has one: a Global rule's regional frontend, a Gateway appliance. */
  readonly regional: Locator;
  readonly appliance: Locator;
  private readonly names: (typeof NAMES)[keyof typeof NAMES];

  constructor(
    readonly page: Page,
    language: keyof typeof NAMES = 'en',
  ) {
    const n = (this.names = NAMES[language]);
    this.tab = page.getByRole('tab', { name: n.tab, exact: true });
    this.panel = page.getByRole('tabpanel', { name: n.tab, exact: true });
    this.rule = this.panel.getByRole('combobox', { name: n.rule, exact: true });
    this.ruleShown = this.rule.locator('option:checked');
    this.notes = this.panel.locator('.trace-extras');
    this.vm = this.panel.getByRole('combobox', { name: n.vm, exact: true });
    this.client = this.panel.getByLabel(n.client);
    this.clientError = this.panel.getByRole('alert');
    this.stepper = this.panel.getByRole('group', { name: n.hops });
    this.back = this.stepper.getByRole('button', { name: n.back });
    this.forward = this.stepper.getByRole('button', { name: n.forward });
    this.play = this.stepper.getByRole('button', { name: n.play });
    this.pause = this.stepper.getByRole('button', { name: n.pause });
    this.speed = this.stepper.getByRole('combobox', { name: n.speed });
    this.headers = this.stepper.getByRole('table');
    this.diagram = this.panel.locator('.trace-diagram__scroll svg');
    this.downloadSvg = this.panel.getByRole('button', { name: n.svg });
    this.downloadPng = this.panel.getByRole('button', { name: n.png });
    this.failure = this.stepper.locator('.trace-failure');
    this.effects = this.panel.locator('.trace-whatif-result');
    this.hopItems = this.stepper.locator('.trace-stepper__hops li');
    this.whatIfToggle = this.panel.getByRole('button', { name: n.whatIf });
    this.whatIfGroup = this.panel.getByRole('group', { name: n.whatIf });
    this.loadBalancer = this.panel.locator('select[data-trace-lb]');
    this.regional = this.panel.locator('select[data-trace-regional]');
    this.appliance = this.panel.locator('select[data-trace-appliance]');
  }

  /** The words "This hop" uses for a reply's swapped field, and a hop's "not reached", in this page's language. */
  get words() {
    return { swapped: this.names.swapped, notReached: this.names.notReached };
  }

  /**
   * Where the first panel's health probe arrow starts (its tail circle's x), the x of every lifeline in that panel, and
   * the texts of the node box standing on the leftmost lifeline: read from the SVG the page shows.
   */
  async probeGeometry(): Promise<{ tail: number; lifelines: number[]; leftmostBox: string }> {
    return this.diagram.evaluate((svg) => {
      const panel = svg.querySelector('g.panel-off')!;
      const tail = Number(panel.querySelector('g.row-probe circle')!.getAttribute('cx'));
      const lifelines = [...panel.querySelectorAll('line.life')].map((l) => Number(l.getAttribute('x1')));
      const left = Math.min(...lifelines);
      // The node box whose centre is on the leftmost lifeline.
      const box = [...panel.querySelectorAll('rect.node')].find((r) => {
        const x = Number(r.getAttribute('x'));
        return Math.abs(x + Number(r.getAttribute('width')) / 2 - left) < 1;
      })!;
      const y = Number(box.getAttribute('y'));
      const h = Number(box.getAttribute('height'));
      const texts = [...panel.querySelectorAll('text')].filter((t) => {
        const ty = Number(t.getAttribute('y'));
        const tx = Number(t.getAttribute('x'));
        return ty > y && ty < y + h && Math.abs(tx - Number(box.getAttribute('x')) - 8) < 1;
      });
      return { tail, lifelines, leftmostBox: texts.map((t) => t.textContent).join(' | ') };
    });
  }

  /** Expands the what-if column if it is collapsed (the column is collapsed by default). */
  async showWhatIf() {
    await expect(this.whatIfToggle).toBeVisible();
    if ((await this.whatIfToggle.getAttribute('aria-expanded')) !== 'true') await this.whatIfToggle.click();
    await expect(this.whatIfToggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** A what-if checkbox by its label (call showWhatIf() first: the column starts collapsed). */
  whatIf(label: string): Locator {
    return this.panel.getByRole('checkbox', { name: label, exact: true });
  }

  /**
   * The NSG rule the traced flow ('flow') or its probe ('probe') needs at the VM (TraceExtras, `.trace-nsg`): data-destination,
   * data-ports, data-source and data-outcome carry the core's trace.nsg values.
   */
  nsg(kind: 'flow' | 'probe'): Locator {
    return this.panel.locator(`.trace-nsg[data-kind="${kind}"]`);
  }

  /** Opens the tab and waits for the diagram. */
  async open() {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
    await expect(this.diagram).toBeVisible();
  }

  /** The header row of one packet field (srcIp, srcPort, dstIp, dstPort) in the current hop's table. */
  header(field: 'srcIp' | 'srcPort' | 'dstIp' | 'dstPort'): Locator {
    return this.headers.locator(`tr[data-field="${field}"]`);
  }

  /** Expects the stepper to show hop `n` (1-based). */
  async expectHop(n: number) {
    await expect(this.headers.locator('caption')).toHaveText(this.names.hop(n));
  }

  /** Clicks a control that downloads a file and returns its name and bytes. */
  async download(trigger: Locator): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), trigger.click()]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }

  /** Serious and critical axe-core violations inside the open tab panel. */
  async seriousAccessibilityViolations() {
    const { violations } = await new AxeBuilder({ page: this.page }).include('[role="tabpanel"]:not([hidden])').analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }
}
