import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import { frontendIpHolder } from '../model/holder';
import { isHaPorts } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import { text } from './catalogText';
import { ref } from './refs';

/** Rules to pools of forwarding NVAs: HA ports, as Microsoft's NVA guidance uses, and what floating IP changes there. */
export function checkAppliances(index: TopologyIndex, out: Diagnostic[]): void {
  for (const rule of index.topology.rules) {
    const pool = index.pools.get(rule.backendPool);
    if (!pool || frontendIpHolder(pool) !== 'appliance') continue;
    const r = [ref('rule', rule.name), ref('backendPool', pool.name)];
    const ip = index.frontendIps.get(rule.frontend)?.text ?? rule.frontend;
    // A route whose next hop is the frontend sends every port; a flow no rule matches is not delivered. A public
    // frontend is no route's next hop and has no HA ports: the public side of an NVA sandwich forwards chosen ports.
    if (!isHaPorts(rule) && index.topology.loadBalancer.type === 'Internal') {
      out.push(
        diagnostic(
          'warning',
          'ApplianceWithoutHaPorts',
          r,
          text('ApplianceWithoutHaPorts', { rule: rule.name, pool: pool.name, protocol: rule.protocol, port: rule.frontendPort, ip }),
          SOURCES.haPorts,
        ),
      );
    }
    // The HA-ports quickstart uses floating IP off; Azure requires it on only for several HA-ports frontends on one pool.
    if (rule.floatingIp) {
      out.push(
        diagnostic(
          'info',
          'ApplianceFloatingIp',
          r,
          text('ApplianceFloatingIp', { rule: rule.name, pool: pool.name, ip }),
          SOURCES.haPorts,
        ),
      );
    }
  }
}
