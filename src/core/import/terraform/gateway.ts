// Azure features a topology cannot hold, named so they are never dropped silently: chaining to a Gateway load
// balancer (`gateway_load_balancer_frontend_ip_configuration_id` on a frontend or a NIC IP configuration), the tunnel
// interfaces of a Gateway pool, and the Global (cross-region) tier.
import { itext } from '../text';
import type { Evaluator, Instance } from './evaluate';
import type { Findings } from './findings';
import { Reader } from './reader';
import { ResourceRef, Unknown, type TfValue } from './values';

const CHAIN = 'gateway_load_balancer_frontend_ip_configuration_id';

/** How a chaining value reads in a message: the resource, the expression, or the id as written. */
function shown(v: TfValue): string {
  if (v instanceof ResourceRef) return v.address;
  if (v instanceof Unknown) return v.expression;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * Says what the chosen load balancer (and the file's NICs) use that Floatplan does not model.
 * @example gatewayFacts(lb, instances, evaluator, findings)
 */
export function gatewayFacts(lb: Instance | undefined, instances: readonly Instance[], evaluator: Evaluator, findings: Findings): void {
  if (lb) {
    const r = new Reader(evaluator, findings, lb);
    const tier = r.text('sku_tier').text;
    if (tier !== undefined && tier.trim().toLowerCase() === 'global')
      findings.warn('ImportIgnored', itext('tfm.globalTier', { path: r.path('sku_tier') }), r.path('sku_tier'));
    for (const f of r.blocks('frontend_ip_configuration')) {
      if (!f.has(CHAIN)) continue;
      const name = f.text('name').text ?? f.address;
      findings.warn('ImportIgnored', itext('tfm.gatewayChain', { name, target: shown(f.value(CHAIN)) }), f.path(CHAIN));
    }
    for (const p of instances.filter((i) => i.type === 'azurerm_lb_backend_address_pool')) {
      const pr = new Reader(evaluator, findings, p);
      const owner = pr.ref('loadbalancer_id');
      if (owner instanceof ResourceRef && owner.address !== lb.address) continue;
      const tunnels = pr.blocks('tunnel_interface');
      if (tunnels.length === 0) continue;
      const list = tunnels.map((t) => ['type', 'protocol', 'port', 'identifier'].map((a) => t.text(a).text ?? '?').join('/')).join(', ');
      findings.info(
        'ImportIgnored',
        itext('tfm.tunnels', { name: pr.text('name').text ?? p.address, count: tunnels.length, list }),
        `${p.address}.tunnel_interface`,
      );
    }
  }
  for (const nic of instances.filter((i) => i.type === 'azurerm_network_interface')) {
    for (const c of new Reader(evaluator, findings, nic).blocks('ip_configuration')) {
      if (c.has(CHAIN))
        findings.warn('ImportIgnored', itext('tfm.nicGatewayChain', { path: c.address, target: shown(c.value(CHAIN)) }), c.path(CHAIN));
    }
  }
}
