import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import { isHaPorts, transports } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import type { InboundNatRule, Rule } from '../topology/schema';
import { names, text, type Text } from './catalogText';
import { ruleKind, ruleKindsCollide } from './collisionKinds';
import { collisionSets, distinctSets } from './overlaps';
import { isMarked } from './placeholders';
import { ref } from './refs';
import { MAX_NAMED_RULES, protocolsText, setPortText, setProtocolsText } from './texts';

/**
 * FrontendPortConflict: a frontend is the tuple (IP, protocol, port), so two rules on one frontend
 * may not overlap in protocol and frontend port, except HA ports beside a non-HA-ports rule when
 * both have floating IP enabled. Each colliding set of rules is one diagnostic naming them all, so
 * n rules on one frontend port cost O(n), not n²/2 diagnostics.
 */
export function checkFrontendConflicts(index: TopologyIndex, out: Diagnostic[]): void {
  const rules = index.topology.rules.filter((r) => judged(index, r));
  const sets = collisionSets(rules, {
    lanes: (r) => transports(r.protocol).map((t) => `${r.frontend}\u0000${t}`),
    port: (r) => r.frontendPort,
    kind: ruleKind,
    collides: ruleKindsCollide,
    owner: (r) => r,
  });
  const ids = new Map(rules.map((r, i) => [r, i]));
  for (const set of distinctSets(sets, byName, (r) => ids.get(r)!)) out.push(frontendConflict(set));
  checkNatFrontendConflicts(index, out);
}

// A frontend port the import could not know holds a stand-in (0 would read as "every port"): PlaceholderValue
// reports it, and no conflict is judged on it.
const judged = (index: TopologyIndex, r: Rule | InboundNatRule) => index.frontends.has(r.frontend) && !isMarked(r, 'frontendPort');

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function frontendConflict(rules: readonly Rule[]): Diagnostic {
  const ha = rules.some(isHaPorts);
  const source = ha ? SOURCES.haPorts : SOURCES.multivip;
  const refs = [...rules.map((r) => ref('rule', r.name)), ref('frontend', rules[0]!.frontend)];
  if (rules.length === 2) return diagnostic('error', 'FrontendPortConflict', refs, pairText(rules[0]!, rules[1]!, ha), source);
  return diagnostic(
    'error',
    'FrontendPortConflict',
    refs,
    text('FrontendPortConflict.many', {
      rules: names(
        rules.map((r) => r.name),
        MAX_NAMED_RULES,
      ),
      count: rules.length,
      frontend: rules[0]!.frontend,
      protocols: setProtocolsText(rules.map((r) => r.protocol)),
      port: setPortText(
        rules.map((r) => r.frontendPort),
        'frontend',
      ),
      fix: text(ha ? 'FrontendPortConflict.fixHa' : 'FrontendPortConflict.fixMany'),
    }),
    source,
  );
}

function pairText(a: Rule, b: Rule, ha: boolean): Text {
  return text('FrontendPortConflict', {
    a: a.name,
    protocolA: a.protocol,
    portA: portText(a.frontendPort),
    b: b.name,
    protocolB: b.protocol,
    portB: portText(b.frontendPort),
    frontend: a.frontend,
    protocols: protocolsText(a.protocol, b.protocol),
    fix: text(ha ? 'FrontendPortConflict.fixHa' : 'FrontendPortConflict.fix'),
  });
}

const portText = (port: number) => (port === 0 ? text('port.every') : text('port.one', { port }));

type Listener = { kind: 'rule'; rule: Rule } | { kind: 'natRule'; rule: InboundNatRule };

/**
 * FrontendPortConflict between inbound NAT rules and other NAT rules or load-balancing rules: the same
 * (frontend, protocol, port) tuple, one diagnostic per colliding set. Two load-balancing rules alone are the
 * check above's business. An HA-ports load-balancing rule is not a conflict with a NAT rule on one port: Azure
 * Verified Modules' internal load balancer test deploys one beside NAT rules on 443 and 3389 of the same frontend
 * (avm/res/network/load-balancer tests/e2e/internal/main.test.bicep). A NAT rule with All and ports 0/0 claims the
 * whole frontend, like a non-floating HA-ports rule, so it collides with every other rule on that frontend, the
 * HA-ports rule (the same tuple: All, port 0) included.
 */
function checkNatFrontendConflicts(index: TopologyIndex, out: Diagnostic[]): void {
  const nats = (index.topology.inboundNatRules ?? []).filter((n) => judged(index, n));
  if (nats.length === 0) return;
  const listeners: Listener[] = [
    ...nats.map((rule): Listener => ({ kind: 'natRule', rule })),
    ...index.topology.rules.filter((r) => judged(index, r)).map((rule): Listener => ({ kind: 'rule', rule })),
  ];
  const sets = collisionSets(listeners, {
    lanes: (l) => transports(l.rule.protocol).map((t) => `${l.rule.frontend}\u0000${t}`),
    port: (l) => l.rule.frontendPort,
    kind: natListenerKind,
    collides: natFrontendKindsCollide,
    owner: (l) => l.rule,
  });
  const ids = new Map(listeners.map((l, i) => [l, i]));
  const order = (a: Listener, b: Listener) => byName(a.rule, b.rule) || (a.kind === b.kind ? 0 : a.kind === 'rule' ? -1 : 1);
  for (const set of distinctSets(sets, order, (l) => ids.get(l)!)) out.push(natFrontendConflict(set));
}

const NAT_ONE_PORT = 0;
const NAT_EVERY_PORT = 1;
const LB_RULE = 2;
const LB_HA_PORTS = 3;

function natListenerKind(l: Listener): number {
  if (l.kind === 'natRule') return isHaPorts(l.rule) ? NAT_EVERY_PORT : NAT_ONE_PORT;
  return isHaPorts(l.rule) ? LB_HA_PORTS : LB_RULE;
}

/** A NAT rule collides with any overlapping rule, except a one-port NAT rule beside an HA-ports rule (AVM's test). */
function natFrontendKindsCollide(a: number, b: number): boolean {
  if (a >= LB_RULE && b >= LB_RULE) return false;
  return !((a === LB_HA_PORTS && b === NAT_ONE_PORT) || (a === NAT_ONE_PORT && b === LB_HA_PORTS));
}

function natFrontendConflict(set: readonly Listener[]): Diagnostic {
  // A load-balancing rule before the NAT rules, so the message does not depend on input order.
  const members = [...set.filter((l) => l.kind === 'rule'), ...set.filter((l) => l.kind === 'natRule')];
  const refs = [...members.map((l) => ref(l.kind, l.rule.name)), ref('frontend', members[0]!.rule.frontend)];
  const frontend = members[0]!.rule.frontend;
  if (members.length === 2) {
    const [a, b] = members as [Listener, Listener];
    const label = (l: Listener) => text(l.kind === 'rule' ? 'ruleName.rule' : 'ruleName.natRule', { name: l.rule.name });
    return diagnostic(
      'error',
      'FrontendPortConflict',
      refs,
      text('FrontendPortConflict.nat', {
        a: label(a),
        protocolA: a.rule.protocol,
        portA: portText(a.rule.frontendPort),
        b: label(b),
        protocolB: b.rule.protocol,
        portB: portText(b.rule.frontendPort),
        frontend,
        protocols: protocolsText(a.rule.protocol, b.rule.protocol),
        fix: text('FrontendPortConflict.fixNat'),
      }),
      SOURCES.multivip,
    );
  }
  return diagnostic(
    'error',
    'FrontendPortConflict',
    refs,
    text('FrontendPortConflict.natMany', {
      frontend,
      count: members.length,
      listeners: listenersText(members, false),
      protocols: setProtocolsText(members.map((l) => l.rule.protocol)),
      port: setPortText(
        members.map((l) => l.rule.frontendPort),
        'frontend',
      ),
      fix: text('FrontendPortConflict.fixNatMany'),
    }),
    SOURCES.multivip,
  );
}

/**
 * "load-balancing rules r1 and r2 and inbound NAT rules n1 and n2" (a single one in the singular), optionally with
 * the rules' backend pools.
 */
export function listenersText(
  members: readonly { kind: 'rule' | 'natRule'; rule: { name: string }; pool?: string }[],
  withPools: boolean,
): Text {
  const rules = members.filter((m) => m.kind === 'rule');
  const nats = members.filter((m) => m.kind === 'natRule').map((m) => m.rule.name);
  const natPart =
    nats.length === 1 ? text('ruleName.natRule', { name: nats[0]! }) : text('ruleNames.natRules', { names: names(nats, MAX_NAMED_RULES) });
  if (rules.length === 0) return natPart;
  const pools = rules.map((r) => r.pool ?? '');
  const rulePart =
    rules.length === 1
      ? withPools
        ? text('ruleName.ruleWithPool', { name: rules[0]!.rule.name, pool: pools[0]! })
        : text('ruleName.rule', { name: rules[0]!.rule.name })
      : withPools
        ? text('ruleNames.rulesWithPools', {
            names: names(
              rules.map((r) => r.rule.name),
              MAX_NAMED_RULES,
            ),
            pools: names(pools),
          })
        : text('ruleNames.rules', {
            names: names(
              rules.map((r) => r.rule.name),
              MAX_NAMED_RULES,
            ),
          });
  return text('listeners.two', { a: rulePart, b: natPart });
}
