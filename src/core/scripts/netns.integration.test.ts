// Proof on a real network stack: the generated ubuntu scripts (runtime part) run inside network namespaces
// that emulate Azure's data path, and real TCP/UDP clients reach the right service. Root + Linux only.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP, remapToDocAddresses } from '../testing/docAddresses';
import { Lab, type ListenSpec, type ProbeSpec } from '../testing/netns';
import { frontendIpHolder } from '../model/holder';
import { PRESET_NAMES, preset } from '../testing/presets';
import { skipWithout } from '../testing/prerequisites';
import type { Rule, LbTopology } from '../topology/schema';
import { analyze, hasErrors } from '../validation/analyze';
import { generateScript } from './generate';
import type { ScriptOptions } from './types';

const HA_PORT = 7000;
// Presets whose pools hold the frontend IP on every member (a loopback each): this suite's expectations. Cluster and
// appliance presets are proven in netnsModes.integration.test.ts, where the emulated Azure follows the probes.
const EVERY_MEMBER_PRESETS = PRESET_NAMES.filter((n) => preset(n).backendPools.every((p) => frontendIpHolder(p) === 'every-member'));
const labs: Lab[] = [];
const started = Date.now();
const newLab = (t: LbTopology) => {
  const lab = new Lab(t, HA_PORT);
  labs.push(lab);
  return lab.build();
};
const script = (t: LbTopology, vm: string, o: Partial<ScriptOptions> = {}) => {
  const r = generateScript(t, vm, { flavor: 'ubuntu', persist: false, ...o });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.text;
};

/** Runs every VM's generated runtime script in its namespace. */
function configure(lab: Lab, t: LbTopology) {
  for (const vm of t.vms) {
    const r = lab.runScript(vm.name, script(t, vm.name));
    expect(r.status, r.out).toBe(0);
  }
}

/** One listener per mapping row on the row's listen address and port, answering with its rule and VM. */
async function startListeners(lab: Lab, t: LbTopology, host?: (ip: string) => string) {
  const rows = analyze(t).rows;
  await Promise.all(
    t.vms.map((vm) => {
      const specs: ListenSpec[] = rows
        .filter((r) => r.vm === vm.name)
        .map((r): ListenSpec => ({
          proto: r.protocol === 'Udp' ? 'udp' : 'tcp',
          host: host ? host(r.listenIp) : r.listenIp,
          port: r.destinationPort || HA_PORT,
          answer: JSON.stringify({ rule: r.rule, vm: r.vm }),
        }))
        .filter((s, i, all) => all.findIndex((o) => o.proto === s.proto && o.host === s.host && o.port === s.port) === i);
      return lab.listen(lab.ns(vm.name), specs);
    }),
  );
}

/** For each rule: where the client connects and which VMs may answer. */
function expectations(t: LbTopology) {
  const rows = analyze(t).rows;
  return t.rules.map((rule: Rule) => {
    const mine = rows.filter((r) => r.rule === rule.name);
    return {
      rule: rule.name,
      vms: new Set(mine.map((r) => r.vm)),
      probe: { proto: rule.protocol === 'Udp' ? 'udp' : 'tcp', host: mine[0]!.frontendIp, port: rule.frontendPort || HA_PORT } as ProbeSpec,
    };
  });
}

/** Connects `times` to every frontend IP:port; asserts the right rule answers from a VM of its pool; returns who answered. */
function expectEveryRuleServed(lab: Lab, t: LbTopology, times = 4): Map<string, Set<string>> {
  const exp = expectations(t);
  const probes = exp.flatMap((e) => Array.from({ length: times }, () => e.probe));
  const results = lab.connect(probes);
  const seen = new Map<string, Set<string>>();
  results.forEach((res, i) => {
    const e = exp[Math.floor(i / times)]!;
    expect(res, `${e.rule} via ${e.probe.host}:${e.probe.port}`).toHaveProperty('answer');
    const answer = JSON.parse((res as { answer: string }).answer) as { rule: string; vm: string };
    // Both paths keep the client's address: floating routes it unchanged, DNAT rewrites only the destination.
    expect((res as { from: string }).from).toBe(CLIENT_IP);
    expect(answer.rule).toBe(e.rule);
    expect(e.vms.has(answer.vm), `${answer.vm} is in the pool of ${e.rule}`).toBe(true);
    seen.set(e.rule, (seen.get(e.rule) ?? new Set()).add(answer.vm));
  });
  return seen;
}

describe.skipIf(skipWithout('netns'))('guest OS scripts on a real network stack (network namespaces)', () => {
  afterAll(() => {
    for (const lab of labs) lab.destroy();
    console.info(`[floatplan] network-namespace suite: ${labs.length} labs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it.each(EVERY_MEMBER_PRESETS)('%s: every frontend answers from its rule on a VM of its pool', async (name) => {
    const t = remapToDocAddresses(preset(name));
    const lab = newLab(t);
    configure(lab, t);
    await startListeners(lab, t);
    expectEveryRuleServed(lab, t);
  });

  it('ECMP spreads floating flows over both members, and two services share port 80 on each VM', async () => {
    const t = remapToDocAddresses(preset('type2-floating-ip'));
    const lab = newLab(t);
    configure(lab, t);
    await startListeners(lab, t);
    const seen = expectEveryRuleServed(lab, t, 16);
    // fib_multipath_hash_policy=1 hashes on ports too; 16 flows all landing on one of two VMs has odds 2^-15.
    expect([...seen.get('rule1')!].sort()).toEqual(['VM1', 'VM2']);
    expect([...seen.get('rule2')!].sort()).toEqual(['VM1', 'VM2']);
  });

  describe('generated mixes of floating and non-floating rules, with hostile names', () => {
    const markerDir = mkdtempSync(join(tmpdir(), 'floatplan-marker-'));
    const marker = join(markerDir, 'pwned');
    afterAll(() => rmSync(markerDir, { recursive: true, force: true }));
    const hostile = [
      `$(touch ${marker})`,
      `\`touch ${marker}\``,
      `'; touch ${marker}; '`,
      `"; touch ${marker}; "`,
      `a b && touch ${marker}`,
      '$HOME *',
      `x\\'; touch ${marker} #`,
    ];
    const mix = fc
      .record({
        frontends: fc.integer({ min: 1, max: 3 }),
        vms: fc.integer({ min: 2, max: 3 }),
        rules: fc.array(
          fc.record({
            fe: fc.nat(2),
            udp: fc.boolean(),
            port: fc.constantFrom(80, 443, 8080, 53),
            floating: fc.boolean(),
            name: fc.constantFrom(...hostile),
          }),
          { minLength: 2, maxLength: 5 },
        ),
        vmName: fc.constantFrom(...hostile),
      })
      .map(({ frontends, vms, rules, vmName }): LbTopology => ({
        version: 1,
        name: hostile[0]!,
        loadBalancer: { name: 'lb', sku: 'Standard', type: 'Public' },
        frontends: Array.from({ length: frontends }, (_, i) => ({ name: `fe${i}`, ip: `10.9.0.${i + 1}` })),
        backendPools: [{ name: 'pool', members: Array.from({ length: vms }, (_, i) => `${vmName}${i}`) }],
        probes: [],
        rules: rules.map((r, i) => ({
          name: `${r.name}${i}`,
          frontend: `fe${r.fe % frontends}`,
          backendPool: 'pool',
          protocol: r.udp ? 'Udp' : 'Tcp',
          frontendPort: r.port,
          backendPort: r.floating ? r.port : 9000 + i,
          floatingIp: r.floating,
        })),
        vms: Array.from({ length: vms }, (_, i) => ({
          name: `${vmName}${i}`,
          os: 'ubuntu' as const,
          nic: { name: 'eth0', ip: `10.9.1.${i + 4}` },
        })),
      }))
      .filter((t) => !hasErrors(analyze(t).diagnostics) && t.rules.some((r) => r.floatingIp) && t.rules.some((r) => !r.floatingIp));
    const samples = fc.sample(mix, { numRuns: 3, seed: 20261126 });

    it.each(samples.map((t, i) => [i, t] as const))('mix %i: every rule is served and no name ran a command', async (_i, raw) => {
      const t = remapToDocAddresses(raw);
      const lab = newLab(t);
      configure(lab, t);
      await startListeners(lab, t);
      expectEveryRuleServed(lab, t);
      expect(existsSync(marker)).toBe(false);
    });
  });

  describe('negative proofs', () => {
    const t = remapToDocAddresses(preset('type2-floating-ip'));
    let lab: Lab;
    beforeAll(() => {
      lab = newLab(t);
    });

    it('without the script, floating rules fail even with a wildcard listener', async () => {
      await startListeners(lab, t, () => '0.0.0.0');
      const res = lab.connect(expectations(t).map((e) => ({ ...e.probe, timeoutMs: 700 })));
      for (const r of res) expect(r).toHaveProperty('error');
    });

    it('the rollback script returns the namespace to its original state; both scripts are harmless twice', () => {
      for (const o of [{}, { label: 'lo:fp' }]) {
        const before = lab.state('VM1');
        const first = lab.runScript('VM1', script(t, 'VM1', o));
        expect(first.status, first.out).toBe(0);
        const configured = lab.state('VM1');
        expect(configured).toContain(`inet ${t.frontends[0]!.ip}/32`);
        const second = lab.runScript('VM1', script(t, 'VM1', o));
        expect(second.status, second.out).toBe(0);
        expect(second.out).toContain('already on lo');
        expect(lab.state('VM1')).toBe(configured);
        for (let k = 0; k < 2; k++) {
          const rb = lab.runScript('VM1', script(t, 'VM1', { ...o, rollback: true }));
          expect(rb.status, rb.out).toBe(0);
          expect(lab.state('VM1')).toBe(before);
        }
      }
    });
  });

  it("the page's literal /24 makes a neighbour of that /24 unreachable; the default /32 does not", async () => {
    // An internal load balancer whose frontend sits in the VMs' own subnet, as in the SQL listener pattern.
    const base = remapToDocAddresses(preset('sql-always-on'));
    const fe = base.frontends[0]!;
    // The every-member form of that pattern (the loopback whose mask is at stake): the preset's cluster holder, if
    // any, and the frontends other than the listener's are dropped.
    const t: LbTopology = {
      ...base,
      frontends: [{ name: fe.name, ip: '192.0.2.100' }],
      rules: base.rules.filter((r) => r.frontend === fe.name),
      backendPools: base.backendPools.map(({ frontendIpHolder: _holder, ...p }) => p),
    };
    const lab = newLab(t);
    const neighbour = t.vms[1]!;
    await lab.listen(lab.ns(neighbour.name), [{ proto: 'tcp', host: neighbour.nic.ip, port: 9999, answer: 'neighbour' }]);
    const reach = () => lab.connect([{ proto: 'tcp', host: neighbour.nic.ip, port: 9999, timeoutMs: 700 }], lab.ns(t.vms[0]!.name))[0];
    expect(reach()).toMatchObject({ answer: 'neighbour' });

    const doc = generateScript(t, t.vms[0]!.name, { flavor: 'ubuntu', docExact: true });
    expect(doc.diagnostics.map((d) => d.code)).toContain('LoopbackPrefixTooWide');
    expect(doc.text).toContain('sudo ip addr add 192.0.2.100/24 dev lo:0');
    // The page's commands use sudo and ufw; shims keep them inside the test (no ufw change on the host).
    const shims = mkdtempSync(join(tmpdir(), 'floatplan-shims-'));
    try {
      writeFileSync(join(shims, 'sudo'), '#!/bin/sh\nexec "$@"\n', { mode: 0o755 });
      writeFileSync(join(shims, 'ufw'), '#!/bin/sh\necho "ufw shim: $*"\n', { mode: 0o755 });
      const env = { PATH: `${shims}:${process.env.PATH}` };
      expect(lab.runScript(t.vms[0]!.name, doc.text, env).status).toBe(0);
      expect(lab.ip(t.vms[0]!.name, 'route show table local')).toContain('local 192.0.2.0/24 dev lo');
      expect(lab.ip(t.vms[0]!.name, `route get ${neighbour.nic.ip}`)).toMatch(/^local /);
      expect(reach()).toHaveProperty('error');
      const undo = generateScript(t, t.vms[0]!.name, { flavor: 'ubuntu', docExact: true, rollback: true });
      expect(lab.runScript(t.vms[0]!.name, undo.text, env).status).toBe(0);
    } finally {
      rmSync(shims, { recursive: true, force: true });
    }
    const r = lab.runScript(t.vms[0]!.name, script(t, t.vms[0]!.name));
    expect(r.status, r.out).toBe(0);
    expect(lab.ip(t.vms[0]!.name, 'route show table local')).not.toContain('192.0.2.0/24');
    expect(reach()).toMatchObject({ answer: 'neighbour' });
  });
});
