import type { ChainHop, DesignTrace } from '../trace/designTrace';
import { endpointLines, rowMaker, type Column, type NodeBox, type PanelContent, type Row, type Segment } from './content';
import type { DiagramMsg } from './messages';

// A chain's hops drawn in front of the delivering load balancer's panel (designTrace.ts). A Global tier adds a lifeline
// between the client and the regional load balancer: the client sends to the global (anycast) frontend, and the Global
// load balancer forwards to the regional frontend, where the destination becomes the regional frontend (floating IP
// off on the Global rule) or stays the global frontend IP (on; Learn cross-region-overview, docs/diagrams.md). A
// Gateway chain adds the Gateway load balancer and the appliance right of the consumer's load balancer: the packet
// goes there unchanged, VXLAN-encapsulated out through the external tunnel interface and back through the internal
// one (Learn gateway-overview), before the consumer's rule delivers it.

/** Names the chain's lifelines show: the Global frontend, the Gateway frontend's address and the appliance's NIC IP. */
export interface ChainNames {
  globalFrontend?: string;
  /** The regional frontend's address and port (what the Global load balancer forwards to). */
  regional?: { ip: string; port: number };
  gatewayFrontend?: { name: string; ip: string };
  applianceIp?: string;
}

/**
 * The panel with the chain's lifelines and rows put in their place, the hop labels numbered again in the packet's order.
 * @example chainContent(panelContent(trace, true, names, msg), trace, chainNames, msg).columns // ['client', 'glb', 'lb', 'nic']
 */
export function chainContent(content: PanelContent, trace: DesignTrace, names: ChainNames, msg: DiagramMsg): PanelContent {
  if (!trace.chain.length) return content;
  const out = trace.global ? globalChain(content, trace, names, msg) : trace.gateway ? gatewayChain(content, trace, names, msg) : content;
  return { ...out, rows: renumber(out.rows) };
}

function globalChain(content: PanelContent, trace: DesignTrace, names: ChainNames, msg: DiagramMsg): PanelContent {
  const g = trace.global!;
  const glbNode: NodeBox = {
    column: 'glb',
    title: msg('globalLb'),
    subtitle: msg('lbSub', { lb: g.loadBalancer, frontend: names.globalFrontend ?? '' }),
    lines: endpointLines('', g.frontendIp, g.frontendPort),
  };
  // The regional load balancer's box shows its own frontend, which the packet names only with floating IP off.
  const nodes = content.nodes.flatMap((n): NodeBox[] => {
    if (n.column === 'client') return [n, glbNode];
    if (n.column === 'lb' && names.regional)
      return [{ ...n, title: msg('regionalLb'), lines: endpointLines('', names.regional.ip, names.regional.port) }];
    return [n];
  });
  const first = content.rows.findIndex((r) => r.from === 'client' && r.to === 'lb');
  const rows = content.rows.map((r, i) => (i === first ? { ...r, from: 'glb' as Column, label: msg('hopGlobalToRegional') } : r));
  rows.splice(Math.max(first, 0), 0, chainRow(trace.chain[0]!, 'client', 'glb', msg('hopClientToGlobal'), trace.vm, msg));
  return { ...content, columns: insertAfter(content.columns, 'client', ['glb']), nodes, rows };
}

function gatewayChain(content: PanelContent, trace: DesignTrace, names: ChainNames, msg: DiagramMsg): PanelContent {
  const gw = trace.gateway!;
  const added: NodeBox[] = [
    {
      column: 'gw',
      title: msg('gatewayLb'),
      subtitle: msg('lbSub', { lb: gw.loadBalancer, frontend: gw.frontend }),
      lines: endpointLines('', names.gatewayFrontend?.ip ?? '', undefined),
    },
    {
      column: 'nva',
      title: msg('applianceNode', { vm: gw.appliance }),
      subtitle: msg('applianceNodeSub'),
      lines: endpointLines('', names.applianceIp ?? '', undefined),
    },
  ];
  const nodes = content.nodes.flatMap((n) => (n.column === 'lb' ? [n, ...added] : [n]));
  const [toGateway, out, back] = trace.chain as [ChainHop, ChainHop, ChainHop];
  const vm = gw.appliance;
  const chainRows = [
    chainRow(toGateway, 'lb', 'gw', msg('hopToGateway'), trace.vm, msg),
    chainRow(out, 'gw', 'nva', msg('hopToAppliance', { vm }), trace.vm, msg),
    chainRow(back, 'nva', 'gw', msg('hopFromAppliance', { vm }), trace.vm, msg),
  ];
  // The reply goes back through the same appliance (flow symmetry): the trace's last note says so, on the reply's row.
  const reply = content.rows.findIndex((r) => r.kind === 'flow' && r.to === 'client');
  const symmetric = trace.notes.at(-1);
  const rows = content.rows.map((r, i) => (i === reply && symmetric ? { ...r, note: `${r.note} ${symmetric}` } : r));
  const first = rows.findIndex((r) => r.from === 'client' && r.to === 'lb');
  rows.splice(first + 1, 0, ...chainRows);
  return { ...content, columns: insertAfter(content.columns, 'lb', ['gw', 'nva']), nodes, rows };
}

/** A chain hop's row: the packet as the client sent it, and for a tunnel the outer destination above it. */
function chainRow(hop: ChainHop, from: Column, to: Column, label: string, vm: string, msg: DiagramMsg): Row {
  const { src, dst } = rowMaker(vm, msg);
  const p = hop.packet;
  const tunnel: Segment[][] = hop.tunnel
    ? [
        [
          { text: `${msg('tunnelOuter', { type: msg(`tunnel.${hop.tunnel.type}`) })} `, cls: 'muted' },
          { text: hop.tunnel.outerDstIp, cls: 'chg' },
        ],
        [{ text: msg('tunnelInner'), cls: 'muted' }],
      ]
    : [];
  const header = [...tunnel, ...endpointLines(src, p.srcIp, p.srcPort), ...endpointLines(dst, p.dstIp, p.dstPort)];
  return { kind: 'flow', from, to, label, header, note: hop.note };
}

function insertAfter(columns: Column[], after: Column, added: Column[]): Column[] {
  const at = columns.indexOf(after);
  return [...columns.slice(0, at + 1), ...added, ...columns.slice(at + 1)];
}

/** Hop labels start with their number ("1  Client → frontend"): number them again in the order they are drawn. */
function renumber(rows: Row[]): Row[] {
  let n = 0;
  return rows.map((r) => {
    const m = /^\d+( {2})/.exec(r.label);
    return m ? { ...r, label: `${++n}${r.label.slice(m[0].length - m[1]!.length)}` } : r;
  });
}
