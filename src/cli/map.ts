import { publicRow, type MappingRow } from '../core/mapping/mapping';
import type { ListenOn } from '../core/model/holder';
import { publicNatRow, type NatMappingRow } from '../core/mapping/natMapping';
import { formatEndpoint } from '../core/net/address';
import { outboundPaths, type VmOutbound } from '../core/outbound/outbound';
import { render } from '../core/i18n/text';
import { globalVmRows } from '../core/mapping/globalMapping';
import { lbIndex, lbViews } from '../core/topology/design';
import type { Topology } from '../core/topology/schema';
import { analyzeTopology } from '../core/validation/analyzeTopology';
import { EXIT, UsageError, lbNames, readTopology, type Io } from './io';
import { globalRowJson, globalTable } from './mapGlobal';
import { renderTable } from './table';

const LISTEN_ON: Record<ListenOn, string> = {
  nic: 'on the NIC',
  loopback: 'on loopback',
  cluster: "on the active node's NIC (cluster)",
  none: 'nothing: forwarded',
};

/** The "Listen on" cell: the address and where it lives; an appliance listens on nothing. */
function listenOn(endpoint: string, on: ListenOn): string {
  return on === 'none' ? LISTEN_ON.none : `${endpoint} ${LISTEN_ON[on]}`;
}

/**
 * Every row of every load balancer (or of the one `lb` names) with the name of its load balancer, and the flows of
 * Global load balancers to the VMs behind their regional frontends: a Global load balancer's rows (its own pool holds
 * no VM), so `--lb <global>` keeps them and `--lb <regional>` does not.
 */
function rowsOf(topology: Topology, lb: string | undefined) {
  const rows: { lb: string; row: MappingRow }[] = [];
  const natRows: { lb: string; row: NatMappingRow }[] = [];
  const analysis = analyzeTopology(topology);
  for (const part of analysis.parts) {
    if (lb !== undefined && part.loadBalancer !== lb) continue;
    for (const row of part.analysis.rows) rows.push({ lb: part.loadBalancer, row });
    for (const row of part.analysis.natRows) natRows.push({ lb: part.loadBalancer, row });
  }
  const globalRows = globalVmRows(topology, analysis).filter((g) => lb === undefined || g.loadBalancer === lb);
  return { rows, natRows, globalRows };
}

/**
 * Each VM's outbound path. A VM behind several load balancers has one path per load balancer's view of it; the first
 * that reaches the internet is its path (any of them does), else the first.
 */
function outboundOf(topology: Topology): VmOutbound[] {
  const views = lbViews(topology).map(outboundPaths);
  return views[0]!.map((first, i) => views.map((paths) => paths[i]!).find((p) => p.kind !== 'none') ?? first);
}

/**
 * `map <file> [--json] [--lb <name>]`: what each VM receives for each rule and inbound NAT rule of every load balancer
 * (or of the one `--lb` names), and of each Global load balancer through its regional ones, and what its service must
 * listen on.
 */
export function mapCommand(io: Io, file: string | undefined, json: boolean, lb?: string): number {
  const topology = readTopology(io, file);
  if (lb !== undefined && lbIndex(topology, lb) < 0)
    throw new UsageError(`--lb ${lb}: no such load balancer; this topology has ${lbNames(topology)}`);
  const all = rowsOf(topology, lb);
  const rows = all.rows.map((r) => r.row);
  const natRows = all.natRows.map((r) => r.row);
  const several = topology.loadBalancers.length > 1;
  if (json) {
    // `natRows` only when there are some, so the output for topologies without NAT rules stays as it was.
    // Every VM's path to the internet (core/outbound), its reason in English as `message`, like diagnostics.
    // Each row says its load balancer (`loadBalancer`).
    const outbound = outboundOf(topology).map(({ text, ...rest }) => ({ ...rest, message: render(text, 'en') }));
    const rowJson = all.rows.map(({ lb, row }) => ({ loadBalancer: lb, ...publicRow(row) }));
    const natJson = all.natRows.map(({ lb, row }) => ({ loadBalancer: lb, ...publicNatRow(row) }));
    // `globalRows` likewise only with a Global load balancer's flows: each says its Global and regional load balancer.
    const out = {
      rows: rowJson,
      ...(natRows.length > 0 && { natRows: natJson }),
      ...(all.globalRows.length > 0 && { globalRows: all.globalRows.map(globalRowJson) }),
      outbound,
    };
    io.out(JSON.stringify(out, null, 2));
    return EXIT.ok;
  }
  const port = (p: number) => (p === 0 ? 'all ports' : String(p));
  const ep = (ip: string, p: number) => (p === 0 ? `${ip} (all ports)` : formatEndpoint(ip, p));
  // A forwarding appliance receives routed flows with their original destination; only flows sent to the frontend
  // itself arrive as the mapping computes (docs/topology-format.md, "Who holds the frontend IP").
  // Behind a Gateway load balancer every flow arrives VXLAN-encapsulated at the appliance's NIC, inner packet unchanged.
  const receives = (ip: string, p: number, on: ListenOn, vxlan: boolean) =>
    vxlan
      ? `VXLAN to ${ip} (tunnel interfaces), inner packet unchanged`
      : on === 'none'
        ? `original destination (${ep(ip, p)} if sent to the frontend)`
        : ep(ip, p);
  const cells = (r: (typeof rows)[number] | (typeof natRows)[number], name: string, lb: string) => [
    ...(several ? [lb] : []),
    name,
    `${r.frontend} (${r.frontendIp})`,
    r.protocol,
    port(r.frontendPort),
    r.vm,
    receives(r.destinationIp, r.destinationPort, r.listenOn, 'encapsulation' in r && r.encapsulation === 'vxlan'),
    'encapsulation' in r && r.encapsulation === 'vxlan' ? 'nothing: VXLAN tunnel' : listenOn(ep(r.listenIp, r.destinationPort), r.listenOn),
    r.floatingIp ? 'on' : 'off',
  ];
  const columns = ['Frontend', 'Protocol', 'Port', 'VM', 'VM receives', 'Listen on', 'Floating IP'];
  const lbColumn = several ? ['Load balancer'] : [];
  // Filtered to a Global load balancer, its flows (below) are the whole mapping: no empty rules' table before them.
  const globalOnly = rows.length === 0 && all.globalRows.length > 0;
  if (!globalOnly) {
    io.out(
      renderTable(
        [...lbColumn, 'Rule', ...columns],
        all.rows.map(({ lb, row }) => cells(row, row.rule, lb)),
      ),
    );
  }
  if (rows.length === 0 && !globalOnly) {
    io.out(
      natRows.length ? '(no load-balancing rule reaches a VM: run validate to see why)' : '(no rule reaches a VM: run validate to see why)',
    );
  }
  if (natRows.length) {
    io.out('');
    io.out('Inbound NAT rules');
    io.out(
      renderTable(
        [...lbColumn, 'NAT rule', ...columns],
        all.natRows.map(({ lb, row }) => cells(row, row.natRule, lb)),
      ),
    );
  }
  globalTable(io, all.globalRows, listenOn);
  outboundTable(io, topology);
  return EXIT.ok;
}

/** Each VM's outbound path: the method, the NIC's primary IP, the address the internet sees and the rule giving it. */
function outboundTable(io: Io, topology: Topology): void {
  const paths = outboundOf(topology);
  if (paths.length === 0) return;
  io.out('');
  io.out('Outbound');
  io.out(
    renderTable(
      ['VM', 'Outbound', 'From', 'Internet sees', 'Via'],
      paths.map((p) => [p.vm, p.kind, p.nicIp, p.publicIp ?? (p.kind === 'none' ? '-' : '(not in the plan)'), p.via ?? '-']),
    ),
  );
  const none = paths.filter((p) => p.kind === 'none').map((p) => p.vm);
  if (none.length) io.out(`(${none.join(', ')}: no outbound path to the internet; run validate for the fix)`);
}
