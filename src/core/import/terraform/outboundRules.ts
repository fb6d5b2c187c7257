// `azurerm_lb_outbound_rule` resources as topology `outboundRules` (docs/outbound.md): the frontends by their
// `frontend_ip_configuration { name }` blocks, the pool by `backend_address_pool_id`.
import type { OutboundRule } from '../../topology/schema';
import type { Instance } from './evaluate';
import type { LbContext } from './loadBalancer';
import { Reader } from './reader';
import { ResourceRef } from './values';

const PROTOCOLS = ['Tcp', 'Udp', 'All'] as const;

/**
 * The outbound rules among `instances` (already those of the chosen load balancer); a pool that is not one of
 * `pools` (address → name) stays "" so validation names it.
 * @example readOutboundRules(children('azurerm_lb_outbound_rule'), ctx, poolNames)[0].frontends // ['PublicIPAddress']
 */
export function readOutboundRules(instances: readonly Instance[], ctx: LbContext, pools: ReadonlyMap<string, string>): OutboundRule[] {
  return instances.map((i, n): OutboundRule => {
    const r = new Reader(ctx.evaluator, ctx.findings, i);
    const name = r.name('rule', `<outbound-rule-${n + 1}>`);
    const frontends = r
      .blocks('frontend_ip_configuration')
      .map((f) => f.text('name').text ?? '')
      .filter((f) => f !== '');
    const ref = r.ref('backend_address_pool_id');
    const backendPool = ref instanceof ResourceRef ? (pools.get(ref.address) ?? '') : '';
    const protocolText = r.text('protocol').text ?? 'All';
    const protocol = PROTOCOLS.find((p) => p.toLowerCase() === protocolText.trim().toLowerCase()) ?? protocolText;
    const ports = r.int('allocated_outbound_ports', 0);
    const idle = r.int('idle_timeout_in_minutes', 4);
    // azurerm v4 renamed enable_tcp_reset to tcp_reset_enabled; either is read, as for rules.
    const reset = r.bool(r.has('tcp_reset_enabled') ? 'tcp_reset_enabled' : 'enable_tcp_reset', false);
    return {
      name,
      frontends,
      backendPool,
      protocol,
      ...(ports !== undefined ? { allocatedOutboundPorts: ports } : {}),
      ...(idle !== undefined ? { idleTimeoutMinutes: idle } : {}),
      ...(reset !== undefined ? { enableTcpReset: reset } : {}),
    };
  });
}
