import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { TopologyIndex } from '../model/resolve';
import { names, text, type Text } from './catalogText';
import { ref } from './refs';

/**
 * MultipleIpConfigsRequestSamePrivateIpAddress: an internal frontend whose address is already a VM's IP configuration
 * or another frontend's (on a public load balancer two frontends on one address are DuplicateFrontendIp).
 * Azure assigns a private address to one IP configuration only and refuses the deployment; left unchecked, the guest
 * script would add the VM's own address to its loopback.
 * @example checkFrontendIpTaken(indexTopology(t), out) // FE1 at 10.0.0.4 beside VM1's NIC 10.0.0.4 → one error
 */
export function checkFrontendIpTaken(index: TopologyIndex, out: Diagnostic[]): void {
  const t = index.topology;
  // A public frontend is a public IP resource, not an address of the virtual network's subnets.
  if (t.loadBalancer.type !== 'Internal') return checkPublicIpTaken(index, out);
  const taken = new Map<string, { vm: string; holder: Text }[]>();
  const add = (raw: string, vm: string, holder: Text) => {
    const ip = index.parse(raw);
    if (ip) taken.set(ip.text, [...(taken.get(ip.text) ?? []), { vm, holder }]);
  };
  for (const vm of t.vms) {
    add(vm.nic.ip, vm.name, text('ipConfig.nic', { vm: vm.name, nic: vm.nic.name }));
    for (const s of vm.nic.secondaryIps ?? []) add(s, vm.name, text('ipConfig.secondary', { vm: vm.name }));
  }
  // Frontends are IP configurations too: Azure's known message is two frontends on one address (Azure/sap-hana#552).
  const frontendsAt = new Map<string, string[]>();
  for (const fe of t.frontends) {
    const ip = index.parse(fe.ip);
    if (ip) frontendsAt.set(ip.text, [...(frontendsAt.get(ip.text) ?? []), fe.name]);
  }
  for (const [ip, frontends] of frontendsAt) {
    if (frontends.length < 2 || taken.has(ip)) continue;
    out.push(
      diagnostic(
        'error',
        'MultipleIpConfigsRequestSamePrivateIpAddress',
        [...new Set(frontends)].sort().map((n) => ref('frontend', n)),
        text('MultipleIpConfigsRequestSamePrivateIpAddress.frontends', { frontends: names(frontends), ip }),
        SOURCES.samePrivateIp,
      ),
    );
  }
  for (const fe of t.frontends) {
    const ip = index.parse(fe.ip);
    const holders = ip && taken.get(ip.text);
    if (!holders) continue;
    const vms = [...new Set(holders.map((h) => h.vm))].sort();
    out.push(
      diagnostic(
        'error',
        'MultipleIpConfigsRequestSamePrivateIpAddress',
        [ref('frontend', fe.name), ...vms.map((vm) => ref('vm', vm))],
        text('MultipleIpConfigsRequestSamePrivateIpAddress', { frontend: fe.name, ip: ip.text, holders: holders[0]!.holder }),
        SOURCES.samePrivateIp,
      ),
    );
  }
}

/**
 * PublicIPReferencedByMultipleIPConfigs: a public frontend whose address is a VM's instance public IP. A public IP
 * resource belongs to one IP configuration; Azure refuses a second (MicrosoftDocs/azure-docs#50047 quotes the code).
 */
function checkPublicIpTaken(index: TopologyIndex, out: Diagnostic[]): void {
  const vmsAt = new Map<string, string[]>();
  for (const vm of index.topology.vms) {
    const ip = typeof vm.nic.publicIp === 'string' ? index.parse(vm.nic.publicIp) : undefined;
    if (ip) vmsAt.set(ip.text, [...(vmsAt.get(ip.text) ?? []), vm.name]);
  }
  if (vmsAt.size === 0) return;
  for (const fe of index.topology.frontends) {
    const ip = index.parse(fe.ip);
    const vms = ip && vmsAt.get(ip.text);
    if (!vms) continue;
    out.push(
      diagnostic(
        'error',
        'PublicIPReferencedByMultipleIPConfigs',
        [ref('frontend', fe.name), ...[...new Set(vms)].sort().map((vm) => ref('vm', vm))],
        text('PublicIPReferencedByMultipleIPConfigs', { frontend: fe.name, ip: ip.text, vms: names(vms) }),
        SOURCES.publicIpInUse,
      ),
    );
  }
}
