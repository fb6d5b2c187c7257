import { diagnostic, SOURCES, type Diagnostic, type DiagnosticCode } from '../diagnostics/diagnostic';
import type { MappingRow, RuleRun } from '../mapping/mapping';
import type { NatMappingRow } from '../mapping/natMapping';
import { isHaPortsFloatingException, transports } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import type { InboundNatRule, Rule } from '../topology/schema';
import { formatEndpoint } from '../net/address';
import { findOverlaps, pairKey } from './overlaps';
import { names, text } from '../i18n/diagnosticText';
import { ref } from './refs';
import { protocolsText } from './texts';

interface Collision {
  a: MappingRow;
  b: MappingRow;
  vms: Set<string>;
}

/**
 * "Each rule must produce a flow with a unique combination of destination IP address and destination port"
 * (multiple frontends article): rows are grouped by what one ipconfig receives — (ipconfig, destination IP,
 * transport, destination port) — and every overlap becomes Azure's own error for that case.
 * Rules that cannot collide are filtered out first; the rest are grouped with numeric keys in
 * per-ipconfig maps, because that pass runs once per rule × member.
 */
export function checkBackendConflicts(index: TopologyIndex, rows: readonly MappingRow[], runs: readonly RuleRun[], out: Diagnostic[]): void {
  const collisions = new Map<string, Collision>();
  const onPair = (a: MappingRow, b: MappingRow) => {
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
  };

  const suspects = suspectRules(index, runs);
  if (suspects.size === 0) return;
  // Per ipconfig: (destination IP id, transport, port) -> row index, or indexes once two rows collide.
  const received: (Map<number, number | number[]> | undefined)[] = new Array(index.configCount);
  // Per ipconfig: (destination IP id, transport) -> rows with port 0, which overlap every port.
  const wildcards: (Map<number, number[]> | undefined)[] = new Array(index.configCount);
  let lastRule: Rule | undefined;
  let ruleTransports: readonly number[] = [];
  let frontendIpId = 0;
  const suspectRows = runs.filter((r) => suspects.has(r.rule)).flatMap((r) => range(r.start, r.end));
  for (const i of suspectRows) {
    const row = rows[i]!;
    if (row.ruleRef !== lastRule) {
      lastRule = row.ruleRef;
      ruleTransports = transports(row.protocol).map((t) => (t === 'Tcp' ? 0 : 1));
      frontendIpId = index.ipId(row.frontendIp);
    }
    const id = row.config.id;
    const dst = row.floatingIp ? frontendIpId : row.config.ipId;
    const map = (received[id] ??= new Map());
    for (const t of ruleTransports) {
      const group = dst * 2 + t;
      const key = group * 65536 + row.destinationPort;
      const seen = map.get(key);
      if (seen === undefined) map.set(key, i);
      else if (typeof seen === 'number') {
        onPair(rows[seen]!, row);
        map.set(key, [seen, i]);
      } else {
        for (const j of seen) onPair(rows[j]!, row);
        seen.push(i);
      }
      if (row.destinationPort === 0) {
        const wild = (wildcards[id] ??= new Map());
        const list = wild.get(group);
        if (list) list.push(i);
        else wild.set(group, [i]);
      }
    }
  }
  // Second pass only over ipconfigs that have a wildcard: every specific port overlaps it.
  for (const i of suspectRows) {
    const row = rows[i]!;
    const wild = wildcards[row.config.id];
    if (!wild || row.destinationPort === 0) continue;
    const dst = index.ipId(row.destinationIp);
    for (const t of transports(row.protocol)) {
      for (const j of wild.get(dst * 2 + (t === 'Tcp' ? 0 : 1)) ?? []) onPair(rows[j]!, row);
    }
  }
  for (const c of collisions.values()) out.push(backendConflict(c));
}

/**
 * Rules that could collide at all: two rules can only deliver the same destination to one ipconfig if they
 * share a destination class — the same frontend IP (floating on) or "the member's own IP" (floating off) —
 * with overlapping transport and port. Only their rows need the per-ipconfig pass, so a valid topology
 * costs one pass over its rules here, not over its rule × member pairs.
 * (A floating rule whose frontend IP equals a member's NIC IP is impossible in Azure: an address belongs
 * to one IP configuration.)
 */
function suspectRules(index: TopologyIndex, runs: readonly RuleRun[]): Set<Rule> {
  const rules = runs.filter((r) => r.members.length > 0).map((r) => r.rule);
  const suspects = new Set<Rule>();
  findOverlaps(
    rules,
    (r) => (r.floatingIp ? `F${index.frontendIps.get(r.frontend)?.text}` : 'M'),
    (r) => r.protocol,
    (r) => r.backendPort,
    (a, b) => {
      if (a === b || isHaPortsFloatingException(a, b)) return;
      suspects.add(a);
      suspects.add(b);
    },
  );
  return suspects;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
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
  const port = a.destinationPort === 0 || b.destinationPort === 0 ? text('port.every') : text('backendPort.one', { port: a.destinationPort });
  const floating = text(bothFloating ? 'floating.enabled' : a.floatingIp || b.floatingIp ? 'floating.mixed' : 'floating.disabled');
  const params = {
    a: a.rule, b: b.rule, floating, protocols: protocolsText(a.protocol, b.protocol), port, vms: names(vms),
    endpoint: formatEndpoint(a.destinationIp, a.destinationPort || b.destinationPort), fix: text(`${code}.fix`),
  };
  return diagnostic('error', code, refs,
    samePool
      ? text('BackendConflict.samePool', { ...params, pool: a.backendPool })
      : text('BackendConflict.twoPools', { ...params, poolA: a.backendPool, poolB: b.backendPool }),
    SOURCES.multivip);
}

type Delivery =
  | { kind: 'rule'; name: string; rule: Rule; pool: string }
  | { kind: 'natRule'; name: string; rule: InboundNatRule };

/**
 * RulesUseSameBackendPortProtocolAndIPConfig for inbound NAT rules: a NAT rule delivers to one ipconfig, so
 * another NAT rule or a load-balancing rule reaching that ipconfig with the same destination IP, an
 * overlapping protocol and the same backend port (0 = every port) makes two flows the guest cannot tell
 * apart. Azure reports NAT rules with this code ("…/inboundNatRules/RDP-VM0 and …/inboundNatRules/RDP-VM1
 * … must not be used with the same backend IP …/ipConfigurations/ipconfig1"). NAT rows are indexed by
 * destination class, so load-balancing rules are visited once each and their members only on a match.
 */
export function checkNatBackendConflicts(index: TopologyIndex, runs: readonly RuleRun[], natRows: readonly NatMappingRow[], out: Diagnostic[]): void {
  if (natRows.length === 0) return;
  const found = new Map<string, Diagnostic>();
  const report = (a: Delivery, b: Delivery, nat: NatMappingRow, otherPort: number) => {
    const key = `${a.kind}\u0000${a.name}\u0000${b.kind}\u0000${b.name}`;
    if (!found.has(key)) found.set(key, natBackendConflict(a, b, nat, otherPort));
  };
  const natDelivery = (row: NatMappingRow): Delivery => ({ kind: 'natRule', name: row.natRule, rule: row.natRuleRef });

  // NAT with NAT: the same ipconfig and destination IP.
  findOverlaps(
    natRows,
    (r) => `${r.config.key}\u0000${r.destinationIp}`,
    (r) => r.protocol,
    (r) => r.destinationPort,
    (a, b) => {
      if (a.natRuleRef === b.natRuleRef) return;
      const [first, second] = a.natRule <= b.natRule ? [a, b] : [b, a];
      report(natDelivery(first), natDelivery(second), first, second.destinationPort);
    },
  );

  // NAT with load-balancing rules: a floating rule can only meet a floating NAT rule of the same frontend IP,
  // a non-floating one only a non-floating NAT rule whose target is in its pool.
  const byClass = new Map<string, { byPort: Map<number, NatMappingRow[]>; all: NatMappingRow[] }>();
  for (const row of natRows) {
    for (const t of transports(row.protocol)) {
      const key = `${row.floatingIp ? `F${row.frontendIp}` : 'M'}\u0000${t}`;
      let bucket = byClass.get(key);
      if (!bucket) byClass.set(key, (bucket = { byPort: new Map(), all: [] }));
      bucket.all.push(row);
      const list = bucket.byPort.get(row.destinationPort);
      if (list) list.push(row);
      else bucket.byPort.set(row.destinationPort, [row]);
    }
  }
  for (const run of runs) {
    const rule = run.rule;
    if (run.members.length === 0) continue;
    const cls = rule.floatingIp ? `F${index.frontendIps.get(rule.frontend)?.text}` : 'M';
    let memberIds: Set<number> | undefined;
    for (const t of transports(rule.protocol)) {
      const bucket = byClass.get(`${cls}\u0000${t}`);
      if (!bucket) continue;
      const candidates = rule.backendPort === 0 ? bucket.all : [...(bucket.byPort.get(rule.backendPort) ?? []), ...(bucket.byPort.get(0) ?? [])];
      for (const nat of candidates) {
        memberIds ??= new Set(run.members.map((c) => c.id));
        if (!memberIds.has(nat.config.id)) continue;
        report({ kind: 'rule', name: rule.name, rule, pool: rule.backendPool }, natDelivery(nat), nat, rule.backendPort);
      }
    }
  }
  for (const d of found.values()) out.push(d);
}

function natBackendConflict(a: Delivery, b: Delivery, nat: NatMappingRow, otherPort: number): Diagnostic {
  const refs = [ref(a.kind, a.name), ref(b.kind, b.name)];
  if (a.kind === 'rule') refs.push(ref('backendPool', a.pool));
  refs.push(ref('vm', nat.vm));
  const label = (d: Delivery) =>
    d.kind === 'rule' ? text('ruleName.ruleWithPool', { name: d.name, pool: d.pool }) : text('ruleName.natRule', { name: d.name });
  const every = nat.destinationPort === 0 || otherPort === 0;
  const floatingA = a.rule.floatingIp;
  const floatingB = b.rule.floatingIp;
  return diagnostic('error', 'RulesUseSameBackendPortProtocolAndIPConfig', refs,
    text('BackendConflict.nat', {
      a: label(a), b: label(b),
      floating: text(floatingA && floatingB ? 'floating.enabled' : floatingA || floatingB ? 'floating.mixed' : 'floating.disabled'),
      protocols: protocolsText(a.rule.protocol, b.rule.protocol),
      port: every ? text('port.every') : text('backendPort.one', { port: nat.destinationPort }),
      vm: nat.vm, ip: nat.memberIp,
      endpoint: formatEndpoint(nat.destinationIp, nat.destinationPort || otherPort),
      fix: text('RulesUseSameBackendPortProtocolAndIPConfig.fixNat'),
    }),
    SOURCES.multivip);
}
