// Test-only: fast-check generators of hostile topologies, shared by the core's and the views' fuzz tests.
// Every topology has the loader's shape (so a file, a share link or the inspector could produce it) but its
// values are whatever the schema lets through: ports out of range, addresses that are not addresses, IPv6,
// names made to break markup, shells, paths and lookups, dangling and duplicate references.
import fc from 'fast-check';
import {
  FRONTEND_IP_HOLDERS,
  type BackendPool,
  type Frontend,
  type InboundNatRule,
  type PoolMember,
  type Probe,
  type Rule,
  type LbTopology,
  type Vm,
} from '../topology/schema';

/** Names that have broken, or could break, quoting, markup, file names, object lookups and parsers. */
export const HOSTILE_NAMES: readonly string[] = [
  'a',
  'VM1',
  'rule1',
  '<script>alert(1)</script>',
  ']]>&amp;"\'',
  'a:b',
  '[::1]:80',
  '10.0.0.4:-1',
  '__proto__',
  'constructor',
  'toString',
  '100%',
  '%s%n',
  'Ò; Start-Process calc.exe; #',
  '$(reboot)',
  '`id`',
  "'; rm -rf / #",
  '-fe2',
  'CON',
  'NUL.txt',
  '名前',
  'ﾌﾛﾝﾄ',
  '🙂',
  ' ',
  '  lead',
  'trail ',
  'a\nb',
  'tab\there',
  '\u0000',
  '\u202Eevil',
  'x'.repeat(300),
  '../../etc/passwd',
];

/** Ports the schema accepts (any safe integer) with the edges of every range Floatplan knows. */
export const HOSTILE_PORTS: readonly number[] = [
  -1,
  0,
  1,
  22,
  80,
  443,
  3389,
  8081,
  65534,
  65535,
  65536,
  -65535,
  2 ** 31,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
];

/** Values no loader lets through, for functions that take a topology from code (JSON has no NaN). */
export const UNLOADABLE_PORTS: readonly number[] = [Number.NaN, Number.POSITIVE_INFINITY, 1.5, -0];

/** Addresses: valid IPv4 and IPv6 (long and compressed), and text that only looks like an address. */
export const HOSTILE_IPS: readonly string[] = [
  '10.0.0.4',
  '10.0.0.5',
  '65.52.0.1',
  '203.0.113.1',
  '0.0.0.0',
  '255.255.255.255',
  '2001:db8::1',
  'fd00::4',
  '::1',
  '::',
  '2001:db8:ffff:ffff:ffff:ffff:ffff:fffe',
  'fe80::1%eth0',
  '::ffff:10.0.0.4',
  '010.0.0.1',
  '10.0.0.0/24',
  '',
  ' 10.0.0.4',
  'not-an-ip',
  '<b>',
  '1.2.3',
  '0x0a.0.0.1',
  '[2001:db8::1]',
  '10.0.0.4:80',
];

const PROTOCOLS = ['Tcp', 'Udp', 'All', 'tcp', 'Http', 'Https', '', 'ICMP'] as const;
const OSES = ['windows', 'ubuntu', 'rhel', 'suse', 'debian', 'linux'] as const;

export interface HostileOptions {
  /** Also use ports no loader accepts (NaN, Infinity, fractions). */
  unloadable?: boolean;
  /** Largest number of each element; default 4. */
  max?: number;
}

/**
 * Random topologies with hostile values. References mostly name an element that exists (so most flows map, trace
 * and draw), sometimes a hostile or missing one; names are sometimes hostile and sometimes duplicated.
 * @example fc.assert(fc.property(hostileTopology(), (t) => void analyze(t)), { seed: 12, numRuns: 200 })
 */
export function hostileTopology(options: HostileOptions = {}): fc.Arbitrary<LbTopology> {
  const max = options.max ?? 4;
  const hostileName = fc.constantFrom(...HOSTILE_NAMES);
  /** The i-th element's name: usually plain and unique, sometimes hostile (and so maybe a duplicate). */
  const nameOf = (prefix: string, i: number) =>
    fc.oneof({ weight: 4, arbitrary: fc.constant(`${prefix}${i + 1}`) }, { weight: 1, arbitrary: hostileName });
  const names = (prefix: string, n: number) => fc.tuple(...Array.from({ length: n }, (_, i) => nameOf(prefix, i)));
  /** A reference: usually to one of `pool`, sometimes dangling, hostile or empty. */
  const refTo = (pool: string[]) => fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: hostileName });
  // Rules may also be unwired (""), as on the canvas; members, targets and probes may not (the schema says so).
  const wire = (pool: string[]) => fc.oneof({ weight: 12, arbitrary: refTo(pool) }, { weight: 1, arbitrary: fc.constant('') });
  const portWith = (hostile: number) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(0, 80, 443, 8081) },
      { weight: hostile, arbitrary: fc.constantFrom(...HOSTILE_PORTS, ...(options.unloadable ? UNLOADABLE_PORTS : [])) },
    );
  // Rule ports stay mostly plausible so flows map; a probe's port is only drawn, never checked, so it is hostile often.
  const port = portWith(1);
  const probePort = portWith(4);
  const v4 = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 254 })).map(([a, b]) => `10.0.${a}.${b}`);
  const v6 = fc.integer({ min: 1, max: 0xffff }).map((n) => `2001:db8::${n.toString(16)}`);
  const ip = fc.oneof(
    { weight: 6, arbitrary: v4 },
    { weight: 2, arbitrary: v6 },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_IPS) },
  );
  const ruleProtocol = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('Tcp', 'Udp', 'All') },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOCOLS) },
  );
  const probeProtocol = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('Tcp', 'Http', 'Https') },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOCOLS) },
  );
  const counts = fc.record({
    frontends: fc.integer({ min: 1, max: max }),
    pools: fc.integer({ min: 1, max: max }),
    probes: fc.integer({ min: 0, max: max }),
    rules: fc.integer({ min: 1, max: max }),
    nats: fc.integer({ min: 0, max: max }),
    vms: fc.integer({ min: 1, max: max }),
  });
  return counts.chain((n) =>
    fc
      .record({
        fe: names('FE', n.frontends),
        pool: names('pool', n.pools),
        probe: names('probe', n.probes),
        rule: names('rule', n.rules),
        nat: names('nat', n.nats),
        vm: names('VM', n.vms),
      })
      .chain((nm) => {
        const member: fc.Arbitrary<PoolMember> = fc.oneof(
          { weight: 3, arbitrary: refTo(nm.vm) },
          { weight: 1, arbitrary: fc.record({ vm: refTo(nm.vm), ip }) },
        );
        const frontends: fc.Arbitrary<Frontend>[] = nm.fe.map((name) => fc.record({ name: fc.constant(name), ip }));
        // Every holder mode (issue 14), or none: a cluster, an appliance and the Floating IP page's case must all draw.
        const pools: fc.Arbitrary<BackendPool>[] = nm.pool.map((name) =>
          fc.record(
            {
              name: fc.constant(name),
              members: fc.array(member, { minLength: 1, maxLength: max }),
              frontendIpHolder: fc.constantFrom(...FRONTEND_IP_HOLDERS),
            },
            { requiredKeys: ['name', 'members'] },
          ),
        );
        const probes: fc.Arbitrary<Probe>[] = nm.probe.map((name) =>
          fc.record(
            { name: fc.constant(name), protocol: probeProtocol, port: probePort, requestPath: fc.constantFrom('/', '/health?x=<y>&z', '') },
            { requiredKeys: ['name', 'protocol', 'port'] },
          ),
        );
        const probeRef = nm.probe.length ? refTo(nm.probe) : hostileName;
        const rules: fc.Arbitrary<Rule>[] = nm.rule.map((name) =>
          fc.record(
            {
              name: fc.constant(name),
              frontend: wire(nm.fe),
              backendPool: wire(nm.pool),
              protocol: ruleProtocol,
              frontendPort: port,
              backendPort: port,
              floatingIp: fc.boolean(),
              probe: probeRef,
            },
            { requiredKeys: ['name', 'frontend', 'backendPool', 'protocol', 'frontendPort', 'backendPort', 'floatingIp'] },
          ),
        );
        const nats: fc.Arbitrary<InboundNatRule>[] = nm.nat.map((name) =>
          fc.record(
            {
              name: fc.constant(name),
              frontend: wire(nm.fe),
              protocol: ruleProtocol,
              frontendPort: port,
              backendPort: port,
              floatingIp: fc.boolean(),
              target: member,
            },
            { requiredKeys: ['name', 'frontend', 'protocol', 'frontendPort', 'backendPort', 'floatingIp'] },
          ),
        );
        const vms: fc.Arbitrary<Vm>[] = nm.vm.map((name) =>
          fc.record({
            name: fc.constant(name),
            os: fc.constantFrom(...OSES),
            nic: fc.record(
              { name: fc.constantFrom('eth0', 'Ethernet', '<nic>', '100%'), ip, secondaryIps: fc.array(ip, { maxLength: 2 }) },
              { requiredKeys: ['name', 'ip'] },
            ),
          }),
        );
        return fc.record({
          loadBalancer: fc.record({
            name: fc.oneof(fc.constant('lb'), hostileName),
            sku: fc.constantFrom('Standard' as const, 'Basic' as const, 'Gateway' as const),
            type: fc.constantFrom('Public' as const, 'Internal' as const),
          }),
          frontends: fc.tuple(...frontends),
          backendPools: fc.tuple(...pools),
          probes: fc.tuple(...probes),
          rules: fc.tuple(...rules),
          inboundNatRules: fc.tuple(...nats),
          vms: fc.tuple(...vms),
        });
      })
      .map((parts): LbTopology => ({ version: 1, name: 'hostile', ...parts })),
  );
}

/** Milliseconds a fuzz test may take: the runs are CPU-bound, and a busy machine (or a long `npm run fuzz`) must not time out. */
export const FUZZ_TIMEOUT = typeof process !== 'undefined' && process.env.FLOATPLAN_FUZZ_RUNS ? 30 * 60_000 : 120_000;

/** Fixed seeds, so `npm test` is repeatable; FLOATPLAN_FUZZ_RUNS (see docs/diagrams.md) runs more. */
export function fuzzRuns(base: number): { seed: number; numRuns: number } {
  const env = typeof process !== 'undefined' ? Number(process.env.FLOATPLAN_FUZZ_RUNS) : Number.NaN;
  const seed = typeof process !== 'undefined' && process.env.FLOATPLAN_FUZZ_SEED ? Number(process.env.FLOATPLAN_FUZZ_SEED) : 20261207;
  return { seed, numRuns: Number.isInteger(env) && env > 0 ? env : base };
}
