import { canonicalIp } from '../net/address';
import type { FrontendRef, PoolMember, Vm } from '../topology/schema';
// Names in exports. Azure resource names allow letters, digits, `_`, `.` and `-`; anything else is
// still written (quoted for the target format) but flagged, because Azure will refuse the deployment.

/** Characters Azure accepts in load balancer child resource names. */
const AZURE_NAME = /^[A-Za-z0-9_.-]{1,80}$/;

/**
 * Why Azure would refuse `name`, or undefined when it is acceptable.
 * @example azureNameProblem('web 1') // 'contains " " …'
 */
export function azureNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (name.length > 80) return `is ${name.length} characters long; Azure allows at most 80`;
  if (AZURE_NAME.test(name)) return undefined;
  const bad = [...new Set([...name].filter((c) => !/[A-Za-z0-9_.-]/.test(c)))].map((c) => JSON.stringify(c)).join(', ');
  return `contains ${bad}; Azure names allow only letters, digits, "_", "." and "-"`;
}

/**
 * Gives each name a unique identifier for a language whose identifiers are `[A-Za-z_][A-Za-z0-9_]*`
 * (plus `-` when `hyphen`), so Terraform labels and Bicep/ARM parameter names never collide or break.
 * Identifiers already taken by the format (`reserved`) are avoided too.
 * @example identifiers(['web 1', 'web_1'], 'r') // Map { 'web 1' => 'web_1', 'web_1' => 'web_1_2' }
 */
export function identifiers(
  names: readonly string[],
  prefix: string,
  options: { hyphen?: boolean; reserved?: readonly string[] } = {},
): Map<string, string> {
  const invalid = options.hyphen ? /[^A-Za-z0-9_-]/g : /[^A-Za-z0-9_]/g;
  const used = new Set(options.reserved ?? []);
  const out = new Map<string, string>();
  for (const name of names) {
    if (out.has(name)) continue;
    let base = name.replace(invalid, '_');
    if (!/^[A-Za-z_]/.test(base)) base = `${prefix}_${base}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    out.set(name, id);
  }
  return out;
}

/**
 * The IP configuration name Floatplan's exports give a VM address: `ipconfig1` for the primary, then `ipconfig2`, …
 * for the secondary ones in order (the Terraform export creates NICs so; the Azure CLI export guesses the same).
 * A VM name alone is its primary configuration; an address the VM does not have keeps a readable `ipconfig-<ip>`.
 * @example ipConfigName({ vm: 'VM1', ip: '10.0.0.15' }, vms) // 'ipconfig2' when 10.0.0.15 is VM1's first secondary IP
 */
export function ipConfigName(member: PoolMember, vms: readonly Vm[]): string {
  if (typeof member === 'string') return 'ipconfig1';
  const vm = vms.find((v) => v.name === member.vm);
  const index = vm ? ipConfigIndex(vm, member.ip) : -1;
  return index < 0 ? `ipconfig-${member.ip}` : `ipconfig${index + 1}`;
}

/**
 * Which of a VM's IP configurations holds `ip`: 0 for the primary address, 1… for the secondary ones in order, -1
 * for none. Addresses compare in canonical form, as validation compares them.
 * @example ipConfigIndex(vm, '10.0.0.15') // 1 when 10.0.0.15 is the VM's first secondary IP
 */
export function ipConfigIndex(vm: Vm, ip: string): number {
  const want = canonicalIp(ip);
  return [vm.nic.ip, ...(vm.nic.secondaryIps ?? [])].findIndex((a) => canonicalIp(a) === want);
}

/**
 * The names of a Global pool's backend addresses, one per regional frontend: `<load balancer>-<frontend>`, unique in
 * the pool as Azure requires (`a-b` + `c` and `a` + `b-c` read alike: the second gets `-2`, then `-3`, …).
 * @example regionalAddressNames([{ loadBalancer: 'lb-east', frontend: 'fe' }]) // ['lb-east-fe']
 */
export function regionalAddressNames(refs: readonly FrontendRef[]): string[] {
  const used = new Set<string>();
  return refs.map((r) => {
    const want = `${r.loadBalancer}-${r.frontend}`;
    let name = want;
    for (let n = 2; used.has(name); n++) name = `${want}-${n}`;
    used.add(name);
    return name;
  });
}
