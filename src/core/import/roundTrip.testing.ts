// Test arbitraries shared by the importers' round-trip properties (export, then import back).
import fc from 'fast-check';

/**
 * What every round trip draws for one inbound NAT rule: a frontend index (none: the first frontend), protocol, ports
 * and the optional settings. Each importer adds its own `target` draw.
 */
export const natRuleFields = {
  fe: fc.option(fc.nat(), { nil: undefined }),
  protocol: fc.constantFrom('Tcp', 'Udp', 'All'),
  fp: fc.integer({ min: 1, max: 65534 }),
  bp: fc.integer({ min: 1, max: 65535 }),
  floatingIp: fc.boolean(),
  idle: fc.option(fc.integer({ min: 4, max: 100 }), { nil: undefined }),
  reset: fc.option(fc.boolean(), { nil: undefined }),
};
