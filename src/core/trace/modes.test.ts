import { describe, expect, it } from 'vitest';
import { rule, topology } from '../testing/builders';
import { applianceTopology, clusterTopology } from '../testing/holderTopologies';
import { traceFlow, type TraceOptions } from './trace';

const ok = (r: ReturnType<typeof traceFlow>) => {
  if (!r.ok) throw new Error(r.error);
  return r.trace;
};

const sql = (o: Partial<TraceOptions> = {}) => ok(traceFlow(clusterTopology(), { rule: 'sql', vm: 'sql1', ...o }));

describe('traceFlow: a cluster pool (only the active node holds the frontend IP)', () => {
  it('the active node (default: the first member) gets the flow on its NIC, held by the cluster, and answers the probe', () => {
    const t = sql();
    expect(t).toMatchObject({
      holder: 'cluster-windows',
      listenOn: 'cluster',
      cluster: { active: 'sql1', activeIp: '10.0.1.4', role: 'active', passive: [{ vm: 'sql2', ip: '10.0.1.5' }] },
    });
    expect(t.hops.map((h) => [h.stage, h.dst, h.notReached ?? false])).toEqual([
      ['client-to-lb', '10.0.1.10:1433', false],
      ['lb-to-vm', '10.0.1.10:1433', false],
      ['vm-reply', '198.51.100.10:50000', false],
      ['reply-at-client', '198.51.100.10:50000', false],
    ]);
    expect(t.hops[1]!.note).toContain('sql1 is the active node, where the cluster IP resource holds 10.0.1.10 on the NIC (no loopback)');
    expect(t.probe).toMatchObject({ dst: '10.0.1.4:59999' });
    expect(t.probe?.failed).toBeUndefined();
    expect(t.probe?.note).toContain("only the active node sql1 answers, through the IP resource's ProbePort");
    expect(t.notes.join('\n')).not.toMatch(/loopback interface/);
    expect(t.notes).toContain(
      'Failover: the cluster moves the cluster IP resource and the probe listener from sql1 to sql2; Azure sees the probe answer move and sends new flows to sql2; flows still open to sql1 are reset and the clients reconnect.',
    );
    expect(t.warnings).toEqual([]);
    expect(t.outbound).toMatchObject({
      allowedSrc: '10.0.1.4',
      failingSrc: '10.0.1.10',
      note: expect.stringContaining('which the cluster added to the NIC'),
    });
  });

  it('a passive node never receives the flow and its probe fails by design', () => {
    const t = sql({ vm: 'sql2' });
    expect(t.cluster).toMatchObject({ active: 'sql1', role: 'passive' });
    expect(t.hops[0]!.notReached).toBeUndefined();
    expect(t.hops.slice(1).every((h) => h.notReached && h.blockedBy === 'passive-node')).toBe(true);
    expect(t.hops[1]!.note).toBe(
      'The load balancer sends no flow to sql2 while sql1 is active: only the active node answers the probe, so sql2 is out of rotation by design.',
    );
    expect(t.probe?.failed).toBe("No answer on sql2 by design: the IP resource's ProbePort runs only on the active node sql1.");
    expect(t.outbound).toBeUndefined();
    expect(t.notes[0]).toMatch(/^sql2 is a passive node: it holds no frontend IP/);
  });

  it('--active shows the other side: sql2 active, sql1 passive; an unknown active node is refused', () => {
    expect(sql({ vm: 'sql2', active: 'sql2' }).cluster).toMatchObject({ role: 'active', passive: [{ vm: 'sql1' }] });
    expect(sql({ active: 'sql2' }).cluster?.role).toBe('passive');
    expect(traceFlow(clusterTopology(), { rule: 'sql', vm: 'sql1', active: 'web9' })).toEqual({
      ok: false,
      error: 'VM "web9" is not a member of rule sql\'s backend pool, so it cannot be the active node. Members: sql1, sql2.',
    });
  });

  it('Pacemaker: IPaddr2 holds the VIP and azure-lb answers the probe; floating IP off rewrites to the active NIC', () => {
    const t = ok(traceFlow(clusterTopology('cluster-pacemaker'), { rule: 'sql', vm: 'sql2', locale: 'en' }));
    expect(t.probe?.failed).toContain('the azure-lb resource grouped with IPaddr2 runs only on the active node sql1');
    const off = ok(traceFlow(clusterTopology('cluster-pacemaker', false), { rule: 'sql', vm: 'sql1' }));
    expect(off.listenOn).toBe('nic');
    expect(off.hops[1]).toMatchObject({
      dst: '10.0.1.4:1433',
      note: "The load balancer rewrites the destination to the active node sql1's NIC IP and the backend port.",
    });
  });

  it('what-ifs: no loopback changes nothing on a cluster; a closed probe port on the active node leaves no healthy member', () => {
    const t = sql({ whatIf: { noLoopback: true, probePortClosed: true } });
    expect(t.effects.map((e) => [e.whatIf, e.outcome])).toEqual([
      ['noLoopback', 'no-effect'],
      ['probePortClosed', 'out-of-rotation'],
    ]);
    expect(t.effects[1]!.reason).toContain('no node answers, so the load balancer has no healthy member');
    expect(t.hops[1]!.failure?.outcome).toBe('out-of-rotation');
    const nicOnly = sql({ whatIf: { listensOnNicIpOnly: true } });
    expect(nicOnly.hops[1]!.failure).toMatchObject({
      outcome: 'no-listener',
      fix: 'Fix: bind the service to 10.0.1.10:1433, or to every address (0.0.0.0 / ::); the cluster adds 10.0.1.10 to whichever node is active.',
    });
    const passive = sql({ vm: 'sql2', whatIf: { listensOnNicIpOnly: true } });
    expect(passive.effects[0]).toMatchObject({
      outcome: 'no-effect',
      reason: 'No effect on this flow: it never reaches sql2 while sql1 is the active node.',
    });
  });

  it('a failover goes to one of several other nodes', () => {
    const three = clusterTopology();
    three.vms.push({ name: 'sql3', os: 'windows', nic: { name: 'eth0', ip: '10.0.1.6' } });
    three.backendPools[0]!.members.push('sql3');
    const t = ok(traceFlow(three, { rule: 'sql', vm: 'sql1' }));
    expect(t.cluster?.failover).toContain('from sql1 to one of sql2, sql3;');
  });

  it('speaks Japanese', () => {
    const t = ok(traceFlow(clusterTopology(), { rule: 'sql', vm: 'sql2', locale: 'ja' }));
    expect(t.hops[1]!.note).toContain('設計上ローテーション外です');
    expect(t.notes.at(-1)).toMatch(/^フェールオーバー: /);
  });
});

describe('traceFlow: an appliance pool (original destination kept end to end)', () => {
  it('routes client → load balancer → appliance → server and back through the same appliance, rewriting nothing', () => {
    const t = ok(traceFlow(applianceTopology(), { rule: 'ha-ports', vm: 'nva2', client: '10.1.0.4:40000', destination: '10.2.0.4:443' }));
    expect(t).toMatchObject({ holder: 'appliance', listenOn: 'none', appliance: { destination: '10.2.0.4:443', example: false } });
    expect(t.hops.map((h) => [h.stage, h.src, h.dst, h.changed])).toEqual([
      ['client-to-lb', '10.1.0.4:40000', '10.2.0.4:443', []],
      ['lb-to-vm', '10.1.0.4:40000', '10.2.0.4:443', []],
      ['appliance-to-server', '10.1.0.4:40000', '10.2.0.4:443', []],
      ['server-reply', '10.2.0.4:443', '10.1.0.4:40000', []],
      ['reply-to-appliance', '10.2.0.4:443', '10.1.0.4:40000', []],
      ['reply-at-client', '10.2.0.4:443', '10.1.0.4:40000', []],
    ]);
    expect(t.hops.filter((h) => h.swapped).map((h) => h.stage)).toEqual(['server-reply']);
    expect(t.hops[0]!.note).toContain('next hop is the frontend IP 10.0.2.10');
    expect(t.hops[4]!.note).toContain('same appliance nva2');
    expect(t.outbound).toBeUndefined();
    expect(t.probe?.dst).toBe('10.0.2.5:22');
    expect(t.notes.join(' ')).toMatch(/nothing listens on the frontend IP.*net\.ipv4\.ip_forward=1/);
    expect(t.notes.some((n) => n.includes('example destination'))).toBe(false);
  });

  it("defaults to an example destination (198.51.100.80 on the client's port) and says it is one", () => {
    const t = ok(traceFlow(applianceTopology(true), { rule: 'ha-ports', vm: 'nva1', port: 8443 }));
    expect(t.appliance).toEqual({
      destination: '198.51.100.80:8443',
      destinationIp: '198.51.100.80',
      destinationPort: 8443,
      example: true,
      nextHop: '10.0.2.10',
      applianceIp: '10.0.2.4',
    });
    expect(t.notes).toContain(
      '198.51.100.80:8443 is an example destination (a documentation address); set the destination to your server behind the appliance.',
    );
    expect(t.notes.join(' ')).toContain('Floating IP (on) does not change these packets');
  });

  it('refuses a destination that is not an endpoint or of the other family; loopback and listener what-ifs do not apply', () => {
    expect(traceFlow(applianceTopology(), { rule: 'ha-ports', vm: 'nva1', destination: 'server' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Destination "server" is not an endpoint'),
    });
    expect(traceFlow(applianceTopology(), { rule: 'ha-ports', vm: 'nva1', destination: '[2001:db8::5]:80' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('is IPv6 but the client is IPv4'),
    });
    const t = ok(
      traceFlow(applianceTopology(), {
        rule: 'ha-ports',
        vm: 'nva1',
        whatIf: { noLoopback: true, listensOnNicIpOnly: true, probePortClosed: true },
      }),
    );
    expect(t.effects.map((e) => e.outcome)).toEqual(['no-effect', 'no-effect', 'out-of-rotation']);
    expect(t.hops.slice(2).every((h) => h.notReached)).toBe(true);
  });
});

describe("traceFlow: a client that is a member of the rule's pool (ClientIsPoolMember)", () => {
  const web = () => topology({ rules: [rule('r1', { floatingIp: true })] });

  it('holding the frontend IP on its loopback, the connection never leaves the VM', () => {
    const t = ok(traceFlow(web(), { rule: 'r1', vm: 'VM2', client: '10.0.0.4:50000' }));
    expect(t.warnings).toEqual([
      {
        code: 'ClientIsPoolMember',
        message: expect.stringContaining("VM1 is a member of rule r1's pool and holds 203.0.113.1 itself"),
        source: expect.stringContaining('load-balancer-troubleshoot-backend-traffic'),
      },
    ]);
    expect(t.hops[0]!.note).toContain('the connection never leaves VM1, which answers it locally');
    expect(t.hops.slice(1).every((h) => h.notReached && h.blockedBy === 'client-is-member')).toBe(true);
  });

  it('without it, a flow delivered back to the client itself fails; one reaching another member works', () => {
    const off = topology();
    const self = ok(traceFlow(off, { rule: 'r1', vm: 'VM1', client: '10.0.0.4:50000' }));
    expect(self.hops[1]).toMatchObject({ notReached: true, blockedBy: 'client-is-member' });
    expect(self.hops[1]!.note).toContain("Azure does not deliver a backend's flow to its own frontend back to itself");
    expect(self.warnings[0]!.message).toContain('fails (intermittent timeouts)');
    const other = ok(traceFlow(off, { rule: 'r1', vm: 'VM2', client: '10.0.0.4:50000' }));
    expect(other.hops.some((h) => h.notReached)).toBe(false);
    expect(other.warnings[0]).toMatchObject({
      code: 'ClientIsPoolMember',
      message: expect.stringContaining('this flow works because it reaches VM2, not VM1'),
    });
  });

  it('a cluster: the active node answers itself; a passive node reaches the active one', () => {
    const local = sql({ client: '10.0.1.4:50000' });
    expect(local.hops[0]!.note).toContain('on its NIC, as the active node');
    const passive = sql({ client: '10.0.1.5:50000' });
    expect(passive.hops.some((h) => h.notReached)).toBe(false);
    expect(passive.warnings[0]!.message).toContain('it reaches sql1, not sql2');
  });

  it('a client outside the pool gets no warning; Japanese text exists', () => {
    expect(ok(traceFlow(web(), { rule: 'r1', vm: 'VM1' })).warnings).toEqual([]);
    expect(ok(traceFlow(web(), { rule: 'r1', vm: 'VM1', client: '10.0.0.4:1', locale: 'ja' })).warnings[0]!.message).toContain(
      '負荷分散されません',
    );
  });
});
