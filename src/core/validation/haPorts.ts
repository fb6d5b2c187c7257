import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import { isHaPorts } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import { acceptsEveryPort } from '../model/tunnel';
import { names, text } from './catalogText';
import { ref } from './refs';

/** HA-ports placement rules from the HA ports overview. */
export function checkHaPorts(index: TopologyIndex, out: Diagnostic[]): void {
  const { loadBalancer: lb, rules } = index.topology;
  // Gateway load balancers forward through an HA-ports rule by design.
  const lbAllowsHa = (lb.sku === 'Standard' && lb.type === 'Internal') || lb.sku === 'Gateway';
  for (const rule of rules) {
    const r = ref('rule', rule.name);
    if (rule.protocol === 'All' && !isHaPorts(rule)) {
      out.push(
        diagnostic(
          'error',
          'HaPortsRequiresZeroPorts',
          [r],
          text('HaPortsRequiresZeroPorts', { rule: rule.name, frontendPort: rule.frontendPort, backendPort: rule.backendPort }),
          SOURCES.haPorts,
        ),
      );
    }
    if (isHaPorts(rule) && !lbAllowsHa) {
      out.push(
        diagnostic(
          'error',
          'HaPortsRequiresInternalStandard',
          [r, ref('loadBalancer', lb.name)],
          text('HaPortsRequiresInternalStandard', { rule: rule.name, lb: lb.name, sku: lb.sku, type: lb.type }),
          SOURCES.haPorts,
        ),
      );
    }
  }
  // An inbound NAT rule with All and ports 0/0 forwards every port, as HA ports do: accepted where HA ports are
  // (azurerm's zero-port acceptance test deploys it on an internal Standard load balancer), refused elsewhere by analogy.
  for (const nat of index.topology.inboundNatRules ?? []) {
    if (!isHaPorts(nat) || acceptsEveryPort(lb)) continue;
    out.push(
      diagnostic(
        'error',
        'HaPortsRequiresInternalStandard',
        [ref('natRule', nat.name), ref('loadBalancer', lb.name)],
        text('HaPortsRequiresInternalStandard.natRule', { rule: nat.name, lb: lb.name, sku: lb.sku, type: lb.type }),
        SOURCES.natAllPorts,
      ),
    );
  }
  // "A single non-floating HA-ports rule ... doesn't allow any other load-balancing rule configuration
  // on the current load balancer resource."
  for (const rule of rules) {
    if (!isHaPorts(rule) || rule.floatingIp) continue;
    const others = rules.filter((o) => o !== rule).map((o) => o.name);
    if (others.length === 0) continue;
    out.push(
      diagnostic(
        'error',
        'HaPortsNonFloatingExclusive',
        [ref('rule', rule.name), ...[...new Set(others)].sort().map((n) => ref('rule', n))],
        text(others.length > 1 ? 'HaPortsNonFloatingExclusive.many' : 'HaPortsNonFloatingExclusive.one', {
          rule: rule.name,
          lb: lb.name,
          others: names(others),
        }),
        SOURCES.haPorts,
      ),
    );
  }
}
