import { describe, expect, it } from 'vitest';
import { lbView, migrateV1 } from '../topology/design';
import type { LbTopology, Topology } from '../topology/schema';
import { pub, sandwich } from './sandwich.testing';
import { designPlan, eachDesignScript, generateDesignScript, mergePlans } from './designScripts';
import { eachScript, generateScript } from './generate';
import { planVm } from './plan';
import { analyze } from '../validation/analyze';

const planOf = (t: LbTopology, name: string) => {
  const a = analyze(t);
  return planVm(t, a.rows, name, a.natRows);
};

describe('a VM behind two load balancers', () => {
  it('holds every frontend IP once, opens the shared probe port once and listens for each rule of each', () => {
    const { plan } = designPlan(sandwich, 'nva1')!;
    expect(plan.loopback.map((l) => [l.ip, l.rules])).toEqual([
      ['203.0.113.10', ['public/web']],
      ['10.0.2.10', ['ilb/web']],
    ]);
    const probes = plan.openings.filter((o) => o.kind === 'probe');
    expect(probes).toEqual([
      expect.objectContaining({ protocol: 'tcp', port: 8080, address: '10.0.1.4', reasons: ['public/health', 'ilb/health'] }),
    ]);
    expect(plan.listens.map((l) => [l.rule, l.address, l.port])).toEqual([
      ['public/web', '203.0.113.10', 80],
      ['ilb/web', '10.0.2.10', 0],
    ]);
    expect(plan.rules).toEqual(['public/web', 'ilb/web']);
  });

  it('one script carries both load balancers; its rollback removes both addresses', () => {
    const s = generateDesignScript(sandwich, 'nva1', { flavor: 'ubuntu' });
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(s.text).toContain('readonly -a LOOPBACK=(\n  203.0.113.10/32\n  10.0.2.10/32\n)');
    expect(s.text).toContain("  'public/web' 'public/fe' 203.0.113.10 Tcp 80 203.0.113.10 80 loopback\n");
    expect(s.text).toContain("  'ilb/web' 'ilb/fe' 10.0.2.10 All 0 10.0.2.10 0 loopback\n");
    expect(s.text.match(/ 8080 "\$NIC_IP" /g)).toHaveLength(1);
    const rb = generateDesignScript(sandwich, 'nva1', { flavor: 'ubuntu', rollback: true });
    expect(rb.text).toContain('readonly -a LOOPBACK=(\n  203.0.113.10/32\n  10.0.2.10/32\n)');
    expect(rb.text).toContain('lo_del "$address"');
  });

  it('script --all writes each VM once, and a VM of one load balancer gets what that load balancer alone gives it', () => {
    const all = [...eachDesignScript(sandwich)];
    expect(all.map((r) => r.fileName)).toEqual([
      'nva1.ubuntu.sh',
      'nva1.ubuntu.rollback.sh',
      'nva2.ubuntu.sh',
      'nva2.ubuntu.rollback.sh',
      'other.ubuntu.sh',
      'other.ubuntu.rollback.sh',
    ]);
    const only = {
      ...sandwich,
      loadBalancers: [sandwich.loadBalancers[0]!, { ...sandwich.loadBalancers[1]!, backendPools: [{ name: 'nvas', members: ['nva2'] }] }],
    };
    expect(generateDesignScript(only, 'nva1', { flavor: 'rhel' }).text).toBe(
      generateScript(lbView(only, 0), 'nva1', { flavor: 'rhel' }).text,
    );
  });

  it('merging one plan changes nothing, and one load balancer is exactly the per-load-balancer script', () => {
    const view = lbView(sandwich, 0);
    expect(mergePlans([planOf(view, 'nva1')])).toEqual(planOf(view, 'nva1'));
    const single = migrateV1(pub);
    expect([...eachDesignScript(single)]).toEqual([...eachScript(lbView(single, 0))]);
  });
});

describe('design scripts: what each load balancer alone would refuse or need', () => {
  it('refuses a script whose frontend IP is a placeholder in either load balancer', () => {
    const [first, second] = sandwich.loadBalancers as [Topology['loadBalancers'][number], Topology['loadBalancers'][number]];
    const marked: Topology = {
      ...sandwich,
      loadBalancers: [
        first,
        {
          ...second,
          frontends: [{ ...second.frontends[0]!, placeholders: [{ field: 'ip', reason: 'allocatedByAzure', source: 'ilbFrontend' }] }],
        },
      ],
    };
    const script = generateDesignScript(marked, 'nva1', { flavor: 'ubuntu' });
    expect(script.diagnostics.map((d) => d.code)).toContain('PlaceholderInScript');
    expect(script.text).not.toContain('10.0.2.10');
  });

  it('counts a NAT rule that targets one IP configuration of the VM ({ vm, ip })', () => {
    const [first, second] = sandwich.loadBalancers as [Topology['loadBalancers'][number], Topology['loadBalancers'][number]];
    const withNat: Topology = {
      ...sandwich,
      loadBalancers: [
        {
          ...first,
          backendPools: [{ ...first.backendPools[0]!, members: ['nva2'] }],
          inboundNatRules: [
            {
              name: 'ssh',
              frontend: 'fe',
              protocol: 'Tcp',
              frontendPort: 50022,
              backendPort: 22,
              floatingIp: false,
              target: { vm: 'nva1', ip: '10.0.1.4' },
            },
          ],
        },
        second,
      ],
    };
    expect(designPlan(withNat, 'nva1')!.plan.natRules).toContain('public/ssh');
  });
});
