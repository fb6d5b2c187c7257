import type { Field, Hop, Trace } from '../trace/trace';
import { endpointPieces, packLines } from './text';

// What one panel says, before any geometry: the boxes along the top, and one row per arrow.

/** Lifelines, left to right: the client, the load balancer, the VM's NIC and (floating IP) its loopback. */
export type Column = 'client' | 'lb' | 'nic' | 'lo';

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
}

export type RowKind = 'flow' | 'probe' | 'ok' | 'fail';

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
}

export interface PanelContent {
  floatingIp: boolean;
  /** True when the rule really has this floating IP setting (the panel is marked "this rule"). */
  actual: boolean;
  columns: Column[];
  vmTitle: string;
  nodes: NodeBox[];
  rows: Row[];
}

/** Longest endpoint line, in characters, before it wraps (an IPv4 endpoint is at most 21). */
export const ENDPOINT_MAX = 28;

const LABEL_WIDTH = 4; // "src " / "dst " before every header value

/**
 * Lines for `prefix ip:port`, wrapped at IPv6 colons or before the port; `ipChanged`/`portChanged`
 * pick the rewritten colour. Continuation lines start with spaces so values stay aligned.
 * @example endpointLines('dst', '10.0.0.4', 80, true, false) // [[{text:'dst ',cls:'muted'},{text:'10.0.0.4',cls:'chg'},…]]
 */
export function endpointLines(prefix: string, ip: string, port: number | undefined, ipChanged = false, portChanged = false): Segment[][] {
  return packLines(endpointPieces(ip, port), ENDPOINT_MAX).map((pieces, i) => {
    const line: Segment[] = [{ text: i === 0 ? (prefix ? `${prefix} ` : '') : ' '.repeat(prefix ? LABEL_WIDTH : 0), cls: 'muted' }];
    for (const p of pieces) {
      if (p.part === 'ip') line.push({ text: p.text, cls: ipChanged ? 'chg' : 'same' });
      else line.push({ text: ':', cls: 'muted' }, { text: p.text.slice(1), cls: portChanged ? 'chg' : 'same' });
    }
    return line.filter((s) => s.text !== '');
  });
}

/**
 * The boxes and rows of one panel, from a trace of the rule with this panel's floating IP setting.
 * @example panelContent(trace, true).rows.map(r => r.label)
 */
export function panelContent(trace: Trace, actual: boolean, names: { lb: string; frontend: string; os: string }): PanelContent {
  const on = trace.floatingIp;
  const [first, atVm, reply, atClient] = trace.hops as [Hop, Hop, Hop, Hop];
  const vmEnd: Column = on ? 'lo' : 'nic';
  // With floating IP the packet never names the NIC's address, so it comes from the outbound path.
  const nicIp = on ? (trace.outbound?.allowedSrc ?? '') : atVm.packet.dstIp;
  const nodes: NodeBox[] = [
    { column: 'client', title: 'Client', subtitle: 'on the internet or VNet', lines: endpointLines('', first.packet.srcIp, first.packet.srcPort) },
    { column: 'lb', title: 'Load balancer', subtitle: `${names.lb} · frontend ${names.frontend}`, lines: endpointLines('', first.packet.dstIp, first.packet.dstPort) },
    { column: 'nic', title: 'NIC', subtitle: 'backend instance IP', lines: endpointLines('', nicIp, undefined) },
  ];
  if (on) nodes.push({ column: 'lo', title: 'Loopback', subtitle: 'holds the frontend IP', lines: endpointLines('', first.packet.dstIp, undefined) });

  const hopRow = (hop: Hop, from: Column, to: Column, label: string): Row => ({
    kind: 'flow',
    from,
    to,
    label,
    header: [
      ...endpointLines('src', hop.packet.srcIp, hop.packet.srcPort, has(hop.changed, 'srcIp'), has(hop.changed, 'srcPort')),
      ...endpointLines('dst', hop.packet.dstIp, hop.packet.dstPort, has(hop.changed, 'dstIp'), has(hop.changed, 'dstPort')),
    ],
    note: hop.note,
  });
  const rows: Row[] = [
    hopRow(first, 'client', 'lb', '1  Client → frontend'),
    hopRow(atVm, 'lb', vmEnd, `2  Load balancer → ${trace.vm}'s ${on ? 'loopback' : 'NIC'}`),
    hopRow(reply, vmEnd, 'client', `3  ${trace.vm} replies (as the guest sends it)`),
    hopRow(atClient, vmEnd, 'client', '4  Reply as the client receives it'),
  ];
  if (trace.probe) {
    const [ip, port] = splitEndpoint(trace.probe.dst);
    rows.push({
      kind: 'probe',
      from: 'lb',
      to: 'nic',
      label: `Health probe ${trace.probe.probe} (${trace.probe.protocol})`,
      header: [...endpointLines('src', trace.probe.src, undefined), ...endpointLines('dst', ip, port)],
      note: trace.probe.note,
      section: 'Health probe',
    });
  }
  if (trace.outbound) {
    rows.push(
      {
        kind: 'fail',
        from: 'lo',
        to: 'client',
        label: 'Outbound flow opened from the frontend IP',
        header: [...endpointLines('src', trace.outbound.failingSrc, undefined), [{ text: '✗ not rewritten: fails', cls: 't-fail' }]],
        note: `Azure does not rewrite a flow that ${trace.vm} opens from the frontend IP on its loopback.`,
        section: 'Outbound (floating IP limitation)',
      },
      {
        kind: 'ok',
        from: 'nic',
        to: 'client',
        label: "Outbound flow opened from the NIC's primary IP",
        header: [...endpointLines('src', trace.outbound.allowedSrc, undefined), [{ text: '✓ works', cls: 't-ok' }]],
        note: trace.outbound.note,
      },
    );
  }
  return {
    floatingIp: on,
    actual,
    columns: on ? ['client', 'lb', 'nic', 'lo'] : ['client', 'lb', 'nic'],
    vmTitle: `${trace.vm} (${names.os})`,
    nodes,
    rows,
  };
}

function has(changed: Field[], f: Field): boolean {
  return changed.includes(f);
}

function splitEndpoint(endpoint: string): [string, number] {
  const m = /^\[?(.*?)\]?:(\d+)$/.exec(endpoint)!;
  return [m[1]!, Number(m[2])];
}
