// Gateway Load Balancer chains and the cross-region (Global) tier, read into format v2's references: a frontend or
// a NIC's primary ip configuration chained to a Gateway load balancer (`gatewayLoadBalancer`), a Global pool's
// backend addresses naming regional frontends (`loadBalancerFrontendIPConfiguration`), and `sku.tier`. What cannot be
// read is said where it is; references are checked against the imported load balancers later (mergeLbs.ts).
import type { FrontendRef, LbTier } from '../../topology/schema';
import { field, isObject, items, top, type At, type JsonObject } from './access';
import type { Findings } from './diagnostics';
import { refId } from './ids';
import type { LbContext } from './lbFields';
import { readString } from './placeholders';
import { frontendRefOf } from '../mergeLbs';
import { itext, type ImportText } from '../text';

const present = (at: At) => at.value !== undefined && at.value !== null;

/** The element's name when it is a plain string, else `#n`. */
function nameOf(at: At, index: number): string {
  const name = isObject(at.value) ? readString(top(at.value, at.path, 'name')).text : undefined;
  return name !== undefined && name !== '' ? name : `#${index + 1}`;
}

/**
 * The frontend a `{ id }` reference names, or undefined (absent; or unreadable, which is said).
 * @example frontendRef(field(fe, path, 'gatewayLoadBalancer'), itext('ref.frontendChain', { name }), findings) // { loadBalancer: 'gw', frontend: 'fe' }
 */
export function frontendRef(at: At, what: ImportText, findings: Findings): FrontendRef | undefined {
  if (!present(at)) return undefined;
  const id = refId(at);
  const ref = typeof id.value === 'string' ? frontendRefOf(id.value) : undefined;
  if (!ref)
    findings.warn(
      'ImportUnresolved',
      itext('ref.unreadable', { what, id: typeof id.value === 'string' ? id.value : (JSON.stringify(id.value) ?? '') }),
      id.path,
    );
  return ref;
}

/** `Global` when `sku.tier` says so (a cross-region load balancer); a regional one has no tier. */
export function tierOf(lb: JsonObject, path: string): { tier?: LbTier } {
  const sku = top(lb, path, 'sku');
  if (!isObject(sku.value)) return {};
  return readString(top(sku.value, sku.path, 'tier'))
    .text?.trim()
    .toLowerCase() === 'global'
    ? { tier: 'Global' }
    : {};
}

/** The regional frontends a Global pool's backend addresses name (`loadBalancerFrontendIPConfiguration`). */
export function regionalFrontends(pool: At, name: string, findings: Findings): FrontendRef[] | undefined {
  if (!isObject(pool.value)) return undefined;
  const props = field(pool.value, pool.path, 'loadBalancerBackendAddresses');
  const out: FrontendRef[] = [];
  for (const a of items(props)) {
    if (!isObject(a.value)) continue;
    const at = field(a.value, a.path, 'loadBalancerFrontendIPConfiguration');
    const ref = frontendRef(at, itext('ref.globalMember', { pool: name }), findings);
    if (ref) out.push(ref);
  }
  return out.length > 0 ? out : undefined;
}

/** Says a pool's VXLAN tunnel interfaces (a Gateway load balancer's), which Floatplan does not model. */
export function tunnelsNotModelled(lb: JsonObject, path: string, ctx: Pick<LbContext, 'findings' | 'children'>): void {
  const all = [...items(field(lb, path, 'backendAddressPools')), ...(ctx.children?.backendAddressPools ?? [])];
  all.forEach((pool, i) => {
    if (!isObject(pool.value)) return;
    const tunnels = field(pool.value, pool.path, 'tunnelInterfaces');
    const count = Array.isArray(tunnels.value) ? tunnels.value.length : present(tunnels) ? 1 : 0;
    if (count > 0) ctx.findings.info('ImportIgnored', itext('arm.tunnelInterfaces', { pool: nameOf(pool, i), count }), tunnels.path);
  });
}

/**
 * The Gateway chain of a NIC's primary ip configuration; a chain on another ip configuration is said (a NIC of the
 * topology has one chain, on its primary configuration).
 */
export function nicGateway(
  configs: readonly At[],
  primary: number,
  nic: string,
  findings: Findings,
): { gatewayLoadBalancer?: FrontendRef } {
  let chain: FrontendRef | undefined;
  configs.forEach((config, i) => {
    if (!isObject(config.value)) return;
    const at = field(config.value, config.path, 'gatewayLoadBalancer');
    if (!present(at)) return;
    if (i === primary) chain = frontendRef(at, itext('ref.nicChain', { nic }), findings);
    else findings.warn('ImportIgnored', itext('arm.gatewayChainNic', { n: i + 1, nic }), at.path);
  });
  return chain ? { gatewayLoadBalancer: chain } : {};
}
