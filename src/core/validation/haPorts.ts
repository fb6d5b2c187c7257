import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import { isHaPorts } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import { listNames, ref } from './refs';

/** HA-ports placement rules from the HA ports overview. */
export function checkHaPorts(index: TopologyIndex, out: Diagnostic[]): void {
  const { loadBalancer: lb, rules } = index.topology;
  // Gateway load balancers forward through an HA-ports rule by design.
  const lbAllowsHa = (lb.sku === 'Standard' && lb.type === 'Internal') || lb.sku === 'Gateway';
  for (const rule of rules) {
    const r = ref('rule', rule.name);
    if (rule.protocol === 'All' && !isHaPorts(rule)) {
      out.push(diagnostic('error', 'HaPortsRequiresZeroPorts', [r],
        `Rule ${rule.name} uses protocol All with ports ${rule.frontendPort}/${rule.backendPort}. Protocol All means HA ports, ` +
          'which balances every port: set both the frontend and backend port to 0, or choose Tcp or Udp for a single port.',
        SOURCES.haPorts));
    }
    if (isHaPorts(rule) && !lbAllowsHa) {
      out.push(diagnostic('error', 'HaPortsRequiresInternalStandard', [r, ref('loadBalancer', lb.name)],
        `Rule ${rule.name} is an HA-ports rule (All, ports 0/0), but load balancer ${lb.name} is ${lb.sku} ${lb.type}. ` +
          'HA-ports rules exist only on an internal Standard load balancer: make the load balancer Internal and Standard, ' +
          'or use one rule per port.',
        SOURCES.haPorts));
    }
  }
  // "A single non-floating HA-ports rule ... doesn't allow any other load-balancing rule configuration
  // on the current load balancer resource."
  for (const rule of rules) {
    if (!isHaPorts(rule) || rule.floatingIp) continue;
    const others = rules.filter((o) => o !== rule).map((o) => o.name);
    if (others.length === 0) continue;
    out.push(diagnostic('error', 'HaPortsNonFloatingExclusive',
      [ref('rule', rule.name), ...[...new Set(others)].sort().map((n) => ref('rule', n))],
      `Rule ${rule.name} is an HA-ports rule without floating IP, which must be the only rule on load balancer ${lb.name}, ` +
        `but ${listNames(others)} ${others.length > 1 ? 'are' : 'is'} also defined. Enable floating IP on every HA-ports rule ` +
        '(then more floating rules may be added), or move the other rules to another load balancer.',
      SOURCES.haPorts));
  }
}
