// Gateway Load Balancer and cross-region (Global tier) features the v1 topology has no place for. Each is said
// where it is, so nothing is dropped silently: a frontend or NIC ip configuration chained to a Gateway load
// balancer (`gatewayLoadBalancer`), a pool's VXLAN `tunnelInterfaces`, and `sku.tier: Global`.
import { field, isObject, items, top, type At, type JsonObject } from './access';
import type { Findings } from './diagnostics';
import type { LbContext } from './lbFields';
import { readString } from './placeholders';
import { itext } from '../text';

const present = (at: At) => at.value !== undefined && at.value !== null;

/** The element's name when it is a plain string, else `#n`. */
function nameOf(at: At, index: number): string {
  const name = isObject(at.value) ? readString(top(at.value, at.path, 'name')).text : undefined;
  return name !== undefined && name !== '' ? name : `#${index + 1}`;
}

/**
 * Says what of Gateway chaining, tunnel interfaces and the Global tier the load balancer uses (not modelled).
 * @example gatewayNotModelled(lb, 'resources[2]', ctx) // a warning per chained frontend, an info per tunnelled pool
 */
export function gatewayNotModelled(lb: JsonObject, path: string, ctx: Pick<LbContext, 'findings' | 'children'>): void {
  const { findings } = ctx;
  const sku = top(lb, path, 'sku');
  if (isObject(sku.value)) {
    const tier = top(sku.value, sku.path, 'tier');
    if (readString(tier).text?.trim().toLowerCase() === 'global') findings.warn('ImportIgnored', itext('arm.globalTier'), tier.path);
  }
  const all = (key: string) => [...items(field(lb, path, key)), ...(ctx.children?.[key] ?? [])];
  all('frontendIPConfigurations').forEach((fe, i) => {
    if (!isObject(fe.value)) return;
    const chain = field(fe.value, fe.path, 'gatewayLoadBalancer');
    if (present(chain)) findings.warn('ImportIgnored', itext('arm.gatewayChainFrontend', { name: nameOf(fe, i) }), chain.path);
  });
  all('backendAddressPools').forEach((pool, i) => {
    if (!isObject(pool.value)) return;
    const tunnels = field(pool.value, pool.path, 'tunnelInterfaces');
    const count = Array.isArray(tunnels.value) ? tunnels.value.length : present(tunnels) ? 1 : 0;
    if (count > 0) findings.info('ImportIgnored', itext('arm.tunnelInterfaces', { pool: nameOf(pool, i), count }), tunnels.path);
  });
}

/** Says a NIC ip configuration chained to a Gateway load balancer (its VM is imported without the chain). */
export function nicGatewayNotModelled(config: At, n: number, nic: string, findings: Findings): void {
  if (!isObject(config.value)) return;
  const chain = field(config.value, config.path, 'gatewayLoadBalancer');
  if (present(chain)) findings.warn('ImportIgnored', itext('arm.gatewayChainNic', { n, nic }), chain.path);
}
