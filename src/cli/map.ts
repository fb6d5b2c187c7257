import { computeMapping, publicRow } from '../core/mapping/mapping';
import type { ListenOn } from '../core/model/holder';
import { mapNatRules, publicNatRow } from '../core/mapping/natMapping';
import { indexTopology } from '../core/model/resolve';
import { formatEndpoint } from '../core/net/address';
import { outboundPaths } from '../core/outbound/outbound';
import { render } from '../core/i18n/text';
import { EXIT, readTopology, type Io } from './io';
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

/** `map <file> [--json]`: what each VM receives for each rule and inbound NAT rule, and what its service must listen on. */
export function mapCommand(io: Io, file: string | undefined, json: boolean): number {
  const topology = readTopology(io, file);
  const index = indexTopology(topology);
  const rows = computeMapping(topology, index);
  const natRows = mapNatRules(topology, index);
  if (json) {
    // `natRows` only when there are some, so the output for topologies without NAT rules stays as it was.
    // Every VM's path to the internet (core/outbound), its reason in English as `message`, like diagnostics.
    const outbound = outboundPaths(topology).map(({ text, ...rest }) => ({ ...rest, message: render(text, 'en') }));
    const out = natRows.length
      ? { rows: rows.map(publicRow), natRows: natRows.map(publicNatRow), outbound }
      : { rows: rows.map(publicRow), outbound };
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
  const cells = (r: (typeof rows)[number] | (typeof natRows)[number], name: string) => [
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
  io.out(
    renderTable(
      ['Rule', ...columns],
      rows.map((r) => cells(r, r.rule)),
    ),
  );
  if (rows.length === 0) {
    io.out(
      natRows.length ? '(no load-balancing rule reaches a VM: run validate to see why)' : '(no rule reaches a VM: run validate to see why)',
    );
  }
  if (natRows.length) {
    io.out('');
    io.out('Inbound NAT rules');
    io.out(
      renderTable(
        ['NAT rule', ...columns],
        natRows.map((r) => cells(r, r.natRule)),
      ),
    );
  }
  outboundTable(io, topology);
  return EXIT.ok;
}

/** Each VM's outbound path: the method, the NIC's primary IP, the address the internet sees and the rule giving it. */
function outboundTable(io: Io, topology: Parameters<typeof outboundPaths>[0]): void {
  const paths = outboundPaths(topology);
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
