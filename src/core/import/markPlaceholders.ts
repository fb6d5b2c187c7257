// The import post-pass that turns what an importer reported as a placeholder into a marker on the element that
// holds it (docs/topology-format.md, "Placeholders"). It reads the import diagnostics, the same list the Import
// dialog shows, so every placeholder the dialog reports is marked, whichever importer made it.
import { isText, type TextParam } from '../i18n/text';
import { MAX_PLACEHOLDER_SOURCE, MAX_PLACEHOLDERS } from '../topology/limits';
import { lbView } from '../topology/design';
import type { Placeholder, PlaceholderReason, PoolMember, Topology } from '../topology/schema';
import { renamedInTexts, shortenPlaceholderNames } from './shortNames';
import type { ImportDiagnostic, ImportOutcome } from './types';

type Collection = 'frontends' | 'backendPools' | 'probes' | 'rules' | 'inboundNatRules' | 'vms';

/** Texts that hand out a documentation address (`{ip}`), with why the real one is not known. */
const ADDRESS_TEXTS: Readonly<Record<string, PlaceholderReason>> = {
  'import.arm.publicAssigned': 'allocatedByAzure',
  'import.arm.publicPrefix': 'allocatedByAzure',
  'import.arm.frontendAddressUnresolved': 'unresolved',
  'import.arm.frontendDynamic': 'allocatedByAzure',
  'import.arm.addressUnresolved': 'unresolved',
  'import.arm.addressDynamic': 'allocatedByAzure',
  'import.arm.nicAddressElsewhere': 'missing',
  'import.tf.frontendIpUnresolved': 'unresolved',
  'import.tf.frontendIpDynamic': 'allocatedByAzure',
  'import.tf.publicIp': 'allocatedByAzure',
  'import.tf.nicIpUnresolved': 'unresolved',
  'import.tf.nicIpDynamic': 'allocatedByAzure',
};

/** Texts that hand out a placeholder name (`{name}`, of the element kind `{kind}`). */
const NAME_TEXTS: Readonly<Record<string, PlaceholderReason>> = {
  'import.arm.nameUnresolved': 'unresolved',
  'import.arm.nameMissing': 'missing',
  'import.tf.nameUnresolved': 'unresolved',
  'import.tf.nameMissing': 'missing',
};

/** Texts that put a placeholder or fallback into one field (`{what}` = "The <field> of <owner>"). */
const FIELD_TEXTS: Readonly<Record<string, PlaceholderReason>> = {
  'import.arm.intUnresolved': 'unresolved',
  'import.arm.intInvalid': 'invalid',
  'import.arm.boolUnresolved': 'unresolved',
  'import.arm.boolInvalid': 'invalid',
  'import.arm.enumUnresolved': 'unresolved',
  'import.arm.enumInvalid': 'invalid',
  'import.arm.fieldMissing': 'missing',
  // Terraform's, when the reader knows the element (`what`, as ARM's; terraform/reader.ts).
  'import.tf.intUnresolved': 'unresolved',
  'import.tf.intInvalid': 'invalid',
  'import.tf.boolUnresolved': 'unresolved',
  'import.tf.boolInvalid': 'invalid',
  'import.tf.required': 'missing',
  'import.tf.frontendUnresolved': 'unresolved',
  'import.tf.refUnresolved': 'unresolved',
};

const KIND_COLLECTION: Readonly<Record<string, Collection>> = {
  'import.noun.frontend': 'frontends',
  'import.noun.backendPool': 'backendPools',
  'import.noun.probe': 'probes',
  'import.noun.rule': 'rules',
  'import.noun.natRule': 'inboundNatRules',
  'import.noun.inboundNatRule': 'inboundNatRules',
  'import.noun.vm': 'vms',
};

const OWNER_COLLECTION: Readonly<Record<string, Collection>> = {
  'import.owner.rule': 'rules',
  'import.owner.natRule': 'inboundNatRules',
  'import.owner.probe': 'probes',
};

/** The words `fieldOf` uses → the topology field they stand for. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  'import.field.protocol': 'protocol',
  'import.field.port': 'port',
  'import.field.interval': 'intervalInSeconds',
  'import.field.floatingIp': 'floatingIp',
  'import.field.idleTimeout': 'idleTimeoutMinutes',
  'import.field.tcpReset': 'enableTcpReset',
  'import.field.loadDistribution': 'loadDistribution',
  'import.field.disableOutboundSnat': 'disableOutboundSnat',
  frontendPort: 'frontendPort',
  backendPort: 'backendPort',
  probeThreshold: 'probeThreshold',
  numberOfProbes: 'probeThreshold',
  frontend: 'frontend',
  backendPool: 'backendPool',
  probe: 'probe',
};

type Marked = { name: string; placeholders?: Placeholder[] };

/**
 * The import outcome with a placeholder marker on every element field its diagnostics report as a placeholder.
 * @example markPlaceholders(await importArm(sqlTemplate)).topology.frontends[0].placeholders // [{ field: 'name', … }, { field: 'ip', … }]
 */
export function markPlaceholders(outcome: ImportOutcome): ImportOutcome {
  if (!outcome.ok) return outcome;
  const t = structuredClone(outcome.topology);
  const index = indexOf(t);
  for (const d of outcome.diagnostics) markOne(index, d);
  const renames = new Map<string, string>();
  // Each load balancer's names are its own: shortened one view at a time, in place (a view shares the clone's elements).
  const vmNames = t.vms.map((vm) => vm.name);
  for (let i = 0; i < t.loadBalancers.length; i++) shortenPlaceholderNames(lbView(t, i), renames);
  const topology = followVmRenames(t, vmNames);
  // The diagnostics say the short name the element got, not the long one the importer gave it.
  // The origins follow the renames too, or check would no longer find a renamed element's place.
  const origins = outcome.origins?.map((o) => (renames.has(o.name) ? { ...o, name: renames.get(o.name)! } : o));
  return { ...outcome, topology, diagnostics: renamedInTexts(outcome.diagnostics, renames), ...(origins ? { origins } : {}) };
}

// A VM renamed through the first load balancer's view is renamed in the other load balancers' pools and NAT targets.
function followVmRenames(t: Topology, before: readonly string[]): Topology {
  const moved = new Map<string, string>();
  t.vms.forEach((vm, i) => {
    if (vm.name !== before[i]) moved.set(before[i]!, vm.name);
  });
  if (moved.size === 0 || t.loadBalancers.length === 1) return t;
  const member = (m: PoolMember): PoolMember =>
    typeof m === 'string' ? (moved.get(m) ?? m) : moved.has(m.vm) ? { ...m, vm: moved.get(m.vm)! } : m;
  for (const lb of t.loadBalancers) {
    for (const pool of lb.backendPools) pool.members = pool.members.map(member);
    for (const nat of lb.inboundNatRules ?? []) if (nat.target !== undefined) nat.target = member(nat.target);
  }
  return t;
}

/** Where each address and each name is, so marking costs one lookup per diagnostic (an import may have thousands of both). */
interface Index {
  byIp: Map<string, [Marked, string][]>;
  byName: Map<string, Marked[]>;
}

function indexOf(t: Topology): Index {
  const byIp = new Map<string, [Marked, string][]>();
  const at = (ip: string, e: Marked, field: string) => (byIp.get(ip) ?? byIp.set(ip, []).get(ip)!).push([e, field]);
  for (const lb of t.loadBalancers) for (const fe of lb.frontends) at(fe.ip, fe, 'ip');
  for (const vm of t.vms) {
    at(vm.nic.ip, vm, 'nic.ip');
    vm.nic.secondaryIps?.forEach((s, i) => at(s, vm, `nic.secondaryIps.${i}`));
  }
  const byName = new Map<string, Marked[]>();
  for (const c of COLLECTIONS)
    for (const e of elements(t, c)) {
      const key = `${c}\u0000${e.name}`;
      (byName.get(key) ?? byName.set(key, []).get(key)!).push(e);
    }
  return { byIp, byName };
}

const COLLECTIONS: readonly Collection[] = ['frontends', 'backendPools', 'probes', 'rules', 'inboundNatRules', 'vms'];
const named = (index: Index, c: Collection, name: string) => index.byName.get(`${c}\u0000${name}`) ?? [];

function markOne(index: Index, d: ImportDiagnostic): void {
  const key = d.text.key as string;
  const params = d.text.params ?? {};
  const source = sourceOf(d);
  const ip = params.ip;
  if (key in ADDRESS_TEXTS && typeof ip === 'string') {
    for (const [e, field] of index.byIp.get(ip) ?? []) add(e, field, ADDRESS_TEXTS[key]!, source);
    return;
  }
  if (key in NAME_TEXTS && typeof params.name === 'string') {
    const collection = isText(params.kind) ? KIND_COLLECTION[params.kind.key] : undefined;
    if (collection) for (const e of named(index, collection, params.name)) add(e, 'name', NAME_TEXTS[key]!, source);
    return;
  }
  if (key in FIELD_TEXTS && isText(params.what) && (params.what.key as string) === 'import.arm.fieldOf') {
    const { field, owner } = params.what.params ?? {};
    const fieldName = FIELD_NAMES[isText(field) ? field.key : String(field)];
    const collection = isText(owner) ? OWNER_COLLECTION[owner.key] : undefined;
    const ownerName = isText(owner) ? owner.params?.name : undefined;
    if (!fieldName || !collection || typeof ownerName !== 'string') return;
    for (const e of named(index, collection, ownerName)) add(e, fieldName, FIELD_TEXTS[key]!, source);
  }
}

function elements(t: Topology, c: Collection): Marked[] {
  if (c === 'vms') return t.vms;
  return t.loadBalancers.flatMap((lb) => (lb[c] ?? []) as Marked[]);
}

function add(e: Marked, field: string, reason: PlaceholderReason, source: string): void {
  const list = e.placeholders ?? [];
  if (list.some((p) => p.field === field) || list.length >= MAX_PLACEHOLDERS) return;
  e.placeholders = [...list, { field, reason, source }];
}

/** The expression a value came from when the diagnostic names one (`[parameters('x')]`, `var.x`), else its path. */
function sourceOf(d: ImportDiagnostic): string {
  const expression = findExpression(d.text, 0);
  return (expression ?? d.path ?? '').slice(0, MAX_PLACEHOLDER_SOURCE);
}

function findExpression(p: TextParam | undefined, depth: number): string | undefined {
  if (!isText(p) || depth > 8) return undefined;
  const own = p.params?.expression;
  if (typeof own === 'string' && own !== '') return own;
  for (const v of Object.values(p.params ?? {})) {
    const found = findExpression(v, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
