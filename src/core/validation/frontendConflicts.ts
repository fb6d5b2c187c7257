import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import { isHaPorts, isHaPortsFloatingException } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import type { InboundNatRule, Rule } from '../topology/schema';
import { findOverlaps, pairKey } from './overlaps';
import { text } from '../i18n/diagnosticText';
import { ref, sortedPair } from './refs';
import { protocolsText } from './texts';

/**
 * FrontendPortConflict: a frontend is the tuple (IP, protocol, port), so two rules on one frontend
 * may not overlap in protocol and frontend port, except HA ports beside a non-HA-ports rule when
 * both have floating IP enabled.
 */
export function checkFrontendConflicts(index: TopologyIndex, out: Diagnostic[]): void {
  const seen = new Set<string>();
  const rules = index.topology.rules.filter((r) => index.frontends.has(r.frontend));
  findOverlaps(
    rules,
    (r) => r.frontend,
    (r) => r.protocol,
    (r) => r.frontendPort,
    (a, b) => {
      if (a === b || isHaPortsFloatingException(a, b)) return;
      const key = pairKey(a.name, b.name);
      if (seen.has(key)) return;
      seen.add(key);
      out.push(frontendConflict(...sortedPair(a, b)));
    },
  );
  checkNatFrontendConflicts(index, out);
}

type Listener = { kind: 'rule'; rule: Rule } | { kind: 'natRule'; rule: InboundNatRule };

/**
 * FrontendPortConflict between an inbound NAT rule and another NAT rule or a load-balancing rule: the same
 * (frontend, protocol, port) tuple. An HA-ports load-balancing rule is not a conflict: Azure Verified Modules'
 * internal load balancer test deploys one beside NAT rules on 443 and 3389 of the same frontend
 * (avm/res/network/load-balancer tests/e2e/internal/main.test.bicep).
 */
function checkNatFrontendConflicts(index: TopologyIndex, out: Diagnostic[]): void {
  const nats = (index.topology.inboundNatRules ?? []).filter((n) => index.frontends.has(n.frontend));
  if (nats.length === 0) return;
  const listeners: Listener[] = [
    ...nats.map((rule): Listener => ({ kind: 'natRule', rule })),
    ...index.topology.rules
      .filter((r) => index.frontends.has(r.frontend) && !isHaPorts(r))
      .map((rule): Listener => ({ kind: 'rule', rule })),
  ];
  const seen = new Set<string>();
  findOverlaps(
    listeners,
    (l) => l.rule.frontend,
    (l) => l.rule.protocol,
    (l) => l.rule.frontendPort,
    (a, b) => {
      if (a === b || (a.kind === 'rule' && b.kind === 'rule')) return;
      const [first, second] = orderListeners(a, b);
      const key = `${first.kind}\u0000${first.rule.name}\u0000${second.kind}\u0000${second.rule.name}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(natFrontendConflict(first, second));
    },
  );
}

/** A load-balancing rule before a NAT rule, otherwise by name, so the message does not depend on input order. */
function orderListeners(a: Listener, b: Listener): [Listener, Listener] {
  if (a.kind !== b.kind) return a.kind === 'rule' ? [a, b] : [b, a];
  return a.rule.name <= b.rule.name ? [a, b] : [b, a];
}

function natFrontendConflict(a: Listener, b: Listener): Diagnostic {
  const port = (l: Listener) => (l.rule.frontendPort === 0 ? text('port.every') : text('port.one', { port: l.rule.frontendPort }));
  const label = (l: Listener) => text(l.kind === 'rule' ? 'ruleName.rule' : 'ruleName.natRule', { name: l.rule.name });
  return diagnostic('error', 'FrontendPortConflict',
    [ref(a.kind, a.rule.name), ref(b.kind, b.rule.name), ref('frontend', a.rule.frontend)],
    text('FrontendPortConflict.nat', {
      a: label(a), protocolA: a.rule.protocol, portA: port(a),
      b: label(b), protocolB: b.rule.protocol, portB: port(b),
      frontend: a.rule.frontend, protocols: protocolsText(a.rule.protocol, b.rule.protocol),
      fix: text('FrontendPortConflict.fixNat'),
    }),
    SOURCES.multivip);
}

function frontendConflict(a: Rule, b: Rule): Diagnostic {
  const port = (r: Rule) => (r.frontendPort === 0 ? text('port.every') : text('port.one', { port: r.frontendPort }));
  const ha = isHaPorts(a) || isHaPorts(b);
  const fix = text(ha ? 'FrontendPortConflict.fixHa' : 'FrontendPortConflict.fix');
  return diagnostic('error', 'FrontendPortConflict',
    [ref('rule', a.name), ref('rule', b.name), ref('frontend', a.frontend)],
    text('FrontendPortConflict', {
      a: a.name, protocolA: a.protocol, portA: port(a),
      b: b.name, protocolB: b.protocol, portB: port(b),
      frontend: a.frontend, protocols: protocolsText(a.protocol, b.protocol), fix,
    }),
    ha ? SOURCES.haPorts : SOURCES.multivip);
}
