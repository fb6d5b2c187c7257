// Load balancer elements declared as resources of their own: `Microsoft.Network/loadBalancers/inboundNatRules`
// named `<lb>/<rule>` in ARM, or `parent: lb` in Bicep (translated to the same). Azure treats them as part of the
// load balancer, so the import does too: each joins its load balancer's collection, at its own path.
import { field, isObject, items, top, type At, type JsonObject } from './access';
import type { Findings } from './diagnostics';
import { LB_COLLECTIONS } from './fragments';
import type { Resource } from './membership';
import { isUnresolved } from './resolved';
import { LB_TYPE } from './shapes';
import { itext } from '../text';

/** The child elements of each load balancer resource, per collection property name. */
export type LbChildren = Map<Resource, Record<string, At[]>>;

const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : undefined);

/**
 * Sorts child resources (`…/loadBalancers/<collection>`) into the collections of the load balancer their name
 * names (`<lb>/<child>`, compared ignoring case). A child whose name cannot be read, whose load balancer is not in
 * the template, whose type is not a collection, or whose name repeats an inline element is not imported, with an
 * `ImportIgnored` info saying which and why.
 * @example loadBalancerChildren([lb], [lb, nat], findings).get(lb)?.inboundNatRules?.[0]?.value // { name: 'rdp', properties: … }
 */
export function loadBalancerChildren(lbs: readonly Resource[], resources: readonly Resource[], findings: Findings): LbChildren {
  const out: LbChildren = new Map();
  for (const r of resources) {
    const type = r.type.toLowerCase();
    if (!type.startsWith(`${LB_TYPE}/`) || !isObject(r.value)) continue;
    const key = LB_COLLECTIONS.find((k) => k.toLowerCase() === type.slice(LB_TYPE.length + 1));
    // A child nested in its load balancer's own `resources` has a short name; its full name is `lb/name`.
    const fullName = r.fullName !== undefined ? r.fullName : top(r.value, r.path, 'name').value;
    const parts = typeof fullName === 'string' && !isUnresolved(fullName) ? fullName.split('/') : [];
    const ignore = (why: ReturnType<typeof itext>) =>
      findings.info('ImportIgnored', itext('arm.childIgnored', { path: r.path, type: r.type, why }), r.path);
    if (!key) {
      ignore(itext('arm.childNotCollection'));
      continue;
    }
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
      ignore(itext('arm.childName', { name: JSON.stringify(typeof fullName === 'string' ? fullName : '?') }));
      continue;
    }
    const [parent, name] = parts as [string, string];
    const lb = lbs.find((l) => isObject(l.value) && lower(l.value.name) === parent.toLowerCase());
    if (!lb) {
      ignore(itext('arm.childNoParent', { parent }));
      continue;
    }
    const inline = items(field(lb.value as JsonObject, lb.path, key)).map((e) => (isObject(e.value) ? lower(e.value.name) : undefined));
    const collection = ((out.get(lb) ?? out.set(lb, {}).get(lb)!)[key] ??= []);
    if (inline.includes(name.toLowerCase()) || collection.some((c) => lower((c.value as JsonObject).name) === name.toLowerCase())) {
      ignore(itext('arm.childDuplicate', { name, key }));
      continue;
    }
    collection.push({ value: { ...r.value, name }, path: r.path });
  }
  return out;
}
