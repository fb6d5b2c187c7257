import { nsgEndpoint } from '../trace/nsgHop';
import { traceFlow, tracedRule, type Trace, type TraceOptions } from '../trace/trace';
import { WHAT_IF_KEYS, type WhatIf } from '../trace/whatIf';
import type { LbTopology } from '../topology/schema';
import { panelContent, type PanelContent } from './content';
import { diagramMsg, WHAT_IF_TEXT, type DiagramMsg } from './messages';
import { layoutPanel } from './layout';
import { drawPanel, monoText } from './panel';
import { el, lines, Markup } from './svg';
import { monoWidth, sansWidth } from './text';
import { diagramCss } from './style';

export interface DiagramOptions extends TraceOptions {
  /** Prefix for the ids of <title> and <desc>, unique per page when several diagrams are inline. */
  idPrefix?: string;
}

const MARGIN = 16;
const HEADER = 64; // document title and legend
const PANEL_GAP = 16;

/**
 * The before/after diagram of one rule × VM × client as a standalone SVG document: floating IP off
 * on the left, on at the right, each traced with the rule's floatingIp forced to that value; the
 * panel matching the rule's real setting is marked "this rule". `whatIf` draws the failing hop in red with
 * its reason and greys the hops after it; `locale: 'ja'` writes every label, note and the description in Japanese.
 * @example traceDiagram(preset('type2-floating-ip'), { rule: 'rule1', vm: 'VM1', locale: 'ja' }) // { ok: true, svg: '<svg …' }
 */
export function traceDiagram(topology: LbTopology, options: DiagramOptions): { ok: true; svg: string } | { ok: false; error: string } {
  const traces: Trace[] = [];
  for (const floatingIp of [false, true]) {
    const result = traceFlow(withFloatingIp(topology, options, floatingIp), options);
    if (!result.ok) return result;
    traces.push(result.trace);
  }
  // Both traces succeeded, so the rule exists.
  const rule = tracedRule(topology, options)!;
  const vm = topology.vms.find((v) => v.name === traces[0]!.vm);
  const names = { lb: topology.loadBalancer.name, frontend: rule.frontend, os: vm?.os ?? 'VM' };
  const msg = diagramMsg(options.locale);
  const contents = traces.map((t) => panelContent(t, t.floatingIp === rule.floatingIp, names, msg));
  return { ok: true, svg: renderDocument(contents, traces, options.idPrefix ?? 'fpd', msg, options.whatIf ?? {}) };
}

/** The topology with the traced rule's (or inbound NAT rule's) floating IP forced, for one panel. */
export function withFloatingIp(topology: LbTopology, options: TraceOptions, floatingIp: boolean): LbTopology {
  const force = <R extends { name: string; floatingIp: boolean }>(r: R): R => (r.name === options.rule ? { ...r, floatingIp } : r);
  if (options.kind !== 'natRule') return { ...topology, rules: topology.rules.map(force) };
  return { ...topology, inboundNatRules: (topology.inboundNatRules ?? []).map(force) };
}

/** What a chain in front adds to the document: a part of the title and a sentence of the description (designDiagram.ts). */
export interface ChainHeading {
  title: string;
  desc: string;
}

/** The standalone SVG document of the two panels, with its title, legend and screen-reader description. */
export function renderDocument(
  contents: PanelContent[],
  traces: Trace[],
  idPrefix: string,
  msg: DiagramMsg,
  whatIf: WhatIf,
  chain?: ChainHeading,
): string {
  // Both panels get the taller head and the taller body, so their hops sit side by side.
  const head = Math.max(...contents.map((c) => layoutPanel(c).headExtra));
  const height = Math.max(...contents.map((c) => layoutPanel(c, 0, head).height));
  const layouts = contents.map((c) => layoutPanel(c, height, head));
  const width = MARGIN * 2 + layouts.reduce((s, l) => s + l.width, 0) + PANEL_GAP * (layouts.length - 1);
  const total = HEADER + height + MARGIN;
  const t = traces[0]!;
  const whatIfs = WHAT_IF_KEYS.filter((k) => whatIf[k]).map((k) => msg(WHAT_IF_TEXT[k]));
  const nat = t.kind === 'natRule';
  const mode = modeText(t, msg);
  const titleText =
    (whatIfs.length
      ? msg(nat ? 'titleNatWhatIf' : 'titleWhatIf', { rule: t.rule, vm: t.vm, whatIfs: whatIfs.join(msg('whatIfSep')) })
      : msg(nat ? 'titleNat' : 'title', { rule: t.rule, vm: t.vm })) +
    (mode ? msg('modeSep') + mode : '') +
    (chain ? msg('modeSep') + chain.title : '');
  let x = MARGIN;
  const panels = layouts.map((layout, i) => {
    const drawn = drawPanel(contents[i]!, layout, x, HEADER);
    x += layout.width + PANEL_GAP;
    return drawn;
  });
  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'fpd',
      width,
      height: total,
      viewBox: `0 0 ${Math.round(width * 10) / 10} ${Math.round(total * 10) / 10}`,
      role: 'img',
      'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`,
    },
    new Markup('\n'),
    lines(
      el('title', { id: `${idPrefix}-title` }, titleText),
      el(
        'desc',
        { id: `${idPrefix}-desc` },
        (mode ? `${msg('descMode', { mode })} ` : '') + (chain ? `${chain.desc} ` : '') + describe(traces, msg),
      ),
      // CSS is written as is (quotes intact) with only the characters XML reserves escaped.
      el('style', {}, new Markup(diagramCss().replace(/&/g, '&amp;').replace(/</g, '&lt;'))),
      el('rect', { class: 'bg', width, height: total }),
      el('text', { class: 'title', x: MARGIN, y: MARGIN + 14 }, titleText),
      legend(MARGIN, MARGIN + 38, msg),
      ...panels,
    ),
    new Markup('\n'),
  );
  return `${svg.xml}\n`;
}

function legend(x: number, y: number, msg: DiagramMsg): Markup {
  const [unchanged, rewritten] = [msg('legendUnchanged'), msg('legendRewritten')];
  const intro = msg('legendIntro');
  const a = x + sansWidth(intro) + 8;
  const b = a + monoWidth(unchanged) + sansWidth(` ${msg('legendField').replace(/,$/, '')}`) + 20;
  const c = b + monoWidth(rewritten) + sansWidth(` ${msg('legendAtHop').replace(/\.$/, '')}`) + 20;
  return lines(
    el('text', { class: 'muted', x, y }, intro),
    monoText([[{ text: unchanged, cls: 'same' }]], a, y),
    el('text', { x: a + monoWidth(unchanged) + 4, y }, msg('legendField')),
    monoText([[{ text: rewritten, cls: 'chg' }]], b, y),
    el('text', { x: b + monoWidth(rewritten) + 4, y }, msg('legendAtHop')),
    el('text', { class: 'muted', x: c, y }, msg('legendThisRule')),
  );
}

/** Who holds the frontend IP, for the title: empty for every member (the Floating IP page's case). */
function modeText(t: Trace, msg: DiagramMsg): string {
  if (t.cluster)
    return msg(t.cluster.holder === 'cluster-windows' ? 'modeClusterWindows' : 'modeClusterPacemaker', { active: t.cluster.active });
  if (t.appliance) return msg('modeAppliance', { destination: t.appliance.destination }) + (t.appliance.example ? msg('modeExample') : '');
  return '';
}

/** The VM's outbound path in one sentence: the method and the address the internet sees, or that there is none. */
function describeEgress(e: NonNullable<Trace['egress']>, msg: DiagramMsg): string {
  if (e.kind === 'none') return msg('descEgressNone', { nicIp: e.nicIp });
  const as = e.publicIp ? msg('descEgressAs', { publicIp: e.publicIp }) : '';
  return msg('descEgress', { nicIp: e.nicIp, method: msg(`egress.${e.kind}`), as });
}

/** What the VM's NSG must allow in one sentence, and what the topology's own NSGs do to it. */
function describeNsg(need: NonNullable<Trace['nsg']>['flow'], msg: DiagramMsg): string {
  const protocol = need.protocol === '*' ? msg('nsgAnyProtocol') : need.protocol;
  const check = need.check;
  const verdict = !check
    ? ''
    : check.outcome === 'allowed'
      ? msg('descNsgAllowed')
      : msg(check.outcome === 'blocked' ? 'descNsgDenied' : 'descNsgPartly', {
          nsg: check.nsg ?? '',
          rule: check.rule ?? '',
          priority: check.priority ?? 0,
        });
  return msg('descNsg', { source: need.source, endpoint: nsgEndpoint(need), protocol }) + verdict;
}

/** A plain-text account of both panels for screen readers (the <desc>), what-if failures included. */
function describe(traces: Trace[], msg: DiagramMsg): string {
  return traces
    .map((t) => {
      const hops = t.hops.map((h, i) => {
        const rewritten = h.changed.length
          ? msg('descRewritten', { fields: h.changed.map((f) => msg(`field.${f}`)).join(msg('fieldSep')) })
          : '';
        const fate = h.failure ? msg('descFailed', { reason: h.failure.reason }) : h.notReached ? msg('descNotReached') : '';
        return `${msg('descHop', { n: i + 1, stage: msg(`stage.${h.stage}`), src: h.src, dst: h.dst })}${rewritten}${fate}`;
      });
      const probe = t.probe ? [msg(t.probe.failed ? 'descProbeFailed' : 'descProbe', { src: t.probe.src, dst: t.probe.dst })] : [];
      const outbound = t.outbound ? [msg('descOutbound', { failing: t.outbound.failingSrc })] : [];
      const egress = t.egress ? [describeEgress(t.egress, msg)] : [];
      const nsg = t.nsg ? [describeNsg(t.nsg.flow, msg)] : [];
      return [
        msg('descPanel', { state: msg(t.floatingIp ? 'descOn' : 'descOff') }),
        ...hops,
        ...nsg,
        ...probe,
        ...outbound,
        ...egress,
      ].join(' ');
    })
    .join(' ');
}
