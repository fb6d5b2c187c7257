import { diagnostic, SOURCES, type Diagnostic, type DiagnosticCode } from '../diagnostics/diagnostic';
import type { MappingRow } from '../mapping/mapping';
import { describeProtocols, isHaPortsFloatingException } from '../model/protocol';
import { formatEndpoint } from '../net/address';
import { findOverlaps, pairKey } from './overlaps';
import { listNames, ref } from './refs';

interface Collision {
  a: MappingRow;
  b: MappingRow;
  vms: Set<string>;
}

/**
 * "Each rule must produce a flow with a unique combination of destination IP address and destination port"
 * (multiple frontends article): rows are grouped by what one ipconfig receives — (ipconfig, destination IP,
 * protocol, destination port) — and every overlap becomes Azure's own error for that case.
 */
export function checkBackendConflicts(rows: readonly MappingRow[], out: Diagnostic[]): void {
  const collisions = new Map<string, Collision>();
  findOverlaps(
    rows,
    (r) => `${r.config.key}\u0000${r.destinationIp}`,
    (r) => r.protocol,
    (r) => r.destinationPort,
    (a, b) => {
      if (a.ruleRef === b.ruleRef || isHaPortsFloatingException(a.ruleRef, b.ruleRef)) return;
      const key = pairKey(a.rule, b.rule);
      const [first, second] = a.rule <= b.rule ? [a, b] : [b, a];
      const c = collisions.get(key);
      if (!c) collisions.set(key, { a: first, b: second, vms: new Set([a.vm]) });
      else {
        c.vms.add(a.vm);
        // The example endpoint in the message is the alphabetically first VM's, whatever the input order.
        if (a.vm < c.a.vm) Object.assign(c, { a: first, b: second });
      }
    },
  );
  for (const c of collisions.values()) out.push(backendConflict(c));
}

function backendConflict({ a, b, vms }: Collision): Diagnostic {
  const samePool = a.backendPool === b.backendPool;
  const bothFloating = a.floatingIp && b.floatingIp;
  const code: DiagnosticCode = !samePool || a.floatingIp !== b.floatingIp
    ? 'RulesUseSameBackendPortProtocolAndIPConfig'
    : bothFloating
      ? 'RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled'
      : 'RulesUseSameBackendPortProtocolAndPool';
  const refs = [ref('rule', a.rule), ref('rule', b.rule), ref('backendPool', a.backendPool)];
  if (!samePool) refs.push(ref('backendPool', b.backendPool));
  for (const vm of [...vms].sort()) refs.push(ref('vm', vm));
  const port = a.destinationPort === 0 || b.destinationPort === 0 ? 'every port' : `backend port ${a.destinationPort}`;
  const proto = describeProtocols(a.protocol, b.protocol);
  const where = formatEndpoint(a.destinationIp, a.destinationPort || b.destinationPort);
  const floating = bothFloating ? 'enabled' : a.floatingIp || b.floatingIp ? 'mixed' : 'disabled';
  const pools = samePool
    ? `backend pool ${a.backendPool}`
    : `backend pools ${a.backendPool} and ${b.backendPool}, which share the same IP configuration of`;
  const fix =
    code === 'RulesUseSameBackendPortProtocolAndPool'
      ? 'Enable floating IP on both rules (each VM then receives the frontend IP, so the same port can be reused), or give one rule a different backend port.'
      : code === 'RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled'
        ? 'With floating IP the destination is the frontend IP, so these rules need different frontends (IPs) or different backend ports.'
        : 'Give one rule a different backend port, or keep the shared IP configuration out of one of the pools.';
  return diagnostic('error', code, refs,
    `Rules ${a.rule} and ${b.rule} with floating IP ${floating} use protocol ${proto} and ${port} on ${pools}` +
      `${samePool ? '' : ` ${listNames(vms)}`}: ${listNames(vms)} would receive both rules' flows at ${where} and could not tell them apart. ${fix}`,
    SOURCES.multivip);
}
