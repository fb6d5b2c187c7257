// Virtual machine scale sets whose instances join a backend pool (or NAT pool) of the imported load balancer. Floatplan
// plans VMs, so a scale set of known capacity becomes that many example VMs (at most MAX_SHOWN), each with the OS of
// the scale set's image and a documentation address Azure allocates (marked); one of unknown capacity is said, not
// silently left out.
import type { PoolMember, Vm } from '../../topology/schema';
import type { DefaultAddresses } from '../defaultAddresses';
import { itext, nounText } from '../text';
import type { Evaluator, Instance } from './evaluate';
import type { Findings } from './findings';
import { vmOs } from './network';
import { explainText, Reader } from './reader';
import { ResourceRef, Unknown } from './values';

/** The scale set types of azurerm 3 and 4, and the OS their type says (undefined: from the image). */
const SCALE_SET_TYPES: Readonly<Record<string, Vm['os'] | undefined>> = {
  azurerm_linux_virtual_machine_scale_set: 'linux',
  azurerm_windows_virtual_machine_scale_set: 'windows',
  azurerm_orchestrated_virtual_machine_scale_set: undefined,
  azurerm_virtual_machine_scale_set: undefined,
};

/** The most instances of one scale set imported as VMs: enough to plan with, since every instance is configured alike. */
export const MAX_SHOWN = 10;

/** The VMs made for scale sets, and their pool memberships by pool address. */
export interface ScaleSetMembers {
  vms: Vm[];
  members: Map<string, PoolMember[]>;
  /** The pools a scale set joins, even when none of its instances could be imported. */
  joined: Set<string>;
}

/**
 * Reads every scale set whose `network_interface { ip_configuration { load_balancer_backend_address_pool_ids } }` names a
 * pool of `pools` (or whose NAT rule ids name a NAT pool of the load balancer `lb`), says what is done with it, and
 * imports its instances as VMs named as Azure names a Uniform scale set's instances (`<name>_0`, `<name>_1`, …).
 * @example readScaleSets(instances, pools, 'azurerm_lb.lb', taken, evaluator, findings, addresses).vms.map((v) => v.name) // ['web-vmss_0', 'web-vmss_1']
 */
export function readScaleSets(
  instances: readonly Instance[],
  pools: ReadonlyMap<string, string>,
  lb: string | undefined,
  taken: ReadonlySet<string>,
  evaluator: Evaluator,
  findings: Findings,
  addresses: DefaultAddresses,
): ScaleSetMembers {
  const out: ScaleSetMembers = { vms: [], members: new Map(), joined: new Set() };
  const names = new Set(taken);
  const natPools = new Set(
    instances
      .filter((i) => i.type === 'azurerm_lb_nat_pool')
      .filter((i) => {
        const ref = new Reader(evaluator, findings, i).ref('loadbalancer_id');
        return lb === undefined || !(ref instanceof ResourceRef) || ref.address === lb;
      })
      .map((i) => i.address),
  );
  for (const i of instances.filter((x) => Object.hasOwn(SCALE_SET_TYPES, x.type))) {
    const r = new Reader(evaluator, findings, i);
    // Every ip_configuration that joins a pool of this load balancer, with the pools it joins.
    const joining: { pools: string[]; v6: boolean }[] = [];
    const usedNatPools: string[] = [];
    for (const nic of r.blocks('network_interface')) {
      for (const config of nic.blocks('ip_configuration')) {
        const joins = config
          .refs('load_balancer_backend_address_pool_ids')
          .flatMap((ref) => (ref instanceof ResourceRef && pools.has(ref.address) ? [ref.address] : []));
        const nats = config
          .refs('load_balancer_inbound_nat_rules_ids')
          .flatMap((ref) => (ref instanceof ResourceRef && natPools.has(ref.address) ? [ref.address] : []));
        usedNatPools.push(...nats);
        if (joins.length > 0) joining.push({ pools: joins, v6: (config.text('version').text ?? '').toLowerCase() === 'ipv6' });
      }
    }
    if (joining.length === 0 && usedNatPools.length === 0) continue;
    const poolAddresses = [...new Set(joining.flatMap((j) => j.pools))];
    for (const p of poolAddresses) out.joined.add(p);
    const t = r.text('name');
    const name = t.text ?? t.unknown?.display ?? i.name;
    const poolWords = poolAddresses.length > 0 ? poolAddresses.map((p) => `"${pools.get(p)}"`).join(', ') : '—';
    const nat = usedNatPools.length > 0 ? itext('tf.scaleSetNatPool', { natPools: [...new Set(usedNatPools)].join(', ') }) : '';
    const capacity = capacityOf(r);
    if (typeof capacity !== 'number' || poolAddresses.length === 0) {
      const why =
        poolAddresses.length === 0
          ? itext('tf.scaleSetNoPool')
          : capacity instanceof Unknown
            ? explainText(capacity)
            : itext('tf.scaleSetBadCapacity', { value: JSON.stringify(capacity ?? null) });
      findings.warn('ImportIgnored', itext('tf.scaleSetNotImported', { address: i.address, name, pools: poolWords, why, nat }), i.address);
      continue;
    }
    const fromType = SCALE_SET_TYPES[i.type];
    const windows =
      fromType === 'windows' ||
      r.blocks('os_profile_windows_config').length > 0 ||
      r.blocks('os_profile').some((p) => p.blocks('windows_configuration').length > 0);
    const os: Vm['os'] = windows ? 'windows' : vmOs(r, name);
    const shown = Math.min(capacity, MAX_SHOWN);
    const made: string[] = [];
    for (let k = 0; k < shown; k++) {
      let vmName = `${name}_${k}`;
      for (let n = 2; names.has(vmName); n++) vmName = `${name}_${k}-${n}`;
      names.add(vmName);
      made.push(vmName);
      // A name built from an unknown one is a placeholder: said per VM, so each is marked.
      if (t.unknown)
        findings.warn(
          'ImportUnresolved',
          itext('tf.nameUnresolved', { kind: nounText('VM'), address: `${i.address} (${k})`, hint: explainText(t.unknown), name: vmName }),
          r.path('name'),
        );
      const ips = joining.map((j) => (j.v6 ? addresses.nic6() : addresses.nic()));
      for (const ip of ips)
        findings.info(
          'ImportDefaultUsed',
          itext('tf.nicIpDynamic', { address: `${i.address} (${vmName})`, ip }),
          `${i.address}.network_interface`,
        );
      const [primary, ...secondaryIps] = ips;
      out.vms.push({
        name: vmName,
        os,
        nic: { name: os === 'windows' ? 'Ethernet' : 'eth0', ip: primary!, ...(secondaryIps.length > 0 ? { secondaryIps } : {}) },
      });
      joining.forEach((j, n) => {
        const member: PoolMember = n === 0 ? vmName : { vm: vmName, ip: ips[n]! };
        for (const p of j.pools) out.members.set(p, [...(out.members.get(p) ?? []), member]);
      });
    }
    const more = capacity > shown ? itext('tf.scaleSetMore', { shown, count: capacity }) : '';
    const said = itext(capacity === 0 ? 'tf.scaleSetEmpty' : 'tf.scaleSet', {
      address: i.address,
      name,
      count: capacity,
      pools: poolWords,
      vms: made.map((v) => `"${v}"`).join(', '),
      os,
      more,
      nat,
    });
    findings.warn('ImportDefaultUsed', said, i.address);
  }
  return out;
}

/** `instances` (azurerm 2+ scale sets; azurerm's default 0) or the legacy `sku { capacity }`; an Unknown when not known. */
function capacityOf(r: Reader): number | Unknown | string | undefined {
  const legacy = r.instance.type === 'azurerm_virtual_machine_scale_set';
  const at = legacy ? r.blocks('sku')[0] : r;
  const attr = legacy ? 'capacity' : 'instances';
  if (!at || !at.has(attr)) return legacy ? undefined : 0;
  const v = at.value(attr);
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
  if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) return Number(v);
  if (v instanceof Unknown) return v;
  return JSON.stringify(v);
}
