// Proof on a real network stack for issue 14: the emulated Azure sends new flows only to members whose health probe
// answers (ProbedLab), so who holds the frontend IP and who answers the probe decides where flows land.
// - cluster-pacemaker: what IPaddr2 + azure-lb do on the active node, a failover, and the every-member script's
//   failure on a cluster pool;
// - appliance: a UDR to an internal HA-ports frontend, forwarding NVAs, original destination and return path kept.
// Root + Linux only: see testing/prerequisites.ts for when it skips and when it fails.
import { afterAll, describe, expect, it } from 'vitest';
import { frontendIpHolder, isCluster } from '../model/holder';
import { CLIENT_IP, remapToDocAddresses } from '../testing/docAddresses';
import { type Listeners, type ProbeResult, type ProbeSpec } from '../testing/netns';
import { ApplianceLab, SERVER_IP } from '../testing/netnsAppliance';
import { azureLbStart, ipaddr2Start, ipaddr2Stop, recordClusterCommands, wsfcIpOnline } from '../testing/netnsCluster';
import { PRESET_NAMES, preset } from '../testing/presets';
import { skipWithout } from '../testing/prerequisites';
import { ProbedLab, countArrivals } from '../testing/netnsProbe';
import type { FrontendIpHolder, LbTopology } from '../topology/schema';
import { analyze, hasErrors } from '../validation/analyze';
import { generateScript } from './generate';

// An internal frontend in the nodes' own subnet, as Microsoft's SAP guides deploy it; ASCS instance 00.
const VIP = '192.0.2.100';
const PROBE_PORT = 62000;
const SERVICE_PORT = 3200;
const FLOWS = 16;
const HA_PORT = 7000;

const holders = (name: string) => preset(name).backendPools.map((p) => frontendIpHolder(p));
const CLUSTER_PRESETS = PRESET_NAMES.filter((n) => holders(n).some(isCluster));
const APPLIANCE_PRESETS = PRESET_NAMES.filter((n) => holders(n).includes('appliance'));
/** Documentation addresses, with the frontends in the nodes' subnet (192.0.2.100 on), where these designs put them. */
const inNodeSubnet = (name: string): LbTopology => {
  const t = remapToDocAddresses(preset(name));
  return { ...t, frontends: t.frontends.map((f, i) => ({ ...f, ip: `192.0.2.${100 + i}` })) };
};

function twoNodes(holder: FrontendIpHolder | undefined, floatingIp: boolean, probePort = PROBE_PORT): LbTopology {
  const t: LbTopology = {
    version: 1,
    name: 'lab',
    loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
    frontends: [{ name: 'fe', ip: VIP }],
    backendPools: [{ name: 'pool', members: ['node-a', 'node-b'], ...(holder ? { frontendIpHolder: holder } : {}) }],
    probes: [{ name: 'probe', protocol: 'Tcp', port: probePort, intervalInSeconds: 5 }],
    rules: [
      {
        name: 'ha-ports',
        frontend: 'fe',
        backendPool: 'pool',
        protocol: 'All',
        frontendPort: 0,
        backendPort: 0,
        floatingIp,
        probe: 'probe',
        idleTimeoutMinutes: 30,
        enableTcpReset: true,
      },
    ],
    vms: [
      { name: 'node-a', os: 'ubuntu', nic: { name: 'eth0', ip: '192.0.2.10' } },
      { name: 'node-b', os: 'ubuntu', nic: { name: 'eth0', ip: '192.0.2.11' } },
    ],
  };
  expect(hasErrors(analyze(t).diagnostics), JSON.stringify(analyze(t).diagnostics)).toBe(false);
  return t;
}

const labs: ProbedLab[] = [];
function track<L extends ProbedLab>(lab: L): L {
  labs.push(lab);
  return lab.build();
}

const flows = (host: string, port: number, n = FLOWS, timeoutMs = 2000): ProbeSpec[] =>
  Array.from({ length: n }, () => ({ proto: 'tcp', host, port, timeoutMs }));

/** Who answered each flow; fails on any flow that got no answer. */
function answered(results: ProbeResult[]): Array<{ answer: string; from: string; to?: string }> {
  return results.map((r, i) => {
    expect(r, `flow ${i}`).toHaveProperty('answer');
    return r as { answer: string; from: string; to?: string };
  });
}

/** A generated runtime (no-persist) ubuntu script; no error diagnostics. */
function generated(t: LbTopology, vm: string, flavor: 'ubuntu' | 'rhel' = 'ubuntu'): string {
  const r = generateScript(t, vm, { flavor, persist: false });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.text;
}

/** Runs a generated script in a node's namespace; it must succeed. */
function runGenerated(lab: ProbedLab, t: LbTopology, vm: string, args: string[] = []) {
  const run = lab.runScript(vm, generated(t, vm), {}, args);
  expect(run.status, run.out).toBe(0);
  return run.out;
}

const sysctl = (lab: ProbedLab, vm: string, key: string) => lab.runScript(vm, `sysctl -n ${key}`).out.trim();

/**
 * The generated Pacemaker script: its per-node part (`--node-only`) on every node, its cluster part once on the
 * first (crm recorded; RHEL's pcs form must declare the same groups). Returns the groups it declared: the VIPs and probe ports the lab then brings up.
 */
function configureCluster(lab: ProbedLab, t: LbTopology) {
  for (const vm of t.vms) {
    runGenerated(lab, t, vm.name, ['--node-only']);
    // Microsoft's SAP guides: TCP timestamps off, or Azure's probes fail.
    expect(sysctl(lab, vm.name, 'net.ipv4.tcp_timestamps')).toBe('0');
  }
  const once = recordClusterCommands(lab, t.vms[0]!.name, generated(t, t.vms[0]!.name));
  expect(once.status, once.out).toBe(0);
  // RHEL's script says the same with pcs (--group instead of crm's group command).
  const pcs = recordClusterCommands(lab, t.vms[0]!.name, generated(t, t.vms[0]!.name, 'rhel'));
  expect(pcs.status, pcs.out).toBe(0);
  expect(pcs.commands.some((c) => c.startsWith('pcs resource create'))).toBe(true);
  expect(pcs.groups.map(({ vip, probePort }) => ({ vip, probePort }))).toEqual(
    once.groups.map(({ vip, probePort }) => ({ vip, probePort })),
  );
  // The cluster part only declares resources: nothing holds a VIP until the cluster starts a group.
  for (const vm of t.vms) for (const g of once.groups) expect(lab.ip(vm.name, 'addr')).not.toContain(` ${g.vip}/`);
  return once.groups;
}

// Generous: each step spawns processes on 2 shared cores; nothing here waits on a timer but the 700 ms negative probes.
describe.skipIf(skipWithout('netns'))(
  'cluster and appliance modes on a real network stack (probe-driven Azure emulation)',
  { timeout: 60_000 },
  () => {
    afterAll(() => {
      for (const lab of labs) lab.destroy();
    });

    it('cluster-pacemaker: flows follow the node that holds the VIP and answers the probe, across a failover', async () => {
      const t = twoNodes('cluster-pacemaker', true);
      const lab = track(new ProbedLab(t));
      const groups = configureCluster(lab, t);
      expect(groups.map(({ vip, probePort }) => ({ vip, probePort }))).toEqual([{ vip: VIP, probePort: PROBE_PORT }]);
      const [{ vip, probePort }] = groups as [(typeof groups)[number]];
      // The service listens on every address on BOTH nodes (as SAP and SQL Server do): only the load balancer's
      // choice keeps the passive node out, and the counters see every SYN that reaches a node.
      for (const vm of ['node-a', 'node-b'])
        await lab.listen(lab.ns(vm), [{ proto: 'tcp', host: '0.0.0.0', port: SERVICE_PORT, answer: vm }]);
      const arrivals = { a: countArrivals(lab.ns('node-a'), VIP, SERVICE_PORT), b: countArrivals(lab.ns('node-b'), VIP, SERVICE_PORT) };

      // Before the cluster starts the group nobody answers the probe: Azure sends no new flow (AllProbedDown).
      expect(lab.probeOnce()).toEqual({ 'ha-ports': [] });
      expect(lab.connect(flows(VIP, SERVICE_PORT, 1, 700))[0]).toHaveProperty('error');

      // Node A runs the declared group: IPaddr2 adds the VIP to the NIC found in the routing table, azure-lb listens.
      expect(ipaddr2Start(lab, 'node-a', vip)).toBe(`ip -f inet addr add ${VIP}/24 dev eth0`);
      const probeA = await azureLbStart(lab, 'node-a', probePort);
      expect(lab.probeOnce(), lab.ruleset()).toEqual({ 'ha-ports': ['node-a'] });
      for (const f of answered(lab.connect(flows(VIP, SERVICE_PORT)))) expect(f).toEqual({ answer: 'node-a', from: CLIENT_IP, to: VIP });
      expect(arrivals.b.read()).toBe(0);

      // Failover: Pacemaker stops the group on A (azure-lb, then IPaddr2) and starts it on B.
      probeA.stop();
      ipaddr2Stop(lab, 'node-a', vip);
      expect(ipaddr2Start(lab, 'node-b', vip)).toBe(`ip -f inet addr add ${VIP}/24 dev eth0`);
      await azureLbStart(lab, 'node-b', probePort);
      // Until the next probe round Azure still sends new flows to A, which no longer holds the VIP: they fail.
      expect(lab.connect(flows(VIP, SERVICE_PORT, 1, 700))[0]).toHaveProperty('error');
      const aBefore = arrivals.a.read();
      expect(lab.probeOnce()).toEqual({ 'ha-ports': ['node-b'] });
      for (const f of answered(lab.connect(flows(VIP, SERVICE_PORT)))) expect(f).toEqual({ answer: 'node-b', from: CLIENT_IP, to: VIP });
      // No flow reached the passive node in either phase.
      expect(arrivals.a.read()).toBe(aBefore);
      expect(arrivals.b.read()).toBe(FLOWS);
    });

    it('the every-member script on a cluster pool: both nodes hold the VIP and answer the probe, flows land on both', async () => {
      // The same pool without frontendIpHolder: today's loopback-on-every-member script, issue 14's failure.
      const t = twoNodes(undefined, true);
      const lab = track(new ProbedLab(t));
      for (const vm of ['node-a', 'node-b']) {
        runGenerated(lab, t, vm);
        expect(lab.ip(vm, 'addr show dev lo')).toContain(`${VIP}/32`);
        await lab.listen(lab.ns(vm), [
          { proto: 'tcp', host: '0.0.0.0', port: SERVICE_PORT, answer: vm },
          { proto: 'tcp', host: '0.0.0.0', port: PROBE_PORT, answer: 'probe' },
        ]);
      }
      expect(lab.probeOnce()).toEqual({ 'ha-ports': ['node-a', 'node-b'] });
      const seen = new Set(answered(lab.connect(flows(VIP, SERVICE_PORT))).map((f) => f.answer));
      // symhash spreads flows by ports; 16 flows all landing on one of two nodes has odds 2^-15.
      expect([...seen].sort()).toEqual(['node-a', 'node-b']);
    });

    it.each(CLUSTER_PRESETS)(
      "%s: each frontend's flows follow the node that owns its cluster resource, across a failover",
      async (name) => {
        const t = inNodeSubnet(name);
        const lab = track(new ProbedLab(t));
        const groups = clusterGroups(t);
        // Pacemaker presets: the generated script declares exactly these groups (Windows cannot run here).
        if (groups.every((g) => g.holder === 'cluster-pacemaker')) {
          const declared = configureCluster(lab, t).map(({ vip, probePort }) => ({ vip, probePort }));
          expect(declared).toEqual(groups.map(({ vip, probePort }) => ({ vip, probePort })));
        }
        // Every node listens on every service port on every address, so only the load balancer's choice decides. A rule
        // whose port is its probe's (the WSFC core IP's 58888) is answered by the probe listener of the owner alone.
        const probePorts = new Set(groups.map((g) => g.probePort));
        const ports = [...new Set(groups.flatMap((g) => g.ports))].filter((p) => !probePorts.has(p));
        for (const vm of t.vms)
          await lab.listen(
            lab.ns(vm.name),
            ports.map((port) => ({ proto: 'tcp' as const, host: '0.0.0.0', port, answer: vm.name })),
          );
        const running: Array<{ node: string; probe: Listeners }> = [];
        // Groups spread over the nodes (ASCS on one, ERS on the other, as SAP runs them), then each moves to the next node.
        for (const shift of [0, 1]) {
          for (const r of running.splice(0)) r.probe.stop();
          for (const [i, g] of groups.entries()) {
            const node = g.members[(i + shift) % g.members.length]!;
            const previous = g.members[(i + shift - 1 + g.members.length) % g.members.length]!;
            if (shift) hold(lab, g.holder, previous, g.vip, false);
            hold(lab, g.holder, node, g.vip, true);
            running.push({ node, probe: await azureLbStart(lab, node, g.probePort) });
          }
          const owners = groups.map((g, i) => g.members[(i + shift) % g.members.length]!);
          const expected = Object.fromEntries(groups.flatMap((g, i) => g.rules.map((r) => [r, [owners[i]!]])));
          expect(lab.probeOnce(), lab.ruleset()).toEqual(expected);
          for (const [i, g] of groups.entries()) {
            for (const port of g.ports) {
              const answer = probePorts.has(port) ? `azure-lb ${owners[i]}` : owners[i];
              for (const f of answered(lab.connect(flows(g.vip, port, 8))))
                expect(f, `${g.vip}:${port}`).toEqual({ answer, from: CLIENT_IP, to: g.vip });
            }
          }
        }
      },
    );

    it.each(APPLIANCE_PRESETS)(
      '%s: a UDR through the appliances reaches the server, each reply through the same appliance',
      async (name) => {
        const t = inNodeSubnet(name);
        const lab = track(new ApplianceLab(t));
        const probePort = t.probes[0]!.port;
        await lab.listen(lab.server, [{ proto: 'tcp', host: SERVER_IP, port: 80, answer: 'server' }]);
        const traces = t.vms.map((vm) => lab.traceForwarding(vm.name));
        for (const vm of t.vms) {
          await lab.listen(lab.ns(vm.name), [{ proto: 'tcp', host: '0.0.0.0', port: probePort, answer: 'healthy' }]);
          configureAppliance(lab, t, vm.name);
        }
        expect(Object.values(lab.probeOnce())).toEqual(t.rules.map(() => t.vms.map((v) => v.name).sort()));
        for (const f of answered(lab.connect(flows(SERVER_IP, 80))))
          expect(f).toEqual({ answer: 'server', from: CLIENT_IP, to: SERVER_IP });
        expectSymmetric(traces, FLOWS);
      },
    );

    describe('appliance: client -> UDR -> internal HA-ports frontend -> NVA -> server, and back', () => {
      const HEALTH_PORT = 8080;
      const t = (() => {
        const base = twoNodes('appliance', false, HEALTH_PORT);
        return {
          ...base,
          vms: base.vms.map((v, i) => ({ ...v, name: `nva${i + 1}` })),
          backendPools: [{ ...base.backendPools[0]!, members: ['nva1', 'nva2'] }],
        };
      })();
      let lab: ApplianceLab;
      const health = new Map<string, { stop(): void }>();
      let traces: Map<string, ReturnType<ApplianceLab['traceForwarding']>>;

      it('without forwarding in the guest, the flows the load balancer sends to an appliance die there', async () => {
        expect(hasErrors(analyze(t).diagnostics)).toBe(false);
        lab = track(new ApplianceLab(t));
        await lab.listen(lab.server, [{ proto: 'tcp', host: SERVER_IP, port: 80, answer: 'server' }]);
        for (const vm of ['nva1', 'nva2'])
          health.set(vm, await lab.listen(lab.ns(vm), [{ proto: 'tcp', host: '0.0.0.0', port: HEALTH_PORT, answer: 'healthy' }]));
        expect(lab.probeOnce()).toEqual({ 'ha-ports': ['nva1', 'nva2'] });
        expect(lab.connect(flows(SERVER_IP, 80, 1, 700))[0]).toHaveProperty('error');
      });

      it('with forwarding, the server sees the client and its own address; each reply returns through the same NVA', () => {
        traces = new Map(['nva1', 'nva2'].map((vm) => [vm, lab.traceForwarding(vm)]));
        for (const vm of ['nva1', 'nva2']) configureAppliance(lab, t, vm);
        for (const f of answered(lab.connect(flows(SERVER_IP, 80))))
          expect(f).toEqual({ answer: 'server', from: CLIENT_IP, to: SERVER_IP });
        expectSymmetric([traces.get('nva1')!, traces.get('nva2')!], FLOWS);
      });

      it('an appliance whose probe stops answering gets no new flow after the next probe round', () => {
        const [a, b] = [traces.get('nva1')!, traces.get('nva2')!];
        const [aOut, bOut] = [a.out(), b.out()];
        health.get('nva1')!.stop();
        expect(lab.probeOnce()).toEqual({ 'ha-ports': ['nva2'] });
        for (const f of answered(lab.connect(flows(SERVER_IP, 80))))
          expect(f).toEqual({ answer: 'server', from: CLIENT_IP, to: SERVER_IP });
        expect(a.out()).toEqual(aOut);
        expect(b.out().length).toBe(bOut.length + FLOWS);
        expect(b.back()).toEqual(b.out());
      });
    });
  },
);

/** Per flow (client port): the appliance that forwarded the request forwarded the reply, only it did, and all carried some. */
function expectSymmetric(traces: Array<{ out(): number[]; back(): number[] }>, total: number) {
  const outs = traces.map((tr) => tr.out());
  traces.forEach((tr, i) => expect(tr.back()).toEqual(outs[i]));
  const all = outs.flat();
  expect(new Set(all).size).toBe(all.length);
  expect(all.length).toBe(total);
  // symhash spreads flows by ports; 16 flows all on one of two appliances has odds 2^-15.
  for (const o of outs) expect(o.length).toBeGreaterThan(0);
}

interface ClusterGroup {
  vip: string;
  holder: FrontendIpHolder;
  probePort: number;
  ports: number[];
  rules: string[];
  members: string[];
}

/** One cluster group per frontend of a cluster pool: its VIP, the probe its resource answers, the ports clients use. */
function clusterGroups(t: LbTopology): ClusterGroup[] {
  const byFe = new Map<string, ClusterGroup>();
  for (const r of analyze(t).rows) {
    if (!isCluster(r.frontendIpHolder)) continue;
    const probe = t.probes.find((p) => p.name === r.ruleRef.probe);
    if (!probe) throw new Error(`${r.rule}: a cluster rule needs the probe its resource answers`);
    const g = byFe.get(r.frontendIp) ?? {
      vip: r.frontendIp,
      holder: r.frontendIpHolder,
      probePort: probe.port,
      ports: [],
      rules: [],
      members: [],
    };
    if (g.probePort !== probe.port) throw new Error(`${r.frontendIp}: one probe per clustered frontend`);
    if (!g.rules.includes(r.rule)) g.rules.push(r.rule);
    const port = r.ruleRef.frontendPort || HA_PORT;
    if (!g.ports.includes(port)) g.ports.push(port);
    if (!g.members.includes(r.vm)) g.members.push(r.vm);
    byFe.set(r.frontendIp, g);
  }
  return [...byFe.values()];
}

/** The cluster's address resource on `node`: Pacemaker's IPaddr2 or the WSFC IP Address resource. */
function hold(lab: ProbedLab, holder: FrontendIpHolder, node: string, vip: string, online: boolean) {
  if (holder === 'cluster-windows') wsfcIpOnline(lab, node, vip, online);
  else if (online) ipaddr2Start(lab, node, vip);
  else ipaddr2Stop(lab, node, vip);
}

/** The generated appliance script (forwarding, loose rp_filter, no loopback) in an appliance's namespace. */
function configureAppliance(lab: ApplianceLab, t: LbTopology, vm: string) {
  const out = runGenerated(lab, t, vm);
  expect(sysctl(lab, vm, 'net.ipv4.ip_forward')).toBe('1');
  expect(sysctl(lab, vm, 'net.ipv4.conf.all.rp_filter')).toBe('2');
  expect(lab.ip(vm, 'addr show dev lo')).not.toMatch(/inet (?!127\.)/);
  return out;
}
