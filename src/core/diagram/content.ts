import type { Field, Hop, Trace } from '../trace/trace';
import type { HopFailure } from '../trace/whatIf';
import { applianceContent, clusterContent } from './contentModes';
import { diagramMsg, WHAT_IF_TEXT, type DiagramMsg } from './messages';
import { cells, endpointPieces, packLines } from './text';

// What one panel says, before any geometry: the boxes along the top, and one row per arrow.

/**
 * Lifelines, left to right: the Azure platform that sends the health probe ('azure', only when the rule has a probe),
 * the client, the load balancer, the VM's NIC and (floating IP) its loopback; a cluster's other node ('peer') or the
 * server behind an appliance ('server') to the right of the VM; a chain adds a Global load balancer ('glb') between the
 * client and the load balancer, or a Gateway load balancer ('gw') and its appliance ('nva') right of it (chainContent.ts).
 */
export type Column = 'azure' | 'client' | 'glb' | 'lb' | 'gw' | 'nva' | 'nic' | 'lo' | 'peer' | 'server';

/** A run of text with the CSS class that colours it (see style.ts). */
export interface Segment {
  text: string;
  cls: 'same' | 'chg' | 'muted' | 't-ok' | 't-fail';
}

export interface NodeBox {
  column: Column;
  title: string;
  subtitle: string;
  /** Monospace lines, already wrapped. */
  lines: Segment[][];
  /** Drawn greyed: a cluster node that holds no frontend IP and gets no flow. */
  muted?: true;
}

export type RowKind = 'flow' | 'probe' | 'ok' | 'fail' | 'nsg';

export interface Row {
  kind: RowKind;
  from: Column;
  to: Column;
  label: string;
  /** Monospace lines of the header box, already wrapped. */
  header: Segment[][];
  note: string;
  /** A heading drawn above the row, starting a new section. */
  section?: string;
  /** What-if: the flow fails on this row (drawn in the failure colour, ending in ✗), or never gets here (greyed). */
  status?: 'failed' | 'not-reached';
}

export interface PanelContent {
  floatingIp: boolean;
  /** True when the rule really has this floating IP setting (the panel is marked "this rule"). */
  actual: boolean;
  columns: Column[];
  /** Panel title, "this rule" badge text and subtitle, in the diagram's language. */
  title: string;
  badge: string;
  subtitle: string;
  /** What-if switches that change nothing in this panel, each saying why (drawn under the subtitle). */
  noEffect: string[];
  vmTitle: string;
  nodes: NodeBox[];
  rows: Row[];
}

/** Longest endpoint line, in characters, before it wraps (an IPv4 endpoint is at most 21). */
export const ENDPOINT_MAX = 28;

/**
 * Lines for `prefix ip:port`, wrapped at IPv6 colons or before the port; `ipChanged`/`portChanged`
 * pick the rewritten colour. Continuation lines start with spaces so values stay aligned.
 * @example endpointLines('dst', '10.0.0.4', 80, true, false) // [[{text:'dst ',cls:'muted'},{text:'10.0.0.4',cls:'chg'},…]]
 */
export function endpointLines(
  prefix: string,
  ip: string,
  port: number | string | undefined,
  ipChanged = false,
  portChanged = false,
): Segment[][] {
  return packLines(endpointPieces(ip, port), ENDPOINT_MAX).map((pieces, i) => {
    // Continuation lines are indented by the prefix's width in cells ("src " is 4, "送信元 " is 7).
    const line: Segment[] = [{ text: i === 0 ? (prefix ? `${prefix} ` : '') : ' '.repeat(prefix ? cells(prefix) + 1 : 0), cls: 'muted' }];
    for (const p of pieces) {
      if (p.part === 'ip') line.push({ text: p.text, cls: ipChanged ? 'chg' : 'same' });
      else line.push({ text: ':', cls: 'muted' }, { text: p.text.slice(1), cls: portChanged ? 'chg' : 'same' });
    }
    return line.filter((s) => s.text !== '');
  });
}

/**
 * The boxes and rows of one panel, from a trace of the rule with this panel's floating IP setting, in `msg`'s
 * language; hops a what-if breaks are marked failed (with the reason and fix as the note) or not reached.
 * @example panelContent(trace, true, names).rows.map(r => r.label)
 */
export function panelContent(
  trace: Trace,
  actual: boolean,
  names: { lb: string; frontend: string; os: string },
  msg: DiagramMsg = diagramMsg(),
): PanelContent {
  // Modes where not every member holds the frontend IP have panels of their own (contentModes.ts).
  if (trace.appliance) return applianceContent(trace, actual, names, msg);
  if (trace.cluster) return clusterContent(trace, actual, names, msg);
  const on = trace.floatingIp;
  const [first, atVm, reply, atClient] = trace.hops as [Hop, Hop, Hop, Hop];
  const vmEnd: Column = on ? 'lo' : 'nic';
  const vm = trace.vm;
  // With floating IP the packet never names the NIC's address, so it comes from the outbound path.
  const nicIp = on ? (trace.outbound?.allowedSrc ?? '') : atVm.packet.dstIp;
  const nodes: NodeBox[] = [
    {
      column: 'client',
      title: msg('client'),
      subtitle: msg('clientSub'),
      lines: endpointLines('', first.packet.srcIp, first.packet.srcPort),
    },
    { column: 'lb', title: msg('lb'), subtitle: msg('lbSub', names), lines: endpointLines('', first.packet.dstIp, first.packet.dstPort) },
    { column: 'nic', title: msg('nic'), subtitle: msg('nicSub'), lines: endpointLines('', nicIp, undefined) },
  ];
  nodes.unshift(...probeSourceNodes(trace, msg));
  if (on)
    nodes.push({
      column: 'lo',
      title: msg('loopback'),
      subtitle: msg('loopbackSub'),
      lines: endpointLines('', first.packet.dstIp, undefined),
    });

  const { src, hopRow } = rowMaker(vm, msg);
  const rows: Row[] = [
    hopRow(first, 'client', 'lb', msg('hop1')),
    hopRow(atVm, 'lb', vmEnd, msg(on ? 'hop2Lo' : 'hop2Nic', { vm })),
    hopRow(reply, vmEnd, 'client', msg('hop3', { vm })),
    hopRow(atClient, vmEnd, 'client', msg('hop4')),
  ];
  rows.push(...nsgRows(trace, vmEnd, msg), ...probeRows(trace, msg), ...outboundRows(trace, src, msg));
  return {
    floatingIp: on,
    actual,
    columns: withProbeSource(trace, on ? ['client', 'lb', 'nic', 'lo'] : ['client', 'lb', 'nic']),
    title: msg(on ? 'panelOn' : 'panelOff'),
    badge: msg('thisRule'),
    subtitle: msg(on ? 'subtitleOn' : 'subtitleOff'),
    noEffect: noEffectLines(trace, msg),
    vmTitle: msg('vmTitle', { vm, os: names.os }),
    nodes,
    rows,
  };
}

/** The "what if …? no effect" lines of a panel. */
export function noEffectLines(trace: Trace, msg: DiagramMsg): string[] {
  return trace.effects
    .filter((e) => e.outcome === 'no-effect')
    .map((e) => msg('noEffectLine', { whatIf: msg(WHAT_IF_TEXT[e.whatIf]), reason: e.reason }));
}

/**
 * The src/dst prefixes padded to one width (so addresses line up in every language), and a row maker for hops:
 * a what-if failure is drawn failed with its reason and fix, a hop never reached greyed (with its own note when a
 * mode, not a what-if, keeps the flow away).
 * @example rowMaker('VM1', msg).hopRow(hop, 'client', 'lb', '1  Client → frontend').kind // 'flow'
 */
export function rowMaker(
  vm: string,
  msg: DiagramMsg,
): { src: string; dst: string; hopRow: (hop: Hop, from: Column, to: Column, label: string) => Row } {
  const prefixCells = Math.max(cells(msg('src')), cells(msg('dst')));
  const [src, dst] = [msg('src'), msg('dst')].map((p) => p + ' '.repeat(prefixCells - cells(p))) as [string, string];
  const hopRow = (hop: Hop, from: Column, to: Column, label: string): Row => {
    const row: Row = {
      kind: 'flow',
      from,
      to,
      label,
      header: [
        ...endpointLines(src, hop.packet.srcIp, hop.packet.srcPort, has(hop.changed, 'srcIp'), has(hop.changed, 'srcPort')),
        ...endpointLines(dst, hop.packet.dstIp, hop.packet.dstPort, has(hop.changed, 'dstIp'), has(hop.changed, 'dstPort')),
      ],
      note: hop.note,
    };
    if (hop.failure) {
      row.status = 'failed';
      row.header.push([{ text: failMark(hop.failure, vm, msg), cls: 't-fail' }]);
      row.note = `${hop.failure.reason} ${hop.failure.fix}`;
    } else if (hop.notReached) {
      row.status = 'not-reached';
      row.note = hop.blockedBy ? hop.note : msg('notReached');
    }
    return row;
  };
  return { src, dst, hopRow };
}

/**
 * The NSG row: the inbound rule an NSG on the VM's path must allow, as the core's NSG plan writes it (trace.nsg): the
 * frontend IP and port with floating IP, the NIC IP and backend port without, `*` ports for HA ports, any destination
 * for an appliance; with the topology's own NSGs, ✓ allowed or ✗ the rule that denies it (drawn failed).
 * @example nsgRows(trace, 'lo', msg)[0]?.header // [[src Internet], [dst 65.52.0.1:80]]
 */
export function nsgRows(trace: Trace, to: Column, msg: DiagramMsg): Row[] {
  const need = trace.nsg?.flow;
  if (!need) return [];
  const { src, dst } = rowMaker(trace.vm, msg);
  const header: Segment[][] = [...endpointLines(src, need.source, undefined), ...endpointLines(dst, need.destination, need.ports)];
  const check = need.check;
  if (check) {
    const by = { nsg: check.nsg ?? '', rule: check.rule ?? '', priority: check.priority ?? 0, nsgs: check.nsgs.join(', ') };
    header.push([
      check.outcome === 'allowed'
        ? { text: msg('nsgAllowedMark', by), cls: 't-ok' }
        : { text: msg(check.outcome === 'blocked' ? 'nsgDeniedMark' : 'nsgPartlyMark', by), cls: 't-fail' },
    ]);
  }
  const protocol = need.protocol === '*' ? msg('nsgAnyProtocol') : need.protocol;
  return [
    {
      kind: 'nsg',
      from: 'client',
      to,
      label: msg('nsgLabel', { protocol }),
      header,
      note: need.note,
      section: msg('nsgSection', { vm: trace.vm }),
      ...(check?.outcome === 'blocked' ? { status: 'failed' as const } : {}),
    },
  ];
}

/**
 * The Azure platform's lifeline, leftmost, when the rule has a probe: Azure sends health probes from its own address
 * (168.63.129.16; IPv6 a link-local address), not from the load balancer's frontend (docs/diagrams.md, reference §2.7).
 * @example probeSourceNodes(trace, msg)[0]?.lines // [[{ text: '168.63.129.16', cls: 'same' }]]
 */
export function probeSourceNodes(trace: Trace, msg: DiagramMsg): NodeBox[] {
  if (!trace.probe) return [];
  return [
    {
      column: 'azure',
      title: msg('azurePlatform'),
      subtitle: msg('azurePlatformSub'),
      lines: endpointLines('', trace.probe.src, undefined),
    },
  ];
}

/** The panel's columns with the Azure platform's lifeline first when the rule has a probe. */
export function withProbeSource(trace: Trace, columns: Column[]): Column[] {
  return trace.probe ? ['azure', ...columns] : columns;
}

/**
 * The health probe row from the Azure platform's lifeline to the traced VM's NIC; a cluster's passive node gets it greyed (down by design, not a fault).
 * @example probeRows(trace, msg)[0]?.kind // 'probe'
 */
export function probeRows(trace: Trace, msg: DiagramMsg): Row[] {
  const { src, dst } = rowMaker(trace.vm, msg);
  const rows: Row[] = [];
  if (trace.probe) {
    const failed = trace.probe.failed;
    const byDesign = trace.cluster?.role === 'passive';
    rows.push({
      kind: 'probe',
      from: 'azure',
      to: 'nic',
      label: msg('probeLabel', { probe: trace.probe.probe, protocol: trace.probe.protocol }),
      header: [
        ...endpointLines(src, trace.probe.src, undefined),
        ...endpointLines(dst, trace.probe.dstIp, trace.probe.port),
        ...(failed ? [[{ text: msg(byDesign ? 'peerProbeMark' : 'failProbe'), cls: 't-fail' } as Segment]] : []),
      ],
      note: failed ? `${failed} ${trace.probe.note}` : trace.probe.note,
      section: msg('probeSection'),
      ...(failed ? { status: byDesign ? ('not-reached' as const) : ('failed' as const) } : {}),
    });
  }
  return rows;
}

/**
 * The outbound rows: with floating IP, a flow opened from the frontend IP fails; in every panel, the VM's outbound path
 * from its NIC's primary IP (core/outbound): ✓ with the method and the address the internet sees, or ✗ none.
 * @example outboundRows(trace, 'src', msg).map((r) => r.kind) // ['fail', 'ok']
 */
export function outboundRows(trace: Trace, src: string, msg: DiagramMsg, holder: Column = 'lo'): Row[] {
  const vm = trace.vm;
  const rows: Row[] = [];
  if (trace.outbound) {
    const attempted = trace.outbound.attempted && trace.failure?.at === 'outbound' ? trace.failure : undefined;
    rows.push({
      kind: 'fail',
      from: holder,
      to: 'client',
      label: msg(attempted ? 'outboundAppLabel' : 'outboundFailLabel'),
      header: [...endpointLines(src, trace.outbound.failingSrc, undefined), [{ text: msg('outboundFailMark'), cls: 't-fail' }]],
      note: attempted
        ? `${attempted.reason} ${attempted.fix ?? ''}`.trim()
        : msg(holder === 'lo' ? 'outboundFailNote' : 'outboundFailNoteCluster', { vm }),
      section: msg('outboundSection'),
      ...(attempted ? { status: 'failed' as const } : {}),
    });
  }
  const egress = egressRow(trace, src, msg);
  if (egress) rows.push(trace.outbound ? egress : { ...egress, section: msg('egressSection') });
  return rows;
}

/** The VM's outbound path from its NIC's primary IP; a trace without one (no such VM) keeps the limitation's ✓ row. */
function egressRow(trace: Trace, src: string, msg: DiagramMsg): Row | undefined {
  const e = trace.egress;
  if (!e) {
    if (!trace.outbound) return undefined;
    const header = [...endpointLines(src, trace.outbound.allowedSrc, undefined), [{ text: msg('outboundOkMark'), cls: 't-ok' } as Segment]];
    return { kind: 'ok', from: 'nic', to: 'client', label: msg('outboundOkLabel'), header, note: trace.outbound.note };
  }
  const ok = e.kind !== 'none';
  const mark: Segment = ok
    ? { text: msg('egressOkMark', { method: msg(`egress.${e.kind}`) }), cls: 't-ok' }
    : { text: msg('egressNoneMark'), cls: 't-fail' };
  const header = [
    ...endpointLines(src, e.nicIp, undefined),
    ...(e.publicIp ? endpointLines(msg('egressAs'), e.publicIp, undefined) : []),
    [mark],
  ];
  return {
    kind: ok ? 'ok' : 'fail',
    from: 'nic',
    to: 'client',
    label: msg(ok ? 'outboundOkLabel' : 'egressNoneLabel'),
    header,
    note: trace.outbound ? `${trace.outbound.note} ${e.note}` : e.note,
  };
}

function failMark(failure: HopFailure, vm: string, msg: DiagramMsg): string {
  if (failure.outcome === 'blocked-by-nsg') return msg('failNsg', { vm, nsg: failure.nsg?.nsg ?? '' });
  const key = failure.outcome === 'dropped' ? 'failDropped' : failure.outcome === 'no-listener' ? 'failNoListener' : 'failOutOfRotation';
  return msg(key, { vm });
}

function has(changed: Field[], f: Field): boolean {
  return changed.includes(f);
}
