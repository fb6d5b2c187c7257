// Test arbitraries shared by the importers' round-trip properties (export, then import back).
import fc from 'fast-check';

/**
 * What every round trip draws for one inbound NAT rule: a frontend index (none: the first frontend), protocol, ports
 * and the optional settings. Each importer adds its own `target` draw.
 */
const protocol = fc.constantFrom('Tcp', 'Udp', 'All');
const floatingIp = fc.boolean();
const idle = fc.option(fc.integer({ min: 4, max: 100 }), { nil: undefined });
const reset = fc.option(fc.boolean(), { nil: undefined });

export const natRuleFields = {
  fe: fc.option(fc.nat(), { nil: undefined }),
  protocol,
  fp: fc.integer({ min: 1, max: 65534 }),
  bp: fc.integer({ min: 1, max: 65535 }),
  floatingIp,
  idle,
  reset,
};

/**
 * What every round trip draws for one load-balancing rule: frontend, pool and `probe` indexes, protocol, ports from
 * `minPort` (0: the importer's placeholder for a missing port), floating IP and idle timeout. Each importer adds the
 * optional settings its format writes (`reset` for TCP reset among them).
 */
export function ruleFields<P>(probe: fc.Arbitrary<P>, minPort: 0 | 1) {
  return {
    fe: fc.nat(),
    pool: fc.nat(),
    probe,
    protocol,
    fp: fc.integer({ min: minPort, max: 65534 }),
    bp: fc.integer({ min: minPort, max: 65535 }),
    floatingIp,
    idle,
  };
}

/** A rule's or NAT rule's optional TCP reset. */
export const resetField = { reset };
