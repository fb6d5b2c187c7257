// Template fragments with no load balancer resource (the SAP quickstarts): the caller template builds the
// load balancer from arrays this template returns in `outputs` (or keeps in `variables`). The rules are
// real and worth importing, so those arrays are assembled into a load balancer object of `az` shape.
import { isObject, keyOf, type JsonObject } from './access';
import { itext } from '../text';
import type { Findings } from './diagnostics';
import type { Evaluation } from './evaluate';
import { isUnresolved } from './resolved';

/** The collections of a load balancer's properties Floatplan reads. */
export const LB_COLLECTIONS = [
  'frontendIPConfigurations',
  'backendAddressPools',
  'probes',
  'loadBalancingRules',
  'inboundNatRules',
] as const;

const looksLikeRules = (v: unknown) =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every((r) => isObject(r) && isObject(r.properties) && 'frontendPort' in r.properties && 'backendPort' in r.properties);

/** The value under `key` (ignoring case) in outputs first, then variables, with its path. */
function find(ev: Evaluation, key: string): { value: unknown; path: string } | undefined {
  const k = keyOf(ev.outputs as JsonObject, key);
  if (k !== undefined) return { value: ev.outputs[k], path: `outputs.${k}.value` };
  const v = keyOf(ev.variables as JsonObject, key);
  return v !== undefined ? { value: ev.variables[v], path: `variables.${v}` } : undefined;
}

/**
 * A load balancer object assembled from a fragment's outputs/variables, or undefined when it has no
 * load-balancing rules anywhere (not even unresolved ones).
 * @example fragmentLoadBalancer(ev, findings)?.lb.loadBalancingRules.length // 2 (HANA)
 */
export function fragmentLoadBalancer(
  ev: Evaluation,
  findings: Findings,
): { lb: JsonObject; path: string; collectionPaths: Record<string, string> } | undefined {
  const lb: JsonObject = {};
  const paths: string[] = [];
  const collectionPaths: Record<string, string> = {};
  for (const key of LB_COLLECTIONS) {
    const hit = find(ev, key);
    if (hit) {
      lb[key] = hit.value;
      paths.push(hit.path);
      collectionPaths[key] = hit.path;
    }
  }
  if (lb.loadBalancingRules === undefined) {
    // No output named like the property: any output/variable holding rule-shaped objects.
    const named = [
      ...Object.entries(ev.outputs).map(([k, v]) => [`outputs.${k}.value`, v] as const),
      ...Object.entries(ev.variables).map(([k, v]) => [`variables.${k}`, v] as const),
    ].find(([, v]) => looksLikeRules(v));
    if (!named) return undefined;
    lb.loadBalancingRules = named[1];
    paths.push(named[0]);
    collectionPaths.loadBalancingRules = named[0];
  }
  const nameKey = Object.keys(ev.parameters).find((k) => /^(loadBalancerName|lbName)$/i.test(k));
  if (nameKey !== undefined) lb.name = ev.parameters[nameKey];
  const unresolvedRules = isUnresolved(lb.loadBalancingRules);
  findings.info(
    'ImportDefaultUsed',
    itext('arm.fragment', { paths: paths.join(', '), asOne: unresolvedRules ? '' : itext('arm.fragmentAsOne') }),
    paths.find((p) => /loadBalancingRules/i.test(p)),
  );
  // NIC-side membership (the SAP fragments' nicBackAddressPools): the pool ids the caller's NICs will join.
  for (const key of Object.keys(ev.outputs).filter((k) => /^nic.*pools?$/i.test(k))) {
    findings.info('ImportIgnored', itext('arm.fragmentNicPools', { key }), `outputs.${key}.value`);
  }
  return { lb, path: 'outputs', collectionPaths };
}
