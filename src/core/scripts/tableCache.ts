// A script's data tables (bashTables.ts, windowsTables.ts) name the VM's own NIC IP by a variable, so the VMs of one
// pool have the same tables: `script --all` of the largest load balancer makes each table once per pool instead of
// 4,000 times. Tables are remembered by their content (compared in full, the NIC IP counting as the variable), never
// by name alone, and only the last few are kept. A list derived from a template plan (planTemplate.ts) is found by its
// template's list without comparing: it equals that list but for the NIC IP.
import type { Listen, LoopbackAddress, Opening, VmPlan } from './plan';
import { templateOf } from './planTemplate';

type Kind = 'loopback' | 'openings' | 'listens' | 'ps loopback' | 'ps openings' | 'ps listens';

interface Entry {
  kind: Kind;
  param: string;
  list: readonly object[];
  nic: string;
  text: string;
}

// Per list object (a script and its rollback share one plan): the entry found for it.
const byList = new WeakMap<object, Map<string, Entry>>();
// By a cheap key (kind, parameters, length, the ends): the entries whose lists may be equal.
const byShape = new Map<string, Entry[]>();
let count = 0;
const LIMIT = 256;

/**
 * `make()`, made once for every plan whose `kind` list is equal to an earlier plan's when each plan's NIC IP is read as
 * the same variable. `make` must read nothing but that list, the NIC IP (only to replace it) and `prefix`.
 * @example tableOf(plan, 'openings', undefined, () => rows(plan.openings))
 */
export function tableOf(plan: VmPlan, kind: Kind, prefix: { 4: number; 6: number } | undefined, make: () => string): string {
  // A list derived from a template plan prints as the template's list did: it is found by that list, never compared.
  const given = listOf(plan, kind);
  const origin = templateOf(given);
  const list = origin?.list ?? given;
  const nic = origin?.nic ?? plan.vm.nic.ip;
  const p = prefix === undefined ? '' : `${prefix[4]}/${prefix[6]}`;
  const cacheKey = `${kind} ${p}`;
  let own = byList.get(list);
  const known = own?.get(cacheKey);
  if (known && known.nic === nic) return known.text;
  const shape = `${cacheKey} ${list.length} ${endKey(list[0])} ${endKey(list.at(-1))}`;
  const candidates = byShape.get(shape);
  let entry = candidates?.find((e) => sameList(kind, e.list, e.nic, list, nic));
  if (!entry) {
    entry = { kind, param: p, list, nic, text: make() };
    if (++count > LIMIT) {
      byShape.clear();
      count = 1;
    }
    const again = byShape.get(shape);
    if (again) again.push(entry);
    else byShape.set(shape, [entry]);
  }
  if (!own) byList.set(list, (own = new Map()));
  own.set(cacheKey, { ...entry, nic });
  return entry.text;
}

function listOf(plan: VmPlan, kind: Kind): readonly object[] {
  if (kind.endsWith('loopback')) return plan.loopback;
  if (kind.endsWith('openings')) return plan.openings;
  return plan.listens;
}

function endKey(x: object | undefined): string {
  if (!x) return '';
  if ('rule' in x) return `${(x as Listen).rule} ${(x as Listen).port}`;
  if ('reasons' in x) return `${(x as Opening).protocol} ${(x as Opening).port}`;
  return (x as LoopbackAddress).ip;
}

function sameList(kind: Kind, a: readonly object[], nicA: string, b: readonly object[], nicB: string): boolean {
  if (a.length !== b.length) return false;
  // Two addresses print alike when both are their VM's NIC IP (the variable), or neither is and they are equal.
  const addr = (x: string, y: string) => (x === nicA ? y === nicB : y !== nicB && x === y);
  const same = kind.endsWith('loopback') ? sameLoopback : kind.endsWith('openings') ? sameOpening : sameListen;
  for (let i = 0; i < a.length; i++) if (!same(a[i] as never, b[i] as never, addr)) return false;
  return true;
}

type Same<T> = (x: T, y: T, addr: (x: string, y: string) => boolean) => boolean;

const sameLoopback: Same<LoopbackAddress> = (l, m) => l.ip === m.ip && l.family === m.family;

const sameOpening: Same<Opening> = (o, q, addr) => {
  if (o.protocol !== q.protocol || o.port !== q.port || o.kind !== q.kind || !addr(o.address, q.address)) return false;
  if (o.reasons.length !== q.reasons.length) return false;
  for (let k = 0; k < o.reasons.length; k++) if (o.reasons[k] !== q.reasons[k]) return false;
  return true;
};

const sameListen: Same<Listen> = (l, m, addr) =>
  l.rule === m.rule &&
  l.natRule === m.natRule &&
  l.frontend === m.frontend &&
  l.frontendIp === m.frontendIp &&
  l.frontendPort === m.frontendPort &&
  l.protocol === m.protocol &&
  l.port === m.port &&
  l.on === m.on &&
  addr(l.address, m.address);
