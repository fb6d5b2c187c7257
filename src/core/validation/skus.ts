import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import { isHaPorts } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import { text } from './catalogText';
import { ref } from './refs';

/**
 * The shape of a Gateway load balancer (gateway-overview, "Components"): its frontend IP is private only, and its
 * rules can only be HA-ports rules. What it delivers (VXLAN through tunnel interfaces, no loopback) is the mapping's.
 */
export function checkGateway(index: TopologyIndex, out: Diagnostic[]): void {
  const lb = index.topology.loadBalancer;
  if (lb.sku !== 'Gateway') return;
  const lbRef = ref('loadBalancer', lb.name);
  if (lb.type !== 'Internal') {
    out.push(
      diagnostic('error', 'GatewayFrontendNotPrivate', [lbRef], text('GatewayFrontendNotPrivate', { lb: lb.name }), SOURCES.gateway),
    );
  }
  for (const rule of index.topology.rules) {
    // Protocol All with other ports is HaPortsRequiresZeroPorts already, whose fix is the same.
    if (isHaPorts(rule) || rule.protocol === 'All') continue;
    out.push(
      diagnostic(
        'error',
        'GatewayRuleNotHaPorts',
        [ref('rule', rule.name), lbRef],
        text('GatewayRuleNotHaPorts', {
          rule: rule.name,
          lb: lb.name,
          protocol: rule.protocol,
          frontendPort: rule.frontendPort,
          backendPort: rule.backendPort,
        }),
        SOURCES.gateway,
      ),
    );
  }
}

/**
 * A Basic load balancer: retired on 30 September 2025 (a warning with the upgrade path), and the features it never had
 * (skus: no HTTPS probes, no TCP reset; HA ports are HaPortsRequiresInternalStandard's). Zones are not modelled.
 */
export function checkBasic(index: TopologyIndex, out: Diagnostic[]): void {
  const t = index.topology;
  const lb = t.loadBalancer;
  if (lb.sku !== 'Basic') return;
  const lbRef = ref('loadBalancer', lb.name);
  out.push(diagnostic('warning', 'BasicSkuRetired', [lbRef], text('BasicSkuRetired', { lb: lb.name }), SOURCES.basicUpgrade));
  const unsupported = (refs: ReturnType<typeof ref>[], key: Parameters<typeof text>[0], params: Record<string, string>) =>
    out.push(diagnostic('error', 'BasicSkuUnsupportedFeature', [...refs, lbRef], text(key, { ...params, lb: lb.name }), SOURCES.skus));
  for (const probe of t.probes) {
    if (probe.protocol === 'Https') unsupported([ref('probe', probe.name)], 'BasicSkuUnsupportedFeature.httpsProbe', { probe: probe.name });
  }
  for (const rule of t.rules) {
    if (rule.enableTcpReset) unsupported([ref('rule', rule.name)], 'BasicSkuUnsupportedFeature.tcpReset', { rule: rule.name });
  }
  for (const nat of t.inboundNatRules ?? []) {
    if (nat.enableTcpReset) unsupported([ref('natRule', nat.name)], 'BasicSkuUnsupportedFeature.natTcpReset', { rule: nat.name });
  }
}
