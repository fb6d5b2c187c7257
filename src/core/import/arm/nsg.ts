// NSGs of an ARM template (issue 15): `Microsoft.Network/networkSecurityGroups` with their `securityRules` (inline,
// or as `networkSecurityGroups/securityRules` resources), and where they are associated: a NIC's
// `networkSecurityGroup`, or a subnet's (inline in `virtualNetworks`, or a `virtualNetworks/subnets` resource) that
// the NIC's IP configuration is in. They become the topology's `networkSecurityGroups`, evaluated by core/nsg.
// A rule with an unresolved priority is left out; an unresolved prefix or port becomes "?", which the evaluation
// treats as covering part of the traffic (Floatplan cannot tell), so it never hides a block by guessing.
import type { Nsg, NsgRule } from '../../topology/nsgSchema';
import type { LbTopology } from '../../topology/schema';
import { field, isObject, items, top, type At, type JsonObject } from './access';
import { parseId, refId } from './ids';
import type { Resource } from './membership';

const NSG = 'microsoft.network/networksecuritygroups';
const NSG_RULE = 'microsoft.network/networksecuritygroups/securityrules';
const NIC = 'microsoft.network/networkinterfaces';
const VNET = 'microsoft.network/virtualnetworks';
const SUBNET = 'microsoft.network/virtualnetworks/subnets';
const VM = 'microsoft.compute/virtualmachines';

const ofType = (resources: readonly Resource[], type: string) =>
  resources.filter((r) => r.type.toLowerCase() === type && isObject(r.value));
const lastName = (r: Resource): string | undefined => {
  const name = typeof r.fullName === 'string' ? r.fullName : (r.value as JsonObject).name;
  return typeof name === 'string' && name !== '' ? (name.split('/').pop() ?? name) : undefined;
};
const parentName = (r: Resource): string | undefined => (typeof r.fullName === 'string' ? r.fullName.split('/')[0] : undefined);
/** The name an id (`{ id }` or a string) points at, lower-cased, when it is of `type`. */
const refName = (at: At, type: string): string | undefined => {
  const id = refId(at).value;
  const parts = typeof id === 'string' ? parseId(id) : undefined;
  return parts && parts.type === type ? parts.name.toLowerCase() : undefined;
};

/** A list of strings from the singular and plural fields (`sourceAddressPrefix` / `sourceAddressPrefixes`). */
function texts(o: JsonObject, path: string, one: string, many: string): string[] | undefined {
  const list = items(field(o, path, many)).map((a) => (typeof a.value === 'string' ? a.value : '?'));
  const single = field(o, path, one).value;
  if (single !== undefined && single !== '') list.unshift(typeof single === 'string' ? single : '?');
  return list.length > 0 ? list : undefined;
}

function readRule(name: string | undefined, o: JsonObject, path: string): NsgRule | undefined {
  const priority = field(o, path, 'priority').value;
  if (name === undefined || typeof priority !== 'number' || !Number.isInteger(priority)) return undefined;
  const str = (key: string, fallback: string) => {
    const v = field(o, path, key).value;
    return typeof v === 'string' ? v : fallback;
  };
  const direction = str('direction', 'Inbound').toLowerCase() === 'outbound' ? 'Outbound' : 'Inbound';
  const access = str('access', 'Deny').toLowerCase() === 'allow' ? 'Allow' : 'Deny';
  const sourcePorts = texts(o, path, 'sourcePortRange', 'sourcePortRanges');
  return {
    name,
    priority,
    direction,
    access,
    protocol: str('protocol', '?'),
    sourceAddressPrefixes: texts(o, path, 'sourceAddressPrefix', 'sourceAddressPrefixes') ?? ['?'],
    ...(sourcePorts ? { sourcePortRanges: sourcePorts } : {}),
    destinationAddressPrefixes: texts(o, path, 'destinationAddressPrefix', 'destinationAddressPrefixes') ?? ['?'],
    destinationPortRanges: texts(o, path, 'destinationPortRange', 'destinationPortRanges') ?? ['?'],
  };
}

/** The VM name a NIC has in the topology: the VM resource that lists it, else the NIC's own name (as membership names it). */
function vmOfNic(nic: Resource, nicName: string, vms: readonly Resource[]): string {
  const owner = vms.find((vm) => {
    const profile = field(vm.value as JsonObject, vm.path, 'networkProfile');
    const refs = isObject(profile.value) ? items(field(profile.value, profile.path, 'networkInterfaces')) : [];
    return refs.some((ref) => refName(ref, 'networkinterfaces') === nicName.toLowerCase());
  });
  const name = owner ? top(owner.value as JsonObject, owner.path, 'name').value : undefined;
  return typeof name === 'string' && name !== '' ? name : nicName;
}

/**
 * The topology with the template's NSGs that are on the path of its VMs (`networkSecurityGroups`); unchanged when
 * there are none.
 * @example withArmNsgs(topology, resources).networkSecurityGroups?.[0]?.attachedTo // [{ vm: 'VM1', level: 'nic' }]
 */
export function withArmNsgs(topology: LbTopology, resources: readonly Resource[]): LbTopology {
  const nsgResources = ofType(resources, NSG);
  if (nsgResources.length === 0) return topology;
  const nsgs = new Map<string, Nsg>();
  for (const r of nsgResources) {
    const name = lastName(r);
    if (name === undefined || nsgs.has(name.toLowerCase())) continue;
    const o = r.value as JsonObject;
    const rules = items(field(o, r.path, 'securityRules'))
      .filter((a) => isObject(a.value))
      .map((a) => {
        const n = top(a.value as JsonObject, a.path, 'name').value;
        return readRule(typeof n === 'string' ? n : undefined, a.value as JsonObject, a.path);
      });
    nsgs.set(name.toLowerCase(), { name, rules: rules.filter((x): x is NsgRule => x !== undefined), attachedTo: [] });
  }
  for (const r of ofType(resources, NSG_RULE)) {
    const nsg = nsgs.get((parentName(r) ?? '').toLowerCase());
    const rule = readRule(lastName(r), r.value as JsonObject, r.path);
    if (nsg && rule) nsg.rules.push(rule);
  }
  // Subnet name (lower-cased) → its NSG, from virtual networks' inline subnets and subnet resources.
  const subnetNsg = new Map<string, string>();
  for (const vnet of ofType(resources, VNET))
    for (const s of items(field(vnet.value as JsonObject, vnet.path, 'subnets')).filter((a) => isObject(a.value))) {
      const name = top(s.value as JsonObject, s.path, 'name').value;
      const nsg = refName(field(s.value as JsonObject, s.path, 'networkSecurityGroup'), 'networksecuritygroups');
      if (typeof name === 'string' && nsg) subnetNsg.set(name.toLowerCase(), nsg);
    }
  for (const s of ofType(resources, SUBNET)) {
    const nsg = refName(field(s.value as JsonObject, s.path, 'networkSecurityGroup'), 'networksecuritygroups');
    const name = lastName(s);
    if (name && nsg) subnetNsg.set(name.toLowerCase(), nsg);
  }
  const known = new Set(topology.vms.map((v) => v.name));
  const vms = ofType(resources, VM);
  const attach = (nsgName: string | undefined, vm: string, level: 'subnet' | 'nic') => {
    const nsg = nsgName === undefined ? undefined : nsgs.get(nsgName);
    if (nsg && known.has(vm) && !nsg.attachedTo.some((a) => a.vm === vm && a.level === level)) nsg.attachedTo.push({ vm, level });
  };
  for (const nic of ofType(resources, NIC)) {
    const nicName = lastName(nic);
    if (nicName === undefined) continue;
    const vm = vmOfNic(nic, nicName, vms);
    const o = nic.value as JsonObject;
    attach(refName(field(o, nic.path, 'networkSecurityGroup'), 'networksecuritygroups'), vm, 'nic');
    for (const c of items(field(o, nic.path, 'ipConfigurations')).filter((a) => isObject(a.value)))
      attach(subnetNsg.get(refName(field(c.value as JsonObject, c.path, 'subnet'), 'subnets') ?? ''), vm, 'subnet');
  }
  const used = [...nsgs.values()].filter((n) => n.attachedTo.length > 0);
  return used.length > 0 ? { ...topology, networkSecurityGroups: used } : topology;
}
