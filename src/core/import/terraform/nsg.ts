// NSGs of a Terraform configuration (issue 15): `azurerm_network_security_group` (inline `security_rule` blocks),
// `azurerm_network_security_rule`, and their associations `azurerm_network_interface_security_group_association`
// and `azurerm_subnet_network_security_group_association` (a subnet's NSG applies to the NICs whose
// `ip_configuration.subnet_id` is that subnet). They become the topology's `networkSecurityGroups` (core/nsg).
// A rule with an unknown priority is left out; an unknown prefix or port becomes "?", which the evaluation treats
// as covering part of the traffic, so an unknown value never hides a block by guessing.
import type { Nsg, NsgRule } from '../../topology/nsgSchema';
import type { LbTopology } from '../../topology/schema';
import type { Evaluator, Instance } from './evaluate';
import { Findings } from './findings';
import { Reader } from './reader';
import { ResourceRef, type TfValue } from './values';

const VM_TYPES = ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'];

/** Strings of a singular and a plural attribute (`source_address_prefix` / `source_address_prefixes`). */
function texts(r: Reader, one: string, many: string): string[] | undefined {
  const asText = (v: TfValue) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '?');
  const out: string[] = [];
  if (r.has(one)) out.push(asText(r.value(one)));
  if (r.has(many)) {
    const v = r.value(many);
    out.push(...(Array.isArray(v) ? v.map(asText) : [asText(v)]));
  }
  return out.length > 0 ? out : undefined;
}

function readRule(r: Reader): NsgRule | undefined {
  const name = r.text('name').text;
  const p = r.value('priority');
  const priority = typeof p === 'number' ? p : typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : undefined;
  if (name === undefined || priority === undefined) return undefined;
  const word = (attr: string, fallback: string) => r.text(attr).text ?? fallback;
  const sourcePorts = texts(r, 'source_port_range', 'source_port_ranges');
  return {
    name,
    priority,
    direction: word('direction', 'Inbound').toLowerCase() === 'outbound' ? 'Outbound' : 'Inbound',
    access: word('access', 'Deny').toLowerCase() === 'allow' ? 'Allow' : 'Deny',
    protocol: word('protocol', '?'),
    sourceAddressPrefixes: texts(r, 'source_address_prefix', 'source_address_prefixes') ?? ['?'],
    ...(sourcePorts ? { sourcePortRanges: sourcePorts } : {}),
    destinationAddressPrefixes: texts(r, 'destination_address_prefix', 'destination_address_prefixes') ?? ['?'],
    destinationPortRanges: texts(r, 'destination_port_range', 'destination_port_ranges') ?? ['?'],
  };
}

/**
 * The topology with the configuration's NSGs that are on the path of its VMs; unchanged when there are none.
 * Reads with its own findings: the attributes it shares with the NIC and VM import are reported there once.
 * @example withTerraformNsgs(topology, doc.instances, doc.evaluator).networkSecurityGroups?.[0]?.name // 'web-nsg'
 */
export function withTerraformNsgs(topology: LbTopology, instances: readonly Instance[], evaluator: Evaluator): LbTopology {
  const nsgInstances = instances.filter((i) => i.type === 'azurerm_network_security_group');
  if (nsgInstances.length === 0) return topology;
  const reader = (i: Instance) => new Reader(evaluator, new Findings(), i);
  const byAddress = new Map<string, Nsg>();
  const byName = new Map<string, Nsg>();
  for (const i of nsgInstances) {
    const r = reader(i);
    const nsg: Nsg = {
      name: r.text('name').text ?? i.name,
      rules: r
        .blocks('security_rule')
        .map(readRule)
        .filter((x): x is NsgRule => x !== undefined),
      attachedTo: [],
    };
    byAddress.set(i.address, nsg);
    byName.set(nsg.name.toLowerCase(), nsg);
  }
  for (const i of instances.filter((x) => x.type === 'azurerm_network_security_rule')) {
    const r = reader(i);
    const owner = r.value('network_security_group_name');
    const nsg =
      owner instanceof ResourceRef ? byAddress.get(owner.address) : typeof owner === 'string' ? byName.get(owner.toLowerCase()) : undefined;
    const rule = readRule(r);
    if (nsg && rule) nsg.rules.push(rule);
  }
  // The VM name of each NIC address, as the NIC import names it: the VM that lists it, else the NIC's name.
  const vmOfNic = new Map<string, string>();
  for (const i of instances.filter((x) => VM_TYPES.includes(x.type))) {
    const r = reader(i);
    const name = r.text('name').text ?? i.name;
    for (const ref of r.refs('network_interface_ids')) if (ref instanceof ResourceRef) vmOfNic.set(ref.address, name);
  }
  const nicSubnets = new Map<string, string[]>();
  for (const i of instances.filter((x) => x.type === 'azurerm_network_interface')) {
    const r = reader(i);
    const tags = r.value('tags');
    const tagged =
      tags !== null && typeof tags === 'object' && !Array.isArray(tags) ? (tags as Record<string, TfValue>)['floatplan-vm'] : undefined;
    if (!vmOfNic.has(i.address)) vmOfNic.set(i.address, typeof tagged === 'string' ? tagged : (r.text('name').text ?? i.name));
    else if (typeof tagged === 'string') vmOfNic.set(i.address, tagged);
    const subnets = r
      .blocks('ip_configuration')
      .map((b) => b.ref('subnet_id'))
      .filter((s): s is ResourceRef => s instanceof ResourceRef);
    nicSubnets.set(
      i.address,
      subnets.map((s) => s.address),
    );
  }
  const known = new Set(topology.vms.map((v) => v.name));
  const attach = (nsg: Nsg | undefined, nic: string, level: 'subnet' | 'nic') => {
    const vm = vmOfNic.get(nic);
    if (nsg && vm !== undefined && known.has(vm) && !nsg.attachedTo.some((a) => a.vm === vm && a.level === level))
      nsg.attachedTo.push({ vm, level });
  };
  const nsgOf = (r: Reader) => {
    const ref = r.ref('network_security_group_id');
    return ref instanceof ResourceRef ? byAddress.get(ref.address) : undefined;
  };
  for (const i of instances.filter((x) => x.type === 'azurerm_network_interface_security_group_association')) {
    const r = reader(i);
    const nic = r.ref('network_interface_id');
    if (nic instanceof ResourceRef) attach(nsgOf(r), nic.address, 'nic');
  }
  for (const i of instances.filter((x) => x.type === 'azurerm_subnet_network_security_group_association')) {
    const r = reader(i);
    const subnet = r.ref('subnet_id');
    if (!(subnet instanceof ResourceRef)) continue;
    for (const [nic, subnets] of nicSubnets) if (subnets.includes(subnet.address)) attach(nsgOf(r), nic, 'subnet');
  }
  const used = [...byAddress.values()].filter((n) => n.attachedTo.length > 0);
  return used.length > 0 ? { ...topology, networkSecurityGroups: used } : topology;
}
