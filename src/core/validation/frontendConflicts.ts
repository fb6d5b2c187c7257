import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import { isHaPorts, isHaPortsFloatingException } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import type { Rule } from '../topology/schema';
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
