// `floatplan map` for Global (cross-region) load balancers: each Global rule's flow to each VM it reaches, through a
// regional frontend and rule (core/mapping/globalMapping.ts; Learn, cross-region-overview).
import type { GlobalVmRow } from '../core/mapping/globalMapping';
import type { ListenOn } from '../core/model/holder';
import { formatEndpoint } from '../core/net/address';
import type { Io } from './io';
import { renderTable } from './table';

/** The `--json` form of a Global row: every field but the list of regional rules, which `regionalRule` names one by one. */
export function globalRowJson({ regionalRules: _, ...row }: GlobalVmRow) {
  return row;
}

const ep = (ip: string, p: number) => (p === 0 ? `${ip} (all ports)` : formatEndpoint(ip, p));
const onOff = (on: boolean) => (on ? 'on' : 'off');

/**
 * The "Global load balancers" table of the text output: client → Global frontend → regional frontend and rule → VM,
 * what the VM receives and what its service must listen on; `listenOn` words the place as the rules' table does.
 */
export function globalTable(io: Io, rows: readonly GlobalVmRow[], listenOn: (endpoint: string, on: ListenOn) => string): void {
  if (rows.length === 0) return;
  io.out('');
  io.out('Global load balancers (client → Global frontend → regional frontend → VM)');
  io.out(
    renderTable(
      [
        'Load balancer',
        'Global rule',
        'Global frontend',
        'Protocol',
        'Regional frontend',
        'Regional rule',
        'VM',
        'VM receives',
        'Listen on',
        'Floating IP',
      ],
      rows.map((r) => [
        r.loadBalancer,
        r.rule,
        `${r.frontend} (${ep(r.frontendIp, r.frontendPort)})`,
        r.protocol,
        `${r.regionalLoadBalancer}/${r.regionalFrontend} (${ep(r.regionalFrontendIp, r.destinationPort)})`,
        r.regionalRule,
        r.vm,
        ep(r.vmDestinationIp, r.vmDestinationPort),
        listenOn(ep(r.listenIp, r.vmDestinationPort), r.listenOn),
        `global ${onOff(r.floatingIp)}, regional ${onOff(r.regionalFloatingIp)}`,
      ]),
    ),
  );
  // Learn, cross-region-overview, "Floating IP": the Global rule's setting works apart from the regional ones'.
  if (rows.some((r) => r.floatingIp))
    io.out('(floating IP on a Global rule: its VMs receive the Global frontend IP and hold it on a loopback)');
}
