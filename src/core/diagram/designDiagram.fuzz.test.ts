import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT, fuzzRuns, hostileTopology } from '../testing/hostile';
import { migrateV1 } from '../topology/design';
import type { LbTopology, LoadBalancerDef, Topology } from '../topology/schema';
import { designDiagram } from './designDiagram';

// The chain diagrams over hostile load balancers: a hostile one put behind a Global load balancer (every frontend a
// regional frontend of its pool), or with every frontend chained to a Gateway load balancer with hostile names. Every
// flow must draw well-formed SVG or say why not, never throw.

const GW = `gw<&"'>`;
const NVA = ']]><!--nva';
const GLB = `glb</text>`;

function behindGateway(v: LbTopology): Topology {
  const t = migrateV1(v);
  const gw: LoadBalancerDef = {
    name: GW,
    sku: 'Gateway',
    type: 'Internal',
    frontends: [{ name: 'fe&1', ip: '10.9.0.10' }],
    backendPools: [{ name: 'p<', members: [NVA], frontendIpHolder: 'appliance' }],
    probes: [],
    rules: [{ name: 'ha', frontend: 'fe&1', backendPool: 'p<', protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: false }],
  };
  const [lb] = t.loadBalancers;
  const chained = { ...lb!, frontends: lb!.frontends.map((f) => ({ ...f, gatewayLoadBalancer: { loadBalancer: GW, frontend: 'fe&1' } })) };
  return { ...t, loadBalancers: [chained, gw], vms: [...t.vms, { name: NVA, os: 'ubuntu', nic: { name: 'eth0', ip: '10.9.0.4' } }] };
}

function behindGlobal(v: LbTopology, floatingIp: boolean): Topology {
  const t = migrateV1(v);
  const [lb] = t.loadBalancers;
  const glb: LoadBalancerDef = {
    name: GLB,
    sku: 'Standard',
    type: 'Public',
    tier: 'Global',
    frontends: [{ name: 'any"', ip: '203.0.113.99' }],
    backendPools: [{ name: 'r', members: [], regionalFrontends: lb!.frontends.map((f) => ({ loadBalancer: lb!.name, frontend: f.name })) }],
    probes: [],
    rules: [
      {
        name: 'g<r>',
        frontend: 'any"',
        backendPool: 'r',
        protocol: 'Tcp',
        frontendPort: 443,
        backendPort: lb!.rules[0]?.frontendPort ?? 80,
        floatingIp,
      },
    ],
  };
  return { ...t, loadBalancers: [glb, lb!] };
}

describe('chain diagram fuzz (fixed seed)', () => {
  it(
    'designDiagram never throws behind a Gateway chain or a Global tier, in either language',
    () => {
      const drawn = { chain: 0, refused: 0 };
      fc.assert(
        fc.property(hostileTopology({ max: 3 }), fc.boolean(), fc.constantFrom('en' as const, 'ja' as const), (v, floatingIp, locale) => {
          if (v.loadBalancer.name === GW || v.loadBalancer.name === GLB) return;
          const vms = [...v.vms.map((m) => m.name), 'no-such-vm'];
          const flows = [
            ...v.rules.flatMap((r) => vms.map((vm) => ({ t: behindGateway(v), loadBalancer: v.loadBalancer.name, rule: r.name, vm }))),
            ...vms.map((vm) => ({ t: behindGlobal(v, floatingIp), loadBalancer: GLB, rule: 'g<r>', vm })),
          ];
          for (const { t, ...options } of flows) {
            const r = designDiagram(t, { ...options, locale });
            if (r.ok) {
              expect(XMLValidator.validate(r.svg)).toBe(true);
              expect(r.svg).not.toContain('<!--');
              if (r.svg.includes('VXLAN') || r.svg.includes('Global') || r.svg.includes('グローバル')) drawn.chain++;
            } else {
              expect(r.error).toMatch(/\S/);
              drawn.refused++;
            }
          }
        }),
        fuzzRuns(60),
      );
      // The generator must reach the chain drawing often, or the property proves little.
      expect(drawn.chain).toBeGreaterThan(30);
    },
    FUZZ_TIMEOUT,
  );
});
