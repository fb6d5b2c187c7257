import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { ValidationKey } from './catalogText';
import type { MappingRow, RuleRun } from '../mapping/mapping';
import type { NatMappingRow } from '../mapping/natMapping';
import { transports } from '../model/protocol';
import type { IpConfig, TopologyIndex } from '../model/resolve';
import type { InboundNatRule, Rule } from '../topology/schema';
import { formatEndpoint } from '../net/address';
import { names, text, type Text } from './catalogText';
import { natKindsCollide, ruleKind, ruleKindsCollide } from './collisionKinds';
import { listenersText } from './frontendConflicts';
import { configClasses, precedes } from './configClasses';
import { collisionSets } from './overlaps';
import { isMarked } from './placeholders';
import { ref } from './refs';
import { floatingText, MAX_NAMED_RULES, protocolsText, setPortText, setProtocolsText } from './texts';

type BackendCode =
  | 'RulesUseSameBackendPortProtocolAndPool'
  | 'RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled'
  | 'RulesUseSameBackendPortProtocolAndIPConfig';

/** The fix for each code, for two rules and for more (the floating IP one already speaks of "these rules"). */
const FIX = {
  RulesUseSameBackendPortProtocolAndPool: ['RulesUseSameBackendPortProtocolAndPool.fix', 'RulesUseSameBackendPortProtocolAndPool.fixMany'],
  RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled: [
    'RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled.fix',
    'RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled.fix',
  ],
  RulesUseSameBackendPortProtocolAndIPConfig: [
    'RulesUseSameBackendPortProtocolAndIPConfig.fix',
    'RulesUseSameBackendPortProtocolAndIPConfig.fixMany',
  ],
} as const satisfies Record<BackendCode, readonly [ValidationKey, ValidationKey]>;

/** A colliding set of rules met on one or more ipconfigs (the same rules collide on every member of their pool). */
interface RuleSet {
  code: BackendCode;
  rows: MappingRow[];
  rules: Set<Rule>;
  vms: Set<string>;
  /** The IP configuration of the alphabetically first VM, and the frontend IP it receives if floating, for the example endpoint. */
  example: { config: IpConfig; floatingIp: string | undefined };
}

/**
 * "Each rule must produce a flow with a unique combination of destination IP address and destination port"
 * (multiple frontends article): rows are grouped by what one ipconfig receives — (ipconfig, destination IP,
 * transport) lanes, by destination port — and each colliding set becomes one diagnostic with Azure's code:
 * - a set within one pool gets the pool code (…AndPool with floating IP off, …AndPoolAndFrontendIPWithFloatingIPEnabled on);
 * - a set spanning pools that share the ipconfig gets …AndIPConfig naming all of it, and each pool's own
 *   colliding subset also gets its pool code, so the fix for each kind of collision is said;
 * - the same set met on several ipconfigs (every member of a shared pool) is one diagnostic naming every VM.
 * Rules that cannot collide are filtered out first, and IP configurations that receive the same rules are checked
 * once for their class (configClasses), so 1,500 rules on a pool of 333 VMs are 1,500 rows to check; lanes have
 * numeric keys. The work is linear in the rows whatever their shape (collisionSets), and usually far less.
 */
export function checkBackendConflicts(
  index: TopologyIndex,
  rows: readonly MappingRow[],
  runs: readonly RuleRun[],
  out: Diagnostic[],
): void {
  const suspects = suspectRules(index, runs);
  if (suspects.size === 0) return;
  const ruleIds = new Map(runs.map((r, i) => [r.rule, i]));
  const frontendIpIds = new Map<Rule, number>();
  const dstId = (row: MappingRow) => {
    if (!row.floatingIp) return row.config.ipId;
    let id = frontendIpIds.get(row.ruleRef);
    if (id === undefined) frontendIpIds.set(row.ruleRef, (id = index.ipId(row.frontendIp)));
    return id;
  };
  const suspectRuns = runs.filter((r) => suspects.has(r.rule));
  // Only one IP configuration per class is checked, unless a floating rule's frontend IP is some member's own
  // address (refused by Azure, MultipleIpConfigsRequestSamePrivateIpAddress): then destinations differ per member.
  const memberIps = new Set<number>();
  for (const members of new Set(suspectRuns.map((r) => r.members))) for (const c of members) memberIps.add(c.ipId);
  const sharedIp = suspectRuns.some((r) => {
    const ip = index.frontendIps.get(r.rule.frontend)?.text;
    return r.rule.floatingIp && ip !== undefined && memberIps.has(index.ipId(ip));
  });
  const { classOf, positions } = configClasses(
    suspectRuns.map((r) => r.members),
    sharedIp,
  );
  const suspectRows: MappingRow[] = [];
  for (const run of suspectRuns) for (const at of positions.get(run.members)!) suspectRows.push(rows[run.start + at]!);

  const found = new Map<string, RuleSet>();
  const add = (set: readonly MappingRow[], code: BackendCode) => {
    // The same rules meet on every ipconfig of their pool: an order-free signature finds the set again in O(n)
    // (no sort per ipconfig), checked member by member, with the sorted ids as the key if two sets share it.
    let sum = 0;
    let mix = 0;
    for (const row of set) {
      const id = ruleIds.get(row.ruleRef)!;
      sum += id;
      mix ^= Math.imul(id + 1, 0x9e3779b1);
    }
    let key = `${code}\u0000${set.length}\u0000${sum}\u0000${mix}`;
    let known = found.get(key);
    if (known && !sameRules(known, set)) {
      key += `\u0000${set
        .map((r) => ruleIds.get(r.ruleRef)!)
        .sort((a, b) => a - b)
        .join(',')}`;
      known = found.get(key);
    }
    const cls = classOf.get(set[0]!.config)!;
    if (!known) {
      const example = { config: cls.example, floatingIp: set[0]!.floatingIp ? set[0]!.destinationIp : undefined };
      found.set(key, (known = { code, rows: [...set], rules: new Set(set.map((r) => r.ruleRef)), vms: new Set(), example }));
    } else if (precedes(cls.example, known.example.config)) known.example.config = cls.example;
    for (const config of cls.configs) known.vms.add(config.vm.name);
  };
  const sets = collisionSets(suspectRows, {
    lanes: (row) => {
      const lane = dstId(row) * 2 * index.configCount + row.config.id;
      // Tcp lanes are even multiples of configCount past the destination, Udp ones odd.
      if (row.protocol === 'Tcp') return lane;
      if (row.protocol === 'Udp') return lane + index.configCount;
      return row.protocol === 'All' ? [lane, lane + index.configCount] : [];
    },
    port: (row) => row.destinationPort,
    kind: (row) => ruleKind(row.ruleRef),
    collides: ruleKindsCollide,
    owner: (row) => row.ruleRef,
  });
  for (const set of sets) {
    const pool = set[0]!.backendPool;
    if (set.every((r) => r.backendPool === pool)) {
      add(set, poolCode(set));
      continue;
    }
    add(set, 'RulesUseSameBackendPortProtocolAndIPConfig');
    // Within the shared ipconfig's lane, the collisions of each pool on its own.
    const perPool = collisionSets(set, {
      lanes: (row) => row.backendPool,
      port: (row) => row.destinationPort,
      kind: (row) => ruleKind(row.ruleRef),
      collides: ruleKindsCollide,
      owner: (row) => row.ruleRef,
    });
    for (const sub of perPool) add(sub, poolCode(sub));
  }
  for (const set of found.values()) out.push(backendConflict(set));
}

/** Whether a set found on another ipconfig has exactly the rules of `known` (a lane names each rule once). */
function sameRules(known: RuleSet, set: readonly MappingRow[]): boolean {
  return set.length === known.rules.size && set.every((r) => known.rules.has(r.ruleRef));
}

/** Azure's code for a set within one pool: it depends on floating IP, and a mix is only possible through an ipconfig. */
function poolCode(set: readonly MappingRow[]): BackendCode {
  let floating = 0;
  for (const row of set) if (row.floatingIp) floating++;
  if (floating === set.length) return 'RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled';
  return floating === 0 ? 'RulesUseSameBackendPortProtocolAndPool' : 'RulesUseSameBackendPortProtocolAndIPConfig';
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
  // A backend port the import could not know is a stand-in: PlaceholderValue reports it, no collision is judged on it.
  const rules = runs.filter((r) => r.members.length > 0 && !isMarked(r.rule, 'backendPort')).map((r) => r.rule);
  const sets = collisionSets(rules, {
    lanes: (r) => transports(r.protocol).map((t) => `${r.floatingIp ? `F${index.frontendIps.get(r.frontend)?.text}` : 'M'}\u0000${t}`),
    port: (r) => r.backendPort,
    kind: ruleKind,
    collides: ruleKindsCollide,
    owner: (r) => r,
  });
  return new Set(sets.flat());
}

function backendConflict({ code, rows, vms, example }: RuleSet): Diagnostic {
  const members = [...rows].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const pools = [...new Set(members.map((r) => r.backendPool))];
  const refs = [...members.map((r) => ref('rule', r.rule)), ...pools.map((p) => ref('backendPool', p))];
  for (const vm of [...vms].sort()) refs.push(ref('vm', vm));
  const ports = members.map((r) => r.destinationPort);
  const endpoint = formatEndpoint(example.floatingIp ?? example.config.ip.text, ports.find((p) => p !== 0) ?? 0);
  const floating = floatingText(members.map((r) => r.floatingIp));
  // Two rules are named one by one; more are counted and listed. The params keep one key order either way.
  const two = members.length === 2;
  const [a, b] = members as [MappingRow, MappingRow];
  const params = {
    ...(two
      ? { a: a.rule, b: b.rule }
      : {
          rules: names(
            members.map((r) => r.rule),
            MAX_NAMED_RULES,
          ),
          count: members.length,
        }),
    floating,
    protocols: two ? protocolsText(a.protocol, b.protocol) : setProtocolsText(members.map((r) => r.protocol)),
    port: !two
      ? setPortText(ports, 'backend')
      : ports.includes(0)
        ? text('port.every')
        : text('backendPort.one', { port: a.destinationPort }),
    vms: names(vms),
    endpoint,
    fix: text(FIX[code][two ? 0 : 1]),
  };
  const message: Text =
    pools.length === 1
      ? text(two ? 'BackendConflict.samePool' : 'BackendConflict.samePoolMany', { ...params, pool: pools[0]! })
      : two
        ? text('BackendConflict.twoPools', { ...params, poolA: pools[0]!, poolB: pools[1]! })
        : text('BackendConflict.poolsMany', { ...params, pools: names(pools) });
  return diagnostic('error', code, refs, message, SOURCES.multivip);
}

/** What one rule delivers to one ipconfig, for the NAT check: a NAT rule's row or a load-balancing rule's row. */
interface Delivery {
  kind: 'rule' | 'natRule';
  rule: Rule | InboundNatRule;
  pool?: string;
  vm: string;
  memberIp: string;
  destinationIp: string;
  port: number;
  lanes: number[];
}

/**
 * RulesUseSameBackendPortProtocolAndIPConfig for inbound NAT rules: a NAT rule delivers to one ipconfig, so
 * other NAT rules or load-balancing rules reaching that ipconfig with the same destination IP, an
 * overlapping protocol and the same backend port (0 = every port) make flows the guest cannot tell
 * apart. Azure reports NAT rules with this code ("…/inboundNatRules/RDP-VM0 and …/inboundNatRules/RDP-VM1
 * … must not be used with the same backend IP …/ipConfigurations/ipconfig1"). Each colliding set is one
 * diagnostic; it has at least one NAT rule, so it lives on that rule's one ipconfig. Only load-balancing rules
 * whose destination class, transport and port can meet a NAT rule have their rows looked at.
 */
export function checkNatBackendConflicts(
  index: TopologyIndex,
  runs: readonly RuleRun[],
  natRows: readonly NatMappingRow[],
  out: Diagnostic[],
): void {
  if (natRows.length === 0) return;
  const laneOf = (configId: number, dst: number, t: 'Tcp' | 'Udp') => (dst * 2 + (t === 'Tcp' ? 0 : 1)) * index.configCount + configId;
  const deliveries: Delivery[] = [];
  const natLanes = new Set<number>();
  // Per destination class and transport: the NAT rules' backend ports (0 = every port).
  const natPorts = new Map<string, Set<number>>();
  for (const row of natRows) {
    const dst = index.ipId(row.destinationIp);
    const lanes = transports(row.protocol).map((t) => laneOf(row.config.id, dst, t));
    for (const lane of lanes) natLanes.add(lane);
    for (const t of transports(row.protocol)) {
      const cls = `${row.floatingIp ? `F${row.frontendIp}` : 'M'}\u0000${t}`;
      let ports = natPorts.get(cls);
      if (!ports) natPorts.set(cls, (ports = new Set()));
      ports.add(row.destinationPort);
    }
    deliveries.push({
      kind: 'natRule',
      rule: row.natRuleRef,
      vm: row.vm,
      memberIp: row.memberIp,
      destinationIp: row.destinationIp,
      port: row.destinationPort,
      lanes,
    });
  }
  for (const run of runs) {
    const rule = run.rule;
    const frontendIp = index.frontendIps.get(rule.frontend)?.text;
    const cls = rule.floatingIp ? `F${frontendIp}` : 'M';
    const meets = transports(rule.protocol).some((t) => {
      const ports = natPorts.get(`${cls}\u0000${t}`);
      return ports !== undefined && (rule.backendPort === 0 || ports.has(0) || ports.has(rule.backendPort));
    });
    if (!meets || frontendIp === undefined) continue;
    const frontendIpId = index.ipId(frontendIp);
    for (const config of run.members) {
      const dst = rule.floatingIp ? frontendIpId : config.ipId;
      const lanes = transports(rule.protocol)
        .map((t) => laneOf(config.id, dst, t))
        .filter((l) => natLanes.has(l));
      if (lanes.length === 0) continue;
      deliveries.push({
        kind: 'rule',
        rule,
        pool: rule.backendPool,
        vm: config.vm.name,
        memberIp: config.ip.text,
        destinationIp: rule.floatingIp ? frontendIp : config.ip.text,
        port: rule.backendPort,
        lanes,
      });
    }
  }
  const sets = collisionSets(deliveries, {
    lanes: (d) => d.lanes,
    port: (d) => d.port,
    kind: (d) => (d.kind === 'natRule' ? 0 : 1),
    collides: natKindsCollide,
    owner: (d) => d.rule,
  });
  const found = new Map<string, Delivery[]>();
  const ids = new Map<object, number>();
  const idOf = (d: Delivery) => {
    let id = ids.get(d.rule);
    if (id === undefined) ids.set(d.rule, (id = ids.size));
    return id;
  };
  for (const set of sets) {
    const key = set
      .map(idOf)
      .sort((a, b) => a - b)
      .join(',');
    if (!found.has(key)) found.set(key, set);
  }
  for (const set of found.values()) out.push(natBackendConflict(set));
}

function natBackendConflict(set: readonly Delivery[]): Diagnostic {
  // Load-balancing rules before NAT rules, each by name, so the message does not depend on input order.
  const byName = (a: Delivery, b: Delivery) => (a.rule.name < b.rule.name ? -1 : a.rule.name > b.rule.name ? 1 : 0);
  const members = [...set.filter((d) => d.kind === 'rule').sort(byName), ...set.filter((d) => d.kind === 'natRule').sort(byName)];
  const nat = members.find((d) => d.kind === 'natRule')!;
  const refs = members.map((d) => ref(d.kind, d.rule.name));
  for (const pool of new Set(members.flatMap((d) => (d.pool === undefined ? [] : [d.pool])))) refs.push(ref('backendPool', pool));
  refs.push(ref('vm', nat.vm));
  const ports = members.map((d) => d.port);
  const endpoint = formatEndpoint(nat.destinationIp, nat.port || (ports.find((p) => p !== 0) ?? 0));
  const floating = floatingText(members.map((d) => d.rule.floatingIp));
  if (members.length === 2) {
    const [a, b] = members as [Delivery, Delivery];
    const label = (d: Delivery) =>
      d.kind === 'rule'
        ? text('ruleName.ruleWithPool', { name: d.rule.name, pool: d.pool! })
        : text('ruleName.natRule', { name: d.rule.name });
    return diagnostic(
      'error',
      'RulesUseSameBackendPortProtocolAndIPConfig',
      refs,
      text('BackendConflict.nat', {
        a: label(a),
        b: label(b),
        floating,
        protocols: protocolsText(a.rule.protocol, b.rule.protocol),
        port: ports.includes(0) ? text('port.every') : text('backendPort.one', { port: nat.port }),
        vm: nat.vm,
        ip: nat.memberIp,
        endpoint,
        fix: text('RulesUseSameBackendPortProtocolAndIPConfig.fixNat'),
      }),
      SOURCES.multivip,
    );
  }
  return diagnostic(
    'error',
    'RulesUseSameBackendPortProtocolAndIPConfig',
    refs,
    text('BackendConflict.natMany', {
      count: members.length,
      listeners: listenersText(members, true),
      floating,
      protocols: setProtocolsText(members.map((d) => d.rule.protocol)),
      port: setPortText(ports, 'backend'),
      vm: nat.vm,
      ip: nat.memberIp,
      endpoint,
      fix: text('RulesUseSameBackendPortProtocolAndIPConfig.fixNatMany'),
    }),
    SOURCES.multivip,
  );
}
