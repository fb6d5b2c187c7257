import { fill, type Locale } from '../i18n/locale';
import { parseIp } from '../net/address';
import type { BackendPool, Frontend, InboundNatRule, Probe, Rule, LbTopology, Vm } from '../topology/schema';
import { COLLECTION, elementsOf, namesOf, nodeId, type NodeKind } from './ids';
import { messages } from './messages';
import { firstFreeNatPort, natAfterRemove, natAfterRename, natImpact, targetVm } from './natUpkeep';
import { followAddresses, movedAddresses } from './vmAddresses';
import { settlePlaceholders } from './placeholders';

type ElementOf = { frontend: Frontend; rule: Rule; natRule: InboundNatRule; backendPool: BackendPool; vm: Vm };
export type Element<K extends NodeKind> = ElementOf[K];

/**
 * The first free name `base1`, `base2`, …
 * @example uniqueName(['rule1'], 'rule') // 'rule2'
 */
export function uniqueName(existing: Iterable<string>, base: string): string {
  const taken = new Set(existing);
  for (let i = 1; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

function freeAddress(taken: Iterable<string>, prefix: string, from: number): string {
  const used = new Set([...taken].map((ip) => parseIp(ip)?.text));
  for (let i = from; i < 255; i++) if (!used.has(`${prefix}${i}`)) return `${prefix}${i}`;
  return `${prefix}${from}`;
}

const BASE_NAME: Record<NodeKind, string> = { frontend: 'FE', rule: 'rule', natRule: 'natRule', backendPool: 'pool', vm: 'VM' };

/** A new element of `kind` with sensible defaults and a free name and address. */
export function newElement<K extends NodeKind>(t: LbTopology, kind: K): Element<K> {
  const name = uniqueName(namesOf(t, kind), BASE_NAME[kind]);
  const created: { [P in NodeKind]: () => Element<P> } = {
    frontend: () => ({
      name,
      // Documentation addresses (RFC 5737) for public frontends, a private one for internal load balancers.
      ip:
        t.loadBalancer.type === 'Public'
          ? freeAddress(
              t.frontends.map((f) => f.ip),
              '203.0.113.',
              10,
            )
          : freeAddress(
              t.frontends.map((f) => f.ip),
              '10.0.0.',
              100,
            ),
    }),
    rule: () => ({ name, frontend: '', backendPool: '', protocol: 'Tcp', frontendPort: 80, backendPort: 80, floatingIp: false }),
    // RDP (3389) from a high frontend port: the textbook NAT rule; not connected until wired.
    natRule: () => ({
      name,
      frontend: '',
      protocol: 'Tcp',
      frontendPort: firstFreeNatPort(t.inboundNatRules ?? []),
      backendPort: 3389,
      floatingIp: false,
    }),
    backendPool: () => ({ name, members: [] }),
    vm: () => ({
      name,
      os: 'ubuntu',
      nic: {
        name: 'eth0',
        ip: freeAddress(
          t.vms.flatMap((v) => [v.nic.ip, ...(v.nic.secondaryIps ?? [])]),
          '10.0.0.',
          4,
        ),
      },
    }),
  };
  return created[kind]();
}

/** Adds an element (a new default one unless given), optionally at a canvas position; creates `inboundNatRules` on the first NAT rule. */
export function addElement<K extends NodeKind>(
  t: LbTopology,
  kind: K,
  element: Element<K> = newElement(t, kind),
  position?: { x: number; y: number },
): LbTopology {
  const key = COLLECTION[kind];
  const next = { ...t, [key]: [...(elementsOf(t, kind) as Element<K>[]), element] } as LbTopology;
  if (position) next.layout = { ...t.layout, [nodeId(kind, element.name)]: position };
  return next;
}

/** Replaces fields of one element (not its name: see renameElement). */
export function updateElement<K extends NodeKind>(
  t: LbTopology,
  kind: K,
  name: string,
  patch: Partial<Omit<Element<K>, 'name'>>,
): LbTopology {
  const key = COLLECTION[kind];
  if (!t[key]) return t;
  const next = {
    ...t,
    [key]: (t[key] as Element<K>[]).map((e) => (e.name === name ? settlePlaceholders(e, { ...e, ...patch }) : e)),
  } as LbTopology;
  // A VM's address edited in place keeps the pool members and NAT targets that name it.
  const vm = kind === 'vm' && 'nic' in patch ? t.vms.find((v) => v.name === name) : undefined;
  return vm ? followAddresses(next, name, movedAddresses(vm.nic, (patch as Partial<Vm>).nic ?? vm.nic)) : next;
}

/** One thing that deleting an element breaks: the node that loses something, and the words for it. */
export interface Impact {
  affected: string;
  key: 'impact.frontend' | 'impact.backendPool' | 'impact.vm' | 'impact.natFrontend' | 'impact.natTarget';
  params: Record<string, string>;
}

/**
 * What deleting an element breaks, one entry per element that loses a reference; empty when nothing refers to it.
 * @example impactEntries(t, 'frontend', 'FIP1') // [{ affected: 'rule:rule1', key: 'impact.frontend', params: { rule: 'rule1' } }]
 */
export function impactEntries(t: LbTopology, kind: NodeKind, name: string): Impact[] {
  return [...ruleImpact(t, kind, name), ...natImpact(t, kind, name)];
}

function ruleImpact(t: LbTopology, kind: NodeKind, name: string): Impact[] {
  if (kind === 'frontend') {
    return t.rules
      .filter((r) => r.frontend === name)
      .map((r) => ({ affected: nodeId('rule', r.name), key: 'impact.frontend', params: { rule: r.name } }));
  }
  if (kind === 'backendPool') {
    return t.rules
      .filter((r) => r.backendPool === name)
      .map((r) => ({ affected: nodeId('rule', r.name), key: 'impact.backendPool', params: { rule: r.name } }));
  }
  if (kind === 'vm') {
    return t.backendPools
      .filter((p) => p.members.some((m) => targetVm(m) === name))
      .map((p) => ({ affected: nodeId('vm', name), key: 'impact.vm', params: { vm: name, pool: p.name } }));
  }
  return [];
}

/**
 * One impact in words.
 * @example impactText({ affected: 'rule:r1', key: 'impact.frontend', params: { rule: 'r1' } }, 'ja') // '規則 r1 のフロントエンドがなくなります。'
 */
export function impactText(impact: Impact, locale: Locale = 'en'): string {
  return fill(messages[locale][impact.key], impact.params);
}

/**
 * What deleting an element breaks, in words; empty when nothing refers to it.
 * @example impactOf(t, 'frontend', 'FIP1') // ['Rule rule1 loses its frontend.']
 */
export function impactOf(t: LbTopology, kind: NodeKind, name: string, locale: Locale = 'en'): string[] {
  return impactEntries(t, kind, name).map((i) => impactText(i, locale));
}

/** Deletes an element and every reference to it (rules and NAT rules keep existing, unconnected). */
export function removeElement(t: LbTopology, kind: NodeKind, name: string): LbTopology {
  const key = COLLECTION[kind];
  if (!t[key]) return t;
  let next = natAfterRemove({ ...t, [key]: elementsOf(t, kind).filter((e) => e.name !== name) } as LbTopology, kind, name);
  if (kind === 'frontend') next = { ...next, rules: next.rules.map((r) => (r.frontend === name ? { ...r, frontend: '' } : r)) };
  if (kind === 'backendPool') next = { ...next, rules: next.rules.map((r) => (r.backendPool === name ? { ...r, backendPool: '' } : r)) };
  if (kind === 'vm') {
    next = { ...next, backendPools: next.backendPools.map((p) => ({ ...p, members: p.members.filter((m) => targetVm(m) !== name) })) };
  }
  if (t.layout && nodeId(kind, name) in t.layout) {
    const { [nodeId(kind, name)]: _gone, ...rest } = t.layout;
    next.layout = rest;
  }
  return next;
}

/**
 * Renames an element and every reference to it, or explains why not (in `locale`).
 * @example renameElement(t, 'frontend', 'FE1', 'FIP1') // { ok: true, topology }
 */
export function renameElement(
  t: LbTopology,
  kind: NodeKind,
  name: string,
  newName: string,
  locale: Locale = 'en',
): { ok: true; topology: LbTopology } | { ok: false; reason: string } {
  const problem = nameProblem(namesOf(t, kind), name, newName, `kind.${kind}`, locale);
  if (problem !== undefined) return { ok: false, reason: problem };
  const trimmed = newName;
  if (trimmed === name) return { ok: true, topology: t };
  const key = COLLECTION[kind];
  let next = {
    ...t,
    [key]: elementsOf(t, kind).map((e) => (e.name === name ? settlePlaceholders(e, { ...e, name: trimmed }) : e)),
  } as LbTopology;
  next = natAfterRename(next, kind, name, trimmed);
  if (kind === 'frontend') next = { ...next, rules: next.rules.map((r) => (r.frontend === name ? { ...r, frontend: trimmed } : r)) };
  if (kind === 'backendPool')
    next = { ...next, rules: next.rules.map((r) => (r.backendPool === name ? { ...r, backendPool: trimmed } : r)) };
  if (kind === 'vm') {
    next = {
      ...next,
      backendPools: next.backendPools.map((p) => ({
        ...p,
        members: p.members.map((m) => (typeof m === 'string' ? (m === name ? trimmed : m) : m.vm === name ? { ...m, vm: trimmed } : m)),
      })),
    };
  }
  const oldKey = nodeId(kind, name);
  if (t.layout && oldKey in t.layout) {
    const { [oldKey]: pos, ...rest } = t.layout;
    next.layout = { ...rest, [nodeId(kind, trimmed)]: pos! };
  }
  return { ok: true, topology: next };
}

/** Why `newName` cannot replace `name` among `existing` names, in `locale`; undefined when it can. */
export function nameProblem(
  existing: readonly string[],
  name: string,
  newName: string,
  kind: `kind.${NodeKind | 'probe' | 'loadBalancer'}`,
  locale: Locale,
): string | undefined {
  const m = messages[locale];
  const trimmed = newName.trim();
  if (trimmed === '') return m['rename.empty'];
  if (trimmed !== newName) return m['rename.spaces'];
  if (trimmed === name) return undefined;
  if (existing.includes(trimmed)) return fill(m['rename.taken'], { kind: m[kind], name: trimmed });
  // Azure resource names: 1-80 characters, letters, digits, underscores, periods and hyphens.
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/.test(trimmed)) return m['rename.invalid'];
  return undefined;
}

/**
 * Renames a health probe and the rules that use it, or explains why not (in `locale`).
 * @example renameProbe(t, 'p80', 'http-probe') // { ok: true, topology } with every rule's probe 'p80' → 'http-probe'
 */
export function renameProbe(
  t: LbTopology,
  name: string,
  newName: string,
  locale: Locale = 'en',
): { ok: true; topology: LbTopology } | { ok: false; reason: string } {
  const problem = nameProblem(
    t.probes.map((p) => p.name),
    name,
    newName,
    'kind.probe',
    locale,
  );
  if (problem !== undefined) return { ok: false, reason: problem };
  if (newName === name) return { ok: true, topology: t };
  return {
    ok: true,
    topology: {
      ...t,
      probes: t.probes.map((p) => (p.name === name ? settlePlaceholders(p, { ...p, name: newName }) : p)),
      rules: t.rules.map((r) => (r.probe === name ? { ...r, probe: newName } : r)),
    },
  };
}

/** The rules that use a health probe, in topology order. @example probeUsers(t, 'health1') // ['rule1'] */
export function probeUsers(t: LbTopology, probe: string): string[] {
  return t.rules.filter((r) => r.probe === probe).map((r) => r.name);
}

/**
 * Deletes a health probe no rule uses, or explains why not (in `locale`): Azure refuses to delete a probe in use.
 * @example removeProbe(t, 'p8080') // { ok: true, topology } without it; removeProbe(t, 'p80') // { ok: false, reason: 'Health probe p80 is used by r1; …' }
 */
export function removeProbe(
  t: LbTopology,
  name: string,
  locale: Locale = 'en',
): { ok: true; topology: LbTopology } | { ok: false; reason: string } {
  const users = probeUsers(t, name);
  if (users.length > 0) return { ok: false, reason: fill(messages[locale]['probe.inUse'], { probe: name, rules: users.join(', ') }) };
  return { ok: true, topology: { ...t, probes: t.probes.filter((p) => p.name !== name) } };
}

/** Adds a probe with a free name, or replaces one of the same name. */
export function upsertProbe(t: LbTopology, probe: Probe): LbTopology {
  const exists = t.probes.some((p) => p.name === probe.name);
  return { ...t, probes: exists ? t.probes.map((p) => (p.name === probe.name ? settlePlaceholders(p, probe) : p)) : [...t.probes, probe] };
}

/** Stores canvas positions by node id, leaving the domain model untouched. */
export function setPositions(t: LbTopology, positions: Record<string, { x: number; y: number }>): LbTopology {
  return { ...t, layout: { ...t.layout, ...positions } };
}
