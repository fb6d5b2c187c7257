import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import { describeProtocols, isHaPorts, isHaPortsFloatingException } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import type { Rule } from '../topology/schema';
import { findOverlaps, pairKey } from './overlaps';
import { ref, sortedPair } from './refs';

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
  const port = (r: Rule) => (r.frontendPort === 0 ? 'every port' : `port ${r.frontendPort}`);
  const ha = isHaPorts(a) || isHaPorts(b);
  const fix = ha
    ? 'An HA-ports rule may share a frontend with other rules only when all of them have floating IP enabled; otherwise use a second frontend.'
    : 'Change one rule\'s frontend port or protocol, or move it to another frontend.';
  return diagnostic('error', 'FrontendPortConflict',
    [ref('rule', a.name), ref('rule', b.name), ref('frontend', a.frontend)],
    `Rules ${a.name} (${a.protocol}, ${port(a)}) and ${b.name} (${b.protocol}, ${port(b)}) both listen on frontend ` +
      `${a.frontend} with overlapping protocol ${describeProtocols(a.protocol, b.protocol)}, so Azure could not tell ` +
      `which rule an arriving packet belongs to. ${fix}`,
    ha ? SOURCES.haPorts : SOURCES.multivip);
}
