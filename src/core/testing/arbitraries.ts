// Test-only: random version 1 topologies for property tests, shaped like the generators of the validation and
// analysis-wire properties but drawing every optional field the format has, so a migration or a round trip that
// drops or renames one is caught. References mostly resolve; a few dangle, as in files people write by hand.
import fc from 'fast-check';
import type { BackendPool, Frontend, InboundNatRule, Layout, LbTopology, OutboundRule, Probe, Rule, Vm } from '../topology/schema';
import type { Nsg } from '../topology/nsgSchema';

// Names with the characters that have tripped keys and ids before: a slash, a colon, spaces, non-ASCII.
const name = (prefix: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 5 }).map((i) => `${prefix}${i}`) },
    { weight: 1, arbitrary: fc.constantFrom(`${prefix} a/b`, `${prefix}:x`, `${prefix}-ü`, `${prefix}/rule:r0`) },
  );

const uniqueNames = (prefix: string, max: number) => fc.uniqueArray(name(prefix), { minLength: 1, maxLength: max });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const ipv4 = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 4, max: 250 })).map(([a, b]) => `10.0.${a}.${b}`);
const address = fc.oneof(
  { weight: 4, arbitrary: ipv4 },
  { weight: 1, arbitrary: fc.constantFrom('fd00::4', '2001:db8::1', 'not an address') },
);

/** Drops the keys whose value is undefined, as a file written by hand would not have them. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as T;
}

const placeholders = opt(
  fc.array(
    fc.record({
      field: fc.constantFrom('ip', 'name', 'port'),
      reason: fc.constantFrom('unresolved', 'allocatedByAzure', 'missing', 'invalid') as fc.Arbitrary<
        'unresolved' | 'allocatedByAzure' | 'missing' | 'invalid'
      >,
      source: fc.constantFrom("[parameters('ip')]", 'nic1'),
    }),
    { minLength: 1, maxLength: 2 },
  ),
);

const vmOf = (vmName: string) =>
  fc
    .record({
      os: fc.constantFrom('windows', 'ubuntu', 'rhel', 'suse', 'debian', 'linux') as fc.Arbitrary<Vm['os']>,
      ip: ipv4,
      secondaryIps: opt(fc.array(address, { maxLength: 2 })),
      publicIp: opt(fc.oneof(fc.boolean(), fc.constant('198.51.100.9'))),
      natGateway: opt(fc.boolean()),
      defaultOutboundAccess: opt(fc.boolean()),
      placeholders,
    })
    .map(({ os, ip, secondaryIps, publicIp, natGateway, defaultOutboundAccess, placeholders: marks }): Vm =>
      defined({
        name: vmName,
        os,
        nic: defined({ name: os === 'windows' ? 'Ethernet' : 'eth0', ip, secondaryIps, publicIp }),
        natGateway,
        defaultOutboundAccess,
        placeholders: marks,
      }),
    );

/** A random version 1 topology: every optional field is drawn, most references resolve, a few dangle. */
export const v1TopologyArb: fc.Arbitrary<LbTopology> = fc
  .record({
    frontendNames: uniqueNames('fe', 3),
    poolNames: uniqueNames('pool', 3),
    vmNames: uniqueNames('vm', 4),
    internal: fc.boolean(),
    basic: fc.boolean(),
    description: opt(fc.constantFrom('Two services on port 80.', 'ロード バランサー')),
  })
  .chain(({ frontendNames, poolNames, vmNames, internal, basic, description }) => {
    // Mostly one of the names drawn; sometimes a name nothing has.
    const ref = (names: string[]) =>
      fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.constant('gone') });
    const member = fc.oneof(ref(vmNames), fc.record({ vm: ref(vmNames), ip: address }));
    const probeNames = ['tcp', 'http'];
    const frontends = fc
      .tuple(...frontendNames.map(() => fc.tuple(address, placeholders)))
      .map((list) => list.map(([ip, marks], i): Frontend => defined({ name: frontendNames[i]!, ip, placeholders: marks })));
    const pools = fc.tuple(
      ...poolNames.map(() =>
        fc.record({
          members: fc.array(member, { maxLength: 4 }),
          holder: opt(
            fc.constantFrom('every-member', 'cluster-windows', 'cluster-pacemaker', 'appliance') as fc.Arbitrary<
              NonNullable<BackendPool['frontendIpHolder']>
            >,
          ),
        }),
      ),
    );
    const probes: fc.Arbitrary<Probe[]> = fc
      .record({ interval: opt(fc.integer({ min: 5, max: 60 })), threshold: opt(fc.integer({ min: 1, max: 3 })) })
      .map(({ interval, threshold }) => [
        defined({ name: 'tcp', protocol: 'Tcp', port: 8080, intervalInSeconds: interval }),
        defined({ name: 'http', protocol: 'Http', port: 80, requestPath: '/health', probeThreshold: threshold }),
      ]);
    const rule = fc.record({
      frontend: ref(frontendNames),
      backendPool: ref(poolNames),
      protocol: fc.constantFrom('Tcp', 'Udp', 'All'),
      port: fc.constantFrom(0, 80, 443, 1433),
      backendPort: fc.constantFrom(0, 80, 443, 8443),
      floatingIp: fc.boolean(),
      probe: opt(ref(probeNames)),
      idleTimeoutMinutes: opt(fc.integer({ min: 4, max: 30 })),
      enableTcpReset: opt(fc.boolean()),
      loadDistribution: opt(
        fc.constantFrom('Default', 'SourceIP', 'SourceIPProtocol') as fc.Arbitrary<NonNullable<Rule['loadDistribution']>>,
      ),
      disableOutboundSnat: opt(fc.boolean()),
    });
    const nat = fc.record({
      frontend: ref(frontendNames),
      protocol: fc.constantFrom('Tcp', 'Udp'),
      port: fc.integer({ min: 3389, max: 3392 }),
      floatingIp: fc.boolean(),
      target: opt(member),
      idleTimeoutMinutes: opt(fc.integer({ min: 4, max: 30 })),
    });
    const outbound = fc.record({ frontends: fc.array(ref(frontendNames), { minLength: 1, maxLength: 2 }), backendPool: ref(poolNames) });
    const nsg = fc.record({ vm: ref(vmNames), level: fc.constantFrom('nic', 'subnet') as fc.Arbitrary<'nic' | 'subnet'> });
    const position = fc.record({ x: fc.integer({ min: -500, max: 2000 }), y: fc.integer({ min: -500, max: 2000 }) });
    const nodeIds = [
      ...frontendNames.map((n) => `frontend:${n}`),
      ...poolNames.map((n) => `backendPool:${n}`),
      ...vmNames.map((n) => `vm:${n}`),
      'rule:r0',
      'rule:r1',
      'natRule:n0',
    ];
    return fc.record({
      base: fc.constant({ frontendNames, poolNames, internal, basic, description }),
      frontends,
      pools,
      probes,
      vms: fc.tuple(...vmNames.map(vmOf)),
      rules: fc.array(rule, { maxLength: 5 }),
      nats: opt(fc.array(nat, { maxLength: 3 })),
      outbound: opt(fc.array(outbound, { maxLength: 2 })),
      nsgs: opt(fc.array(nsg, { maxLength: 2 })),
      layout: opt(fc.dictionary(fc.constantFrom(...nodeIds), position, { maxKeys: 6 })),
    });
  })
  .map(({ base, frontends, pools, probes, vms, rules, nats, outbound, nsgs, layout }): LbTopology => {
    const t: LbTopology = defined({
      version: 1 as const,
      name: 'random',
      description: base.description,
      loadBalancer: {
        name: 'lb',
        sku: base.basic ? ('Basic' as const) : ('Standard' as const),
        type: base.internal ? ('Internal' as const) : ('Public' as const),
      },
      frontends,
      backendPools: pools.map(({ members, holder }, i): BackendPool =>
        defined({ name: base.poolNames[i]!, members, frontendIpHolder: holder }),
      ),
      probes,
      rules: rules.map((r, i): Rule =>
        defined({
          name: `r${i}`,
          frontend: r.frontend,
          backendPool: r.backendPool,
          protocol: r.protocol,
          frontendPort: r.protocol === 'All' ? 0 : r.port,
          backendPort: r.protocol === 'All' ? 0 : r.backendPort,
          floatingIp: r.floatingIp,
          probe: r.probe,
          idleTimeoutMinutes: r.idleTimeoutMinutes,
          enableTcpReset: r.enableTcpReset,
          loadDistribution: r.loadDistribution,
          disableOutboundSnat: r.disableOutboundSnat,
        }),
      ),
      inboundNatRules: nats?.map((n, i): InboundNatRule =>
        defined({
          name: `n${i}`,
          frontend: n.frontend,
          protocol: n.protocol,
          frontendPort: n.port,
          backendPort: n.port,
          floatingIp: n.floatingIp,
          target: n.target,
          idleTimeoutMinutes: n.idleTimeoutMinutes,
        }),
      ),
      outboundRules: outbound?.map((o, i): OutboundRule => ({
        name: `out${i}`,
        frontends: o.frontends,
        backendPool: o.backendPool,
        protocol: 'All',
      })),
      networkSecurityGroups: nsgs?.map((attach, i): Nsg => ({
        name: `nsg${i}`,
        rules: [
          {
            name: 'allow-web',
            priority: 100 + i,
            direction: 'Inbound',
            access: 'Allow',
            protocol: 'Tcp',
            sourceAddressPrefixes: ['*'],
            destinationAddressPrefixes: ['*'],
            destinationPortRanges: ['80'],
          },
        ],
        attachedTo: [attach],
      })),
      vms,
      layout: layout as Layout | undefined,
    });
    return t;
  });
