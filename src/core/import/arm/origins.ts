// The JSON path of every element of an imported load balancer (import/origins.ts), read the way loadBalancer.ts reads them.
import type { ElementKind } from '../../diagnostics/diagnostic';
import type { LbTopology } from '../../topology/schema';
import type { ElementOrigin } from '../origins';
import { isObject, type At, type JsonObject } from './access';
import { Findings } from './diagnostics';
import { collection, type LbContext } from './lbFields';
import type { Resource } from './membership';

const COLLECTIONS: readonly [ElementKind, string, (t: LbTopology) => readonly { name: string }[] | undefined][] = [
  ['frontend', 'frontendIPConfigurations', (t) => t.frontends],
  ['backendPool', 'backendAddressPools', (t) => t.backendPools],
  ['probe', 'probes', (t) => t.probes],
  ['rule', 'loadBalancingRules', (t) => t.rules],
  ['natRule', 'inboundNatRules', (t) => t.inboundNatRules],
];

const VM_TYPES = ['microsoft.compute/virtualmachines', 'microsoft.network/networkinterfaces'];

const nameOf = (at: At): string | undefined => (isObject(at.value) && typeof at.value.name === 'string' ? at.value.name : undefined);

/**
 * Where the load balancer at `path` and each of its elements are: by position when the collection maps one to one to
 * the topology's list, else by name; VMs by their resource (or their NIC's) name.
 * @example armOrigins(lb, 'resources[1]', ctx, topology)[1] // { kind: 'frontend', name: 'fe', path: 'resources[1].properties.frontendIPConfigurations[0]' }
 */
export function armOrigins(
  lb: JsonObject,
  path: string,
  ctx: Pick<LbContext, 'collectionPaths' | 'children' | 'resources'>,
  topology: LbTopology,
): ElementOrigin[] {
  const out: ElementOrigin[] = [{ kind: 'loadBalancer', name: topology.loadBalancer.name, path }];
  // A throwaway Findings: loadBalancer.ts has said everything about these collections already.
  const quiet = { findings: new Findings(), ...ctx };
  for (const [kind, key, list] of COLLECTIONS) {
    const elements = list(topology) ?? [];
    const sites = collection(lb, path, key, 'frontend', quiet);
    elements.forEach((e, i) => {
      const site = sites.length === elements.length ? sites[i] : sites.find((s) => nameOf(s) === e.name);
      if (site) out.push({ kind, name: e.name, path: site.path });
    });
  }
  // VMs by name (a VM resource before a NIC of the same name), looked up once each.
  const byName = new Map<string, Resource>();
  for (const type of VM_TYPES)
    for (const r of ctx.resources) {
      const name = isObject(r.value) && typeof r.value.name === 'string' ? r.value.name.toLowerCase() : undefined;
      if (name !== undefined && r.type.toLowerCase() === type && !byName.has(name)) byName.set(name, r);
    }
  for (const vm of topology.vms) {
    const found = byName.get(vm.name.toLowerCase());
    if (found) out.push({ kind: 'vm', name: vm.name, path: found.path });
  }
  return out;
}
