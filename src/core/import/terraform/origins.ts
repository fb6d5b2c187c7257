// The address of every element of an imported Terraform load balancer (import/origins.ts): names are read again
// the way loadBalancer.ts and network.ts read them, with a Findings of their own (everything was said already).
import type { ElementKind } from '../../diagnostics/diagnostic';
import type { LbTopology } from '../../topology/schema';
import type { ElementOrigin } from '../origins';
import type { Evaluator, Instance } from './evaluate';
import { Findings } from './findings';
import { NIC_TAGS } from './network';
import { Reader } from './reader';
import { isObject } from './values';

const CHILDREN: readonly [ElementKind, string, (t: LbTopology) => readonly { name: string }[] | undefined][] = [
  ['backendPool', 'azurerm_lb_backend_address_pool', (t) => t.backendPools],
  ['probe', 'azurerm_lb_probe', (t) => t.probes],
  ['rule', 'azurerm_lb_rule', (t) => t.rules],
  ['natRule', 'azurerm_lb_nat_rule', (t) => t.inboundNatRules],
];

const VM_TYPES = ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'];

/**
 * Where the load balancer and each element of `topology` are declared: resource addresses, a frontend as
 * `<lb address>.frontend_ip_configuration[n]`. An element whose name cannot be matched is left out.
 * @example terraformOrigins(lb, doc.instances, doc.evaluator, topology)[0] // { kind: 'loadBalancer', name: 'lb', path: 'azurerm_lb.lb' }
 */
export function terraformOrigins(
  lb: Instance | undefined,
  instances: readonly Instance[],
  evaluator: Evaluator,
  topology: LbTopology,
): ElementOrigin[] {
  const quiet = new Findings();
  const nameOf = (i: Instance) => new Reader(evaluator, quiet, i).text('name').text;
  const out: ElementOrigin[] = [];
  if (lb) {
    out.push({ kind: 'loadBalancer', name: topology.loadBalancer.name, path: lb.address });
    new Reader(evaluator, quiet, lb).blocks('frontend_ip_configuration').forEach((f, n) => {
      const name = f.text('name').text;
      const frontend = topology.frontends.find((e) => e.name === name) ?? topology.frontends[n];
      if (frontend) out.push({ kind: 'frontend', name: frontend.name, path: `${lb.address}.frontend_ip_configuration[${n}]` });
    });
  }
  // Each name is read once: a find per element would evaluate them all again (1,500 rules × 1,500 resources).
  const byName = (type: string) => {
    const of = instances.filter((i) => i.type === type);
    const map = new Map<string, Instance>();
    for (const i of of) {
      const name = nameOf(i);
      if (name !== undefined && !map.has(name)) map.set(name, i);
    }
    return { of, map };
  };
  for (const [kind, type, list] of CHILDREN) {
    const { of, map } = byName(type);
    const elements = list(topology) ?? [];
    elements.forEach((e, n) => {
      const found = map.get(e.name) ?? (of.length === elements.length ? of[n] : undefined);
      if (found) out.push({ kind, name: e.name, path: found.address });
    });
  }
  const vms = new Map(VM_TYPES.flatMap((type) => [...byName(type).map]).reverse());
  // A VM known only by its NIC (Floatplan's export writes NICs, tagged with the VM's name) is at that NIC.
  const nics = new Map<string, Instance>();
  for (const i of instances.filter((x) => x.type === 'azurerm_network_interface')) {
    const tags = new Reader(evaluator, quiet, i).value('tags');
    const tagged = isObject(tags) && typeof tags[NIC_TAGS.vm] === 'string' ? (tags[NIC_TAGS.vm] as string) : undefined;
    for (const name of [tagged, nameOf(i)]) if (name !== undefined && !nics.has(name)) nics.set(name, i);
  }
  for (const vm of topology.vms) {
    const found = vms.get(vm.name) ?? nics.get(vm.name);
    if (found) out.push({ kind: 'vm', name: vm.name, path: found.address });
  }
  return out;
}
