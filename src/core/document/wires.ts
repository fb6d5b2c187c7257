import { wiresOf } from '../edit/graph';
import { elementsOf, NODE_KINDS, nodeId, positionOf, type NodeKind } from '../edit/ids';
import { defineMessages, fill, type Locale } from '../i18n/locale';
import type { BackendPool, Frontend, InboundNatRule, Probe, Rule, LbTopology, Vm } from '../topology/schema';
import { chartEn } from './chartMessages.en';
import { chartJa } from './chartMessages.ja';

// What the draw.io and Mermaid exports share: one node per element (the canvas's five kinds and the health probes),
// its facts (the canvas node's), a position, and one wire list.

const chartMessages = defineMessages(chartEn, chartJa);
type Key = keyof typeof chartEn;
const say = (locale: Locale, key: Key, params?: Record<string, string | number>) => fill(chartMessages[locale][key], params);

/** The kinds a document diagram draws: the canvas's and the health probe. */
export type ChartKind = NodeKind | 'probe';

/** One element as a diagram draws it: its node id (`frontend:FE1`, `probe:hp1`), title, facts and position. */
export interface ChartNode {
  id: string;
  kind: ChartKind;
  name: string;
  title: string;
  facts: string[];
  x: number;
  y: number;
}

/** A wire between two chart nodes; `rule-probe` is the rule's health probe (not on the canvas). */
export interface ChartWire {
  id: string;
  source: string;
  target: string;
  kind: ReturnType<typeof wiresOf>[number]['kind'] | 'rule-probe';
}

const COLUMN: Record<ChartKind, number> = { frontend: 0, rule: 1, natRule: 1, probe: 2, backendPool: 2, vm: 3 };
const COLUMN_WIDTH = 260;
const ROW_HEIGHT = 140;

function factsOf(kind: ChartKind, element: unknown, locale: Locale): string[] {
  const floating = (on: boolean) => say(locale, on ? 'floatingOn' : 'floatingOff');
  switch (kind) {
    case 'frontend':
      return [(element as Frontend).ip];
    case 'rule': {
      const r = element as Rule;
      const ha = r.protocol === 'All' && r.frontendPort === 0 && r.backendPort === 0;
      return [ha ? say(locale, 'haPorts') : `${r.protocol.toUpperCase()} ${r.frontendPort} → ${r.backendPort}`, floating(r.floatingIp)];
    }
    case 'natRule': {
      const r = element as InboundNatRule;
      return [`${r.protocol.toUpperCase()} ${r.frontendPort} → ${r.backendPort}`, floating(r.floatingIp)];
    }
    case 'backendPool':
      return [say(locale, `holder.${(element as BackendPool).frontendIpHolder ?? 'every-member'}`)];
    case 'vm': {
      const vm = element as Vm;
      return [vm.nic.ip, vm.os];
    }
    case 'probe': {
      const p = element as Probe;
      return [`${p.protocol.toUpperCase()} ${p.port}${p.requestPath ? ` ${p.requestPath}` : ''}`];
    }
  }
}

/**
 * Every element as a node, in a fixed order (frontends, rules, NAT rules, pools, VMs, probes). Positions come from
 * the layout (`frontend:FE1`, or a plain name); a node without one goes into its kind's column, below every placed node.
 */
export function chartNodes(t: LbTopology, locale: Locale = 'en'): ChartNode[] {
  const raw: { kind: ChartKind; element: { name: string } }[] = [];
  for (const kind of NODE_KINDS) for (const element of elementsOf(t, kind)) raw.push({ kind, element });
  for (const element of t.probes ?? []) raw.push({ kind: 'probe', element });
  const placed = raw.map(({ kind, element }) =>
    kind === 'probe' ? (t.layout?.[`probe:${element.name}`] ?? t.layout?.[element.name]) : positionOf(t.layout, kind, element.name),
  );
  const below = placed.reduce((max, p) => (p && Number.isFinite(p.y) ? Math.max(max, p.y + ROW_HEIGHT) : max), 0);
  const rows = new Map<number, number>();
  return raw.map(({ kind, element }, i) => {
    let at = placed[i];
    if (!at || !Number.isFinite(at.x) || !Number.isFinite(at.y)) {
      const column = COLUMN[kind];
      const row = rows.get(column) ?? 0;
      rows.set(column, row + 1);
      at = { x: column * COLUMN_WIDTH, y: below + row * ROW_HEIGHT };
    }
    return {
      id: kind === 'probe' ? `probe:${element.name}` : nodeId(kind, element.name),
      kind,
      name: element.name,
      title: say(locale, `label.${kind}`, { name: element.name }),
      facts: factsOf(kind, element, locale),
      x: at.x,
      y: at.y,
    };
  });
}

/** The canvas's wires (core/edit/graph), then each rule's health probe when it exists. */
export function chartWires(t: LbTopology): ChartWire[] {
  const wires: ChartWire[] = wiresOf(t);
  const probes = new Set((t.probes ?? []).map((p) => p.name));
  for (const rule of t.rules) {
    if (rule.probe === undefined || !probes.has(rule.probe)) continue;
    const source = nodeId('rule', rule.name);
    const target = `probe:${rule.probe}`;
    wires.push({ id: `${source}->${target}`, source, target, kind: 'rule-probe' });
  }
  return wires;
}

/** The diagram's title. */
export function chartTitle(t: LbTopology, locale: Locale = 'en'): string {
  return say(locale, 'title', { name: t.loadBalancer.name });
}
