import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { traceDiagram } from '../core/diagram/diagram';
import { applianceTopology, clusterTopology } from '../core/testing/holderTopologies';
import { preset } from '../core/testing/presets';
import type { Io } from './io';
import { main, USAGE } from './main';
import { readWhatIf, traceCommand, type TraceArgs } from './trace';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), readFile: (p) => readFileSync(p, 'utf8') };
  const code = main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const TYPE2 = 'public/examples/type2-floating-ip.json';
const dir = mkdtempSync(join(tmpdir(), 'floatplan-trace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('floatplan trace --svg', () => {
  it("writes the core's diagram and keeps the table on stdout", () => {
    const file = join(dir, 'out.svg');
    const { code, out } = run(['trace', TYPE2, '--rule', 'rule2', '--vm', 'VM1', '--client', '192.0.2.1:1234', '--svg', file]);
    expect(code).toBe(0);
    expect(out).toContain('Rule rule2 → VM1, floating IP on');
    expect(out).toContain(`wrote ${file}`);
    const expected = traceDiagram(preset('type2-floating-ip'), { rule: 'rule2', vm: 'VM1', client: '192.0.2.1:1234' });
    expect(expected.ok && readFileSync(file, 'utf8')).toBe(expected.ok && expected.svg);
  });
  it('leaves --json output pure JSON, confirming the file on stderr', () => {
    const file = join(dir, 'json.svg');
    const { code, out, err } = run(['trace', TYPE2, '--rule', 'rule1', '--vm', 'VM2', '--json', '--svg', file]);
    expect(code).toBe(0);
    expect(JSON.parse(out).hops).toHaveLength(4);
    expect(err).toBe(`wrote ${file}`);
    expect(readFileSync(file, 'utf8')).toMatch(/^<svg /);
  });
  it('exits 2 for an unwritable path or an empty name, and documents the flag', () => {
    expect(run(['trace', TYPE2, '--rule', 'rule1', '--vm', 'VM1', '--svg', join(dir, 'no', 'such', 'dir.svg')]).err).toMatch(
      /cannot write .*dir\.svg/,
    );
    expect(run(['trace', TYPE2, '--rule', 'rule1', '--vm', 'VM1', '--svg', '']).code).toBe(2);
    expect(USAGE).toContain('[--svg <out.svg>]');
  });
});

describe('trace --lang and --what-if (traceCommand)', () => {
  function trace(args: Partial<TraceArgs>) {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), readFile: (p) => readFileSync(p, 'utf8') };
    const code = traceCommand(io, TYPE2, { rule: 'rule1', vm: 'VM1', json: false, ...args });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('writes the Japanese diagram and Japanese notes with --lang ja', () => {
    const file = join(dir, 'ja.svg');
    const { code, out } = trace({ svg: file, lang: 'ja' });
    expect(code).toBe(0);
    const expected = traceDiagram(preset('type2-floating-ip'), { rule: 'rule1', vm: 'VM1', locale: 'ja' });
    expect(expected.ok && readFileSync(file, 'utf8')).toBe(expected.ok && expected.svg);
    expect(readFileSync(file, 'utf8')).toContain('フローティング IP 有効');
    expect(out).toContain('正常性プローブは');
  });

  it('shows where a what-if breaks the flow, in the table, the text and the JSON', () => {
    const text = trace({ whatIf: 'no-loopback,outbound-from-frontend-ip' }).out;
    expect(text).toMatch(/lb-to-vm .*FAILS: dropped/);
    expect(text).toMatch(/reply-at-client .*not reached/);
    expect(text).toContain('What-if no-loopback: dropped. VM1 drops the packet');
    expect(text).toContain('What-if outbound-from-frontend-ip: outbound-fails.');
    const json = JSON.parse(trace({ whatIf: 'probe-port-closed', json: true }).out);
    expect(json.hops[1].failure).toMatchObject({ outcome: 'out-of-rotation', whatIf: 'probePortClosed' });
    expect(json.hops[2].notReached).toBe(true);
    expect(json.failure.outcome).toBe('out-of-rotation');
    // Without --what-if the JSON has no effects or failure.
    expect(Object.keys(JSON.parse(trace({ json: true }).out))).toEqual([
      'rule',
      'kind',
      'vm',
      'floatingIp',
      'hops',
      'probe',
      'outbound',
      'egress',
      'nsg',
      'notes',
    ]);
  });

  it('refuses an unknown switch or language, naming the valid ones', () => {
    expect(readWhatIf(' no-loopback , probe-port-closed ')).toEqual({ noLoopback: true, probePortClosed: true });
    expect(() => readWhatIf('no-lopback')).toThrow(
      /--what-if no-lopback: unknown switch; use no-loopback, listens-on-nic-ip-only, probe-port-closed, outbound-from-frontend-ip/,
    );
    expect(() => trace({ lang: 'fr' })).toThrow(/--lang fr: use en or ja/);
  });

  it('is wired into the CLI: --lang ja --what-if no-loopback, usage errors exit 2', () => {
    const { code, out } = run(['trace', TYPE2, '--rule', 'rule1', '--vm', 'VM1', '--lang', 'ja', '--what-if', 'no-loopback']);
    expect(code).toBe(0);
    expect(out).toContain('VM1 はパケットを破棄します');
    expect(run(['trace', TYPE2, '--rule', 'rule1', '--vm', 'VM1', '--what-if', 'nope']).code).toBe(2);
    expect(USAGE).toContain('[--lang en|ja] [--what-if no-loopback,');
  });
});

describe('floatplan trace --nat-rule', () => {
  // The type 2 example plus RDP to VM1 through the first frontend (65.52.0.1:50001 → 10.0.0.4:3389).
  const file = join(dir, 'nat.json');
  const withNat = {
    ...preset('type2-floating-ip'),
    inboundNatRules: [
      {
        name: 'rdp-vm1',
        frontend: preset('type2-floating-ip').frontends[0]!.name,
        protocol: 'Tcp',
        frontendPort: 50001,
        backendPort: 3389,
        floatingIp: false,
        target: 'VM1',
      },
    ],
  };
  writeFileSync(file, JSON.stringify(withNat));

  it('traces an inbound NAT rule: the table, the JSON kind and the diagram', () => {
    const svg = join(dir, 'nat.svg');
    const { code, out } = run(['trace', file, '--nat-rule', 'rdp-vm1', '--vm', 'VM1', '--svg', svg]);
    expect(code).toBe(0);
    expect(out).toContain('Inbound NAT rule rdp-vm1 → VM1, floating IP off');
    expect(out).toMatch(/lb-to-vm +198\.51\.100\.10:50000 +10\.0\.0\.4:3389 +dstIp, dstPort/);
    expect(out).toContain('Note: Inbound NAT rule rdp-vm1 uses no health probe');
    expect(readFileSync(svg, 'utf8')).toContain('Inbound NAT rule rdp-vm1 → VM1: floating IP off and on');
    const json = JSON.parse(run(['trace', file, '--nat-rule', 'rdp-vm1', '--vm', 'VM1', '--json']).out);
    expect(json).toMatchObject({ rule: 'rdp-vm1', kind: 'natRule', probe: null });
    expect(json.hops[1].dst).toBe('10.0.0.4:3389');
  });

  it('refuses --rule with --nat-rule, and a VM that is not the target, with exit 2', () => {
    const both = run(['trace', file, '--rule', 'rule1', '--nat-rule', 'rdp-vm1', '--vm', 'VM1']);
    expect([both.code, both.err]).toEqual([2, expect.stringContaining('trace takes --rule or --nat-rule, not both')]);
    const other = run(['trace', file, '--nat-rule', 'rdp-vm1', '--vm', 'VM2']);
    expect([other.code, other.err]).toEqual([
      2,
      expect.stringContaining('VM "VM2" is not the target of inbound NAT rule rdp-vm1; its target is VM1.'),
    ]);
    expect(USAGE).toContain('--rule <name>|--nat-rule <name>');
  });
});

describe('floatplan trace per frontend IP holder', () => {
  const cluster = join(dir, 'cluster.json');
  const nva = join(dir, 'nva.json');
  writeFileSync(cluster, JSON.stringify(clusterTopology('cluster-pacemaker')));
  writeFileSync(nva, JSON.stringify(applianceTopology()));

  it('a cluster: the active node by default, --active for the other side, the failover note, and JSON', () => {
    const active = run(['trace', cluster, '--rule', 'sql', '--vm', 'sql1']);
    expect(active.code).toBe(0);
    expect(active.out).toContain('Rule sql → sql1, floating IP on; cluster-pacemaker, active node sql1 (sql1 is active)');
    expect(active.out).toContain('Note: Failover: the cluster moves the IPaddr2 resource and the probe listener from sql1 to sql2;');
    const passive = run(['trace', cluster, '--rule', 'sql', '--vm', 'sql1', '--active', 'sql2']);
    expect(passive.out).toContain('active node sql2 (sql1 is passive)');
    expect(passive.out).toMatch(/lb-to-vm .*not reached \(passive-node\)/);
    expect(passive.out).toMatch(/^Stage +Source +Destination +Changed +Reached$/m);
    const json = JSON.parse(run(['trace', cluster, '--rule', 'sql', '--vm', 'sql2', '--json']).out);
    expect(json).toMatchObject({ holder: 'cluster-pacemaker', listenOn: 'cluster', cluster: { active: 'sql1', role: 'passive' } });
    expect(json.hops[1]).toMatchObject({ notReached: true, blockedBy: 'passive-node' });
    expect(json.probe.failed).toContain('by design');
    const bad = run(['trace', cluster, '--rule', 'sql', '--vm', 'sql1', '--active', 'nope']);
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('VM "nope" is not a member')]);
  });

  it('an appliance: six hops with the original destination, the example default said so, --destination', () => {
    const ex = run(['trace', nva, '--rule', 'ha-ports', '--vm', 'nva1']);
    expect(ex.out).toContain('Rule ha-ports → nva1, floating IP off; appliance, original destination 198.51.100.80:443 (example)');
    expect(ex.out).toMatch(/appliance-to-server +198\.51\.100\.10:50000 +198\.51\.100\.80:443/);
    expect(ex.out).toMatch(/reply-to-appliance +198\.51\.100\.80:443 +198\.51\.100\.10:50000/);
    expect(ex.out).toContain('is an example destination');
    const json = JSON.parse(run(['trace', nva, '--rule', 'ha-ports', '--vm', 'nva2', '--destination', '10.2.0.4:5432', '--json']).out);
    expect(json).toMatchObject({ holder: 'appliance', listenOn: 'none', appliance: { destination: '10.2.0.4:5432', example: false } });
    expect(json.hops.map((h: { stage: string; dst: string }) => `${h.stage} ${h.dst}`)).toEqual([
      'client-to-lb 10.2.0.4:5432',
      'lb-to-vm 10.2.0.4:5432',
      'appliance-to-server 10.2.0.4:5432',
      'server-reply 198.51.100.10:50000',
      'reply-to-appliance 198.51.100.10:50000',
      'reply-at-client 198.51.100.10:50000',
    ]);
    expect(run(['trace', nva, '--rule', 'ha-ports', '--vm', 'nva1', '--destination', 'x']).code).toBe(2);
    expect(USAGE).toContain('[--active <vm>] [--destination ip:port]');
  });

  it('a client inside the pool: the ClientIsPoolMember warning in text and JSON, in both languages', () => {
    const text = run(['trace', TYPE2, '--rule', 'rule1', '--vm', 'VM1', '--client', '10.0.0.4:40000']).out;
    expect(text).toMatch(
      /Warning ClientIsPoolMember: VM1 is a member of rule rule1's pool and holds 65\.52\.0\.1 itself.*\(https:\/\/learn\.microsoft\.com\/azure\/load-balancer\/load-balancer-troubleshoot-backend-traffic\)/,
    );
    expect(text).toMatch(/lb-to-vm .*not reached \(client-is-member\)/);
    const json = JSON.parse(
      run(['trace', TYPE2, '--rule', 'rule1', '--vm', 'VM1', '--client', '10.0.0.4:40000', '--json', '--lang', 'ja']).out,
    );
    expect(json.warnings).toEqual([
      expect.objectContaining({ code: 'ClientIsPoolMember', message: expect.stringContaining('負荷分散されません') }),
    ]);
    expect(json.holder).toBeUndefined();
  });
});
