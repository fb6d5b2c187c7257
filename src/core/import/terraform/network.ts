// VMs, pool membership and NAT rule targets: NICs (azurerm_network_interface), the VMs that use them, NIC-to-pool
// and NIC-to-NAT-rule associations and IP-based pool addresses. Facts Terraform does not hold get marked defaults.
import type { FrontendRef, PoolMember, Vm } from '../../topology/schema';
import type { DefaultAddresses } from '../defaultAddresses';
import type { VmMembership } from '../vmMembership';
import type { Evaluator, Instance } from './evaluate';
import type { Findings } from './findings';
import { itext, type ImportText } from '../text';
import { explainText, Reader } from './reader';
import { natGatewaySubnets } from './natGateway';
import { defaultOutboundSubnets, instancePublicIp } from './vmOutbound';
import { isObject, ResourceRef, Unknown } from './values';
import { frontendRef, nicGateway } from './gateway';

/** Tags Floatplan's Terraform export puts on each NIC for what Azure does not hold (see docs/import.md). */
export const NIC_TAGS = {
  vm: 'floatplan-vm',
  os: 'floatplan-os',
  guestNic: 'floatplan-guest-nic',
  natGateway: 'floatplan-nat-gateway',
} as const;

const VM_TYPES: Record<string, Vm['os'] | undefined> = {
  azurerm_linux_virtual_machine: 'linux',
  azurerm_windows_virtual_machine: 'windows',
  azurerm_virtual_machine: undefined,
};
const OSES: readonly Vm['os'][] = ['windows', 'ubuntu', 'rhel', 'suse', 'debian', 'linux'];

interface NicConfig {
  name: string;
  ip: string;
  primary: boolean;
}

interface ImportedNic {
  vm: Vm;
  configs: NicConfig[];
}

const distro = (publisher: string, offer: string): Vm['os'] => {
  const p = `${publisher} ${offer}`.toLowerCase();
  if (p.includes('canonical') || p.includes('ubuntu')) return 'ubuntu';
  if (p.includes('redhat') || p.includes('rhel')) return 'rhel';
  if (p.includes('suse') || p.includes('sles')) return 'suse';
  if (p.includes('debian')) return 'debian';
  if (p.includes('windows')) return 'windows';
  return 'linux';
};

/** True when a VM resource's image is published by MicrosoftSQLServer. */
function isSqlImage(r: Reader): boolean {
  const image = r.blocks('source_image_reference')[0] ?? r.blocks('storage_image_reference')[0];
  return (image?.text('publisher').text ?? '').toLowerCase() === 'microsoftsqlserver';
}

export function vmOs(r: Reader, name: string): Vm['os'] {
  const image = r.blocks('source_image_reference')[0] ?? r.blocks('storage_image_reference')[0];
  const publisher = image?.text('publisher');
  const fromImage = image ? distro(publisher?.text ?? '', image.text('offer').text ?? '') : undefined;
  const fromType = Object.hasOwn(VM_TYPES, r.instance.type) ? VM_TYPES[r.instance.type] : undefined;
  if (fromType === 'windows') return 'windows';
  if (r.blocks('os_profile_windows_config').length > 0) return 'windows';
  // An image whose publisher the file cannot say (`publisher = var.image_publisher` without a default) is a guess.
  if (image && publisher?.unknown)
    r.findings.warn(
      'ImportUnresolved',
      itext('tf.osUnresolved', { address: r.instance.address, name, hint: explainText(publisher.unknown) }),
      image.path('publisher'),
    );
  return fromImage ?? fromType ?? 'linux';
}

/**
 * Reads the VMs and pool members of the file.
 * @example readNetwork(instances, evaluator, findings, addresses).vms[0].nic.ip // '10.0.0.4'
 */
export function readNetwork(
  instances: readonly Instance[],
  evaluator: Evaluator,
  findings: Findings,
  addresses: DefaultAddresses,
): VmMembership & { regional: Map<string, FrontendRef[]> } {
  const reader = (i: Instance) => new Reader(evaluator, findings, i);
  const refContext = { evaluator, byAddress: new Map(instances.map((i) => [i.address, i])) };
  // VM resources name the NICs they use.
  const vmByNic = new Map<string, { name: string; os: Vm['os']; sql: boolean }>();
  const forwarding = new Set<string>();
  const sqlImage = new Set<string>();
  for (const i of instances.filter((x) => Object.hasOwn(VM_TYPES, x.type))) {
    const r = reader(i);
    const name = r.name('VM', i.name);
    const os = vmOs(r, name);
    const refs = r.refs('network_interface_ids');
    // A VM is imported through its NICs: one that names none would vanish without a word.
    if (refs.length === 0)
      findings.warn('ImportUnresolved', itext('tf.vmNoNic', { address: i.address, name }), r.path('network_interface_ids'));
    for (const ref of refs) {
      const had = ref instanceof ResourceRef ? vmByNic.get(ref.address) : undefined;
      // Azure attaches a NIC to one VM: a second claim would fail to deploy, so the first stays.
      if (ref instanceof ResourceRef && had && had.name !== name)
        findings.warn(
          'ImportInvalid',
          itext('tf.nicTwoVms', { nic: ref.address, had: had.name, address: i.address, name }),
          r.path('network_interface_ids'),
        );
      else if (ref instanceof ResourceRef) vmByNic.set(ref.address, { name, os, sql: isSqlImage(r) });
      // Said, or the NIC's VM would silently be named after the NIC.
      else
        findings.warn(
          'ImportUnresolved',
          itext('tf.vmNicUnresolved', { address: i.address, name, hint: explainText(ref) }),
          r.path('network_interface_ids'),
        );
    }
  }
  const nics = new Map<string, ImportedNic>();
  const natSubnet = natGatewaySubnets(instances, evaluator, findings);
  const openSubnet = defaultOutboundSubnets(instances, evaluator, findings);
  const defaultedOs: string[] = [];
  const takenNames = new Set<string>();
  let guessedGuestNic = false;
  for (const i of instances.filter((x) => x.type === 'azurerm_network_interface')) {
    const r = reader(i);
    const tagsValue = r.value('tags');
    const tags = isObject(tagsValue) ? tagsValue : {};
    const tag = (k: string) => (typeof tags[k] === 'string' ? (tags[k] as string) : undefined);
    const fromVm = vmByNic.get(i.address);
    const nicName = r.name('network interface', i.name);
    const wantedName = tag(NIC_TAGS.vm) ?? fromVm?.name ?? nicName;
    // A topology VM has one NIC: a VM's second NIC becomes a VM of its own, named apart and said (as ARM does).
    let vmName = wantedName;
    for (let n = 2; takenNames.has(vmName); n++) vmName = `${wantedName}-${n}`;
    takenNames.add(vmName);
    if (vmName !== wantedName)
      findings.info('ImportDefaultUsed', itext('tf.vmSecondNic', { vm: wantedName, nic: i.address, name: vmName }), i.address);
    if (!tag(NIC_TAGS.vm) && !fromVm)
      findings.info('ImportDefaultUsed', itext('tf.nicNoVm', { address: i.address, name: vmName }), i.address);
    const taggedOs = OSES.find((o) => o === tag(NIC_TAGS.os));
    const os = taggedOs ?? fromVm?.os ?? 'linux';
    if (!taggedOs && !fromVm) defaultedOs.push(vmName);
    // azurerm 4 names it ip_forwarding_enabled; 3.x enable_ip_forwarding.
    if ((r.bool('ip_forwarding_enabled', false) ?? r.bool('enable_ip_forwarding', false)) === true) forwarding.add(vmName);
    if (fromVm?.sql) sqlImage.add(vmName);
    const blocks = r.blocks('ip_configuration');
    const configs = blocks.map((b, n): NicConfig => ({
      name: b.text('name').text ?? `ipconfig${n + 1}`,
      ip: nicAddress(b, findings, addresses),
      primary: b.bool('primary', false) ?? false,
    }));
    if (configs.length === 0) {
      findings.warn('ImportDefaultUsed', itext('tf.nicNoConfig', { address: i.address }), `${i.address}.ip_configuration`);
      configs.push({ name: 'ipconfig1', ip: addresses.nic(), primary: true });
    }
    if (!configs.some((c) => c.primary)) configs[0]!.primary = true;
    const primary = configs.find((c) => c.primary)!;
    const secondaryIps = configs.filter((c) => c !== primary).map((c) => c.ip);
    if (!tag(NIC_TAGS.guestNic)) guessedGuestNic = true;
    const vm: Vm = {
      name: vmName,
      os,
      nic: {
        name: tag(NIC_TAGS.guestNic) ?? (os === 'windows' ? 'Ethernet' : 'eth0'),
        ip: primary.ip,
        ...(secondaryIps.length > 0 ? { secondaryIps } : {}),
        ...instancePublicIp(r),
        ...nicGateway(blocks, configs.indexOf(primary), i.address, refContext),
      },
      ...(tag(NIC_TAGS.natGateway) === 'true' || natSubnet(r) ? { natGateway: true } : {}),
      ...(openSubnet(r) ? { defaultOutboundAccess: true } : {}),
    };
    nics.set(i.address, { vm, configs });
  }
  if (defaultedOs.length > 0) {
    findings.info('ImportDefaultUsed', itext('tf.osDefault', { vms: defaultedOs.map((v) => `"${v}"`).join(', ') }));
  }
  if (guessedGuestNic) findings.info('ImportDefaultUsed', itext('tf.guestNic'));

  const members = new Map<string, PoolMember[]>();
  const add = (pool: string, m: PoolMember) => members.set(pool, [...(members.get(pool) ?? []), m]);
  /** The pool or NAT rule address and the member a NIC association names, or undefined (said) when it cannot be read. */
  const association = (r: Reader, attr: string, what: ImportText, fix: ImportText): { address: string; member: PoolMember } | undefined => {
    const target = r.ref(attr);
    const nicRef = r.ref('network_interface_id');
    if (!(target instanceof ResourceRef) || !(nicRef instanceof ResourceRef) || !nics.has(nicRef.address)) {
      const bad = !(target instanceof ResourceRef) ? ([attr, target] as const) : (['network_interface_id', nicRef] as const);
      const why =
        bad[1] instanceof Unknown
          ? explainText(bad[1])
          : bad[1]
            ? itext('tf.pointsElsewhere', { address: bad[1].address })
            : itext('tf.isMissing');
      findings.warn(
        'ImportUnresolved',
        itext('tf.associationBroken', { what, address: r.instance.address, attr: bad[0], why, fix }),
        r.path(bad[0]),
      );
      return undefined;
    }
    const nic = nics.get(nicRef.address)!;
    const configName = r.text('ip_configuration_name').text;
    let config = nic.configs.find((c) => c.name === configName);
    if (!config) {
      config = nic.configs.find((c) => c.primary)!;
      findings.warn(
        'ImportUnresolved',
        itext('tf.noConfigNamed', { path: r.path('ip_configuration_name'), nic: nicRef.address, ip: config.ip }),
        r.path('ip_configuration_name'),
      );
    }
    return { address: target.address, member: config.primary ? nic.vm.name : { vm: nic.vm.name, ip: config.ip } };
  };
  for (const i of instances.filter((x) => x.type === 'azurerm_network_interface_backend_address_pool_association')) {
    const a = association(reader(i), 'backend_address_pool_id', itext('tf.what.poolMembership'), itext('tf.fix.pool'));
    if (a) add(a.address, a.member);
  }
  const targets = new Map<string, PoolMember>();
  for (const i of instances.filter((x) => x.type === 'azurerm_network_interface_nat_rule_association')) {
    const r = reader(i);
    const a = association(r, 'nat_rule_id', itext('tf.what.natAssociation'), itext('tf.fix.nat'));
    if (!a) continue;
    const had = targets.get(a.address);
    const label = (m: PoolMember) => (typeof m === 'string' ? `"${m}"` : `"${m.vm}" (${m.ip})`);
    // Azure forwards a classic NAT rule to one IP configuration; a second association would fail to deploy.
    if (had !== undefined && JSON.stringify(had) !== JSON.stringify(a.member))
      findings.warn(
        'ImportInvalid',
        itext('tf.natTwoTargets', { rule: a.address, had: label(had), address: i.address, member: label(a.member) }),
        i.address,
      );
    else targets.set(a.address, a.member);
  }
  const vms = [...nics.values()].map((n) => n.vm);
  // A Global pool's members are regional frontends (backend_address_ip_configuration_id), by pool address.
  const regional = new Map<string, FrontendRef[]>();
  for (const i of instances.filter((x) => x.type === 'azurerm_lb_backend_address_pool_address')) {
    const r = reader(i);
    const pool = r.ref('backend_address_pool_id');
    if (pool instanceof ResourceRef && r.has('backend_address_ip_configuration_id')) {
      const what = itext('ref.globalMember', { pool: pool.address });
      const ref = frontendRef(r, 'backend_address_ip_configuration_id', what, refContext);
      if (ref) regional.set(pool.address, [...(regional.get(pool.address) ?? []), ref]);
      continue;
    }
    const ip = r.text('ip_address');
    if (!(pool instanceof ResourceRef) || ip.text === undefined) {
      const why = !(pool instanceof ResourceRef)
        ? itext('tf.attrWhy', { attr: 'backend_address_pool_id', why: pool ? explainText(pool) : itext('tf.isMissing') })
        : itext('tf.attrWhy', { attr: 'ip_address', why: ip.unknown ? explainText(ip.unknown) : itext('tf.isMissing') });
      findings.warn('ImportUnresolved', itext('tf.poolAddressBroken', { address: i.address, why }), i.address);
      continue;
    }
    let owner = vms.find((v) => v.nic.ip === ip.text || v.nic.secondaryIps?.includes(ip.text!));
    if (!owner) {
      owner = { name: r.name('pool address', i.name), os: 'linux', nic: { name: 'eth0', ip: ip.text } };
      vms.push(owner);
      findings.info(
        'ImportDefaultUsed',
        itext('tf.poolAddressNoNic', { address: i.address, ip: String(ip.text), name: owner.name }),
        i.address,
      );
    }
    add(pool.address, owner.nic.ip === ip.text ? owner.name : { vm: owner.name, ip: ip.text });
  }
  return { vms, members, targets, forwarding, sqlImage, defaultedOs: new Set(defaultedOs), regional };
}

function nicAddress(b: Reader, findings: Findings, addresses: DefaultAddresses): string {
  const t = b.text('private_ip_address');
  if (t.text) return t.text;
  // An IPv6 configuration gets an IPv6 placeholder, or its rules would have no address of their version to reach.
  const ip = (b.text('private_ip_address_version').text ?? '').trim().toLowerCase() === 'ipv6' ? addresses.nic6() : addresses.nic();
  if (t.unknown)
    findings.warn(
      'ImportUnresolved',
      itext('tf.nicIpUnresolved', { path: b.path('private_ip_address'), hint: explainText(t.unknown), ip }),
      b.path('private_ip_address'),
    );
  else findings.info('ImportDefaultUsed', itext('tf.nicIpDynamic', { address: b.address, ip }), b.path('private_ip_address'));
  return ip;
}
