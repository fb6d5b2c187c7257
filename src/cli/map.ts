import { computeMapping, publicRow } from '../core/mapping/mapping';
import { formatEndpoint } from '../core/net/address';
import { EXIT, readTopology, type Io } from './io';
import { renderTable } from './table';

/** `map <file> [--json]`: what each VM receives for each rule, and what its service must listen on. */
export function mapCommand(io: Io, file: string | undefined, json: boolean): number {
  const rows = computeMapping(readTopology(io, file));
  if (json) {
    io.out(JSON.stringify({ rows: rows.map(publicRow) }, null, 2));
    return EXIT.ok;
  }
  const port = (p: number) => (p === 0 ? 'all ports' : String(p));
  const ep = (ip: string, p: number) => (p === 0 ? `${ip} (all ports)` : formatEndpoint(ip, p));
  io.out(
    renderTable(
      ['Rule', 'Frontend', 'Protocol', 'Port', 'VM', 'VM receives', 'Listen on', 'Floating IP'],
      rows.map((r) => [
        r.rule,
        `${r.frontend} (${r.frontendIp})`,
        r.protocol,
        port(r.frontendPort),
        r.vm,
        ep(r.destinationIp, r.destinationPort),
        `${ep(r.listenIp, r.destinationPort)} on ${r.listenOn === 'nic' ? 'the NIC' : 'loopback'}`,
        r.floatingIp ? 'on' : 'off',
      ]),
    ),
  );
  if (rows.length === 0) io.out('(no rule reaches a VM: run validate to see why)');
  return EXIT.ok;
}
