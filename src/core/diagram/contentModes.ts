import type { Hop, Trace } from '../trace/trace';
import {
  endpointLines,
  noEffectLines,
  nsgRows,
  outboundRows,
  probeRows,
  probeSourceNodes,
  rowMaker,
  withProbeSource,
  type Column,
  type NodeBox,
  type PanelContent,
  type Row,
  type Segment,
} from './content';
import type { DiagramMsg } from './messages';

// The panels of the modes where not every member holds the frontend IP (issue 14). A cluster: the active node holds
// it on its NIC ("held by the cluster on the active node") and the other node is drawn greyed, "no VIP, probe down";
// tracing the passive node shows its hops never reached and the active node getting the flows instead. An appliance:
// a server lifeline behind it, the original destination on every hop and the reply back through the same appliance.

type Names = { lb: string; frontend: string; os: string };

/**
 * One panel of a cluster pool's trace: the traced node, the other node, and who gets the flow.
 * @example clusterContent(trace, true, names, msg).columns // ['client', 'lb', 'nic', 'peer']
 */
export function clusterContent(trace: Trace, actual: boolean, names: Names, msg: DiagramMsg): PanelContent {
  const c = trace.cluster!;
  const on = trace.floatingIp;
  const [first, atVm, reply, atClient] = trace.hops as [Hop, Hop, Hop, Hop];
  const vm = trace.vm;
  const passive = c.role === 'passive';
  const frontendIp = first.packet.dstIp;
  const self = passive ? (c.passive.find((p) => p.vm === vm) ?? { vm, ip: '' }) : { vm, ip: c.activeIp };
  const peer = passive ? { vm: c.active, ip: c.activeIp } : c.passive[0];
  // The active node holds the frontend IP on its NIC (with floating IP the packet arrives addressed to it).
  const holderLines = (ip: string) => [...endpointLines('', ip, undefined), ...(on ? endpointLines('', frontendIp, undefined) : [])];
  const nodes: NodeBox[] = [
    ...probeSourceNodes(trace, msg),
    {
      column: 'client',
      title: msg('client'),
      subtitle: msg('clientSub'),
      lines: endpointLines('', first.packet.srcIp, first.packet.srcPort),
    },
    { column: 'lb', title: msg('lb'), subtitle: msg('lbSub', names), lines: endpointLines('', frontendIp, first.packet.dstPort) },
    passive
      ? { column: 'nic', title: msg('nic'), subtitle: msg('peerPassiveSub'), lines: endpointLines('', self.ip, undefined), muted: true }
      : { column: 'nic', title: msg('nic'), subtitle: msg(on ? 'nicClusterSub' : 'nicSub'), lines: holderLines(self.ip) },
  ];
  if (peer) {
    nodes.push(
      passive
        ? {
            column: 'peer',
            title: msg('peerActiveTitle', { vm: peer.vm }),
            subtitle: msg(on ? 'nicClusterSub' : 'nicSub'),
            lines: holderLines(peer.ip),
          }
        : {
            column: 'peer',
            title: msg('peerPassiveTitle', { vm: peer.vm }),
            subtitle: msg('peerPassiveSub'),
            lines: endpointLines('', peer.ip, undefined),
            muted: true,
          },
    );
  }
  const { src, dst, hopRow } = rowMaker(vm, msg);
  const rows: Row[] = [
    hopRow(first, 'client', 'lb', msg('hop1')),
    hopRow(atVm, 'lb', 'nic', msg(on && !passive ? 'hop2Cluster' : 'hop2Nic', { vm })),
    hopRow(reply, 'nic', 'client', msg('hop3', { vm })),
    hopRow(atClient, 'nic', 'client', msg('hop4')),
  ];
  if (passive && peer) {
    // Where the flow goes instead: the active node, addressed as the active node receives it.
    const port = atVm.packet.dstPort;
    rows.push({
      kind: 'ok',
      from: 'lb',
      to: 'peer',
      label: msg('toActiveLabel', { vm: peer.vm }),
      header: endpointLines(dst, on ? frontendIp : peer.ip, port),
      note: msg('toActiveNote', { vm: peer.vm }),
    });
  }
  rows.push(...nsgRows(trace, 'nic', msg), ...probeRows(trace, msg));
  if (!passive && peer && trace.probe) {
    const mark: Segment[] = [{ text: msg('peerProbeMark'), cls: 'muted' }];
    rows.push({
      kind: 'probe',
      from: 'azure',
      to: 'peer',
      label: msg('peerProbeLabel', { probe: trace.probe.probe, vm: peer.vm }),
      header: [...endpointLines(src, trace.probe.src, undefined), ...endpointLines(dst, peer.ip, trace.probe.port), mark],
      note: msg('peerProbeNote', { vm: peer.vm }),
      status: 'not-reached',
    });
  }
  rows.push(...outboundRows(trace, src, msg, 'nic'));
  return {
    floatingIp: on,
    actual,
    columns: withProbeSource(trace, ['client', 'lb', 'nic', ...(peer ? (['peer'] as Column[]) : [])]),
    title: msg(on ? 'panelOn' : 'panelOff'),
    badge: msg('thisRule'),
    subtitle: msg(passive ? 'subtitlePassive' : on ? 'subtitleOnCluster' : 'subtitleOffCluster'),
    noEffect: noEffectLines(trace, msg),
    vmTitle: msg('vmTitleRole', { vm, os: names.os, role: msg(passive ? 'passiveNode' : 'activeNode') }),
    nodes,
    rows,
  };
}

/**
 * One panel of an appliance pool's trace: client, load balancer (the UDR's next hop), the appliance and the server
 * behind it, with six hops that keep the original source and destination.
 * @example applianceContent(trace, true, names, msg).rows.length // 8 (six hops, the NSG rule and the probe)
 */
export function applianceContent(trace: Trace, actual: boolean, names: Names, msg: DiagramMsg): PanelContent {
  const a = trace.appliance!;
  const vm = trace.vm;
  const [h1, h2, h3, h4, h5, h6] = trace.hops as [Hop, Hop, Hop, Hop, Hop, Hop];
  const nodes: NodeBox[] = [
    ...probeSourceNodes(trace, msg),
    { column: 'client', title: msg('client'), subtitle: msg('clientSub'), lines: endpointLines('', h1.packet.srcIp, h1.packet.srcPort) },
    { column: 'lb', title: msg('lb'), subtitle: msg('lbSub', names), lines: endpointLines('', a.nextHop, undefined) },
    { column: 'nic', title: msg('nic'), subtitle: msg('applianceNicSub'), lines: endpointLines('', a.applianceIp, undefined) },
    {
      column: 'server',
      title: msg('server'),
      subtitle: msg(a.example ? 'serverSubExample' : 'serverSub'),
      lines: endpointLines('', a.destinationIp, a.destinationPort),
    },
  ];
  const { hopRow } = rowMaker(vm, msg);
  const rows: Row[] = [
    hopRow(h1, 'client', 'lb', msg('hop1Udr')),
    hopRow(h2, 'lb', 'nic', msg('hop2Appliance', { vm })),
    hopRow(h3, 'nic', 'server', msg('hop3Appliance', { vm })),
    hopRow(h4, 'server', 'lb', msg('hop4Appliance')),
    hopRow(h5, 'lb', 'nic', msg('hop5Appliance', { vm })),
    hopRow(h6, 'nic', 'client', msg('hop6Appliance', { vm })),
    ...nsgRows(trace, 'nic', msg),
    ...probeRows(trace, msg),
  ];
  return {
    floatingIp: trace.floatingIp,
    actual,
    columns: withProbeSource(trace, ['client', 'lb', 'nic', 'server']),
    title: msg(trace.floatingIp ? 'panelOn' : 'panelOff'),
    badge: msg('thisRule'),
    subtitle: msg('subtitleAppliance'),
    noEffect: noEffectLines(trace, msg),
    vmTitle: msg('vmTitleRole', { vm, os: names.os, role: msg('applianceRole') }),
    nodes,
    rows,
  };
}
