import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.testing';

const run = runCli;

const TYPE1 = 'public/examples/type1-no-port-reuse.json';
const TYPE2 = 'public/examples/type2-floating-ip.json';

describe('floatplan map', () => {
  it("--json prints the documented row fields with the source page's destinations", () => {
    const { code, out } = run(['map', TYPE1, '--json']);
    expect(code).toBe(0);
    const rows = JSON.parse(out).rows;
    expect(rows).toHaveLength(4);
    expect(rows[2]).toMatchObject({
      rule: 'rule2',
      frontend: 'FIP2',
      frontendIp: '65.52.0.2',
      protocol: 'Tcp',
      frontendPort: 80,
      vm: 'VM1',
      destinationIp: '10.0.0.4',
      destinationPort: 81,
      floatingIp: false,
      listenIp: '10.0.0.4',
    });
  });
  it('prints a readable table', () => {
    const { out } = run(['map', TYPE2]);
    expect(out.split('\n')[0]).toMatch(/^Rule\s+Frontend\s+Protocol\s+Port\s+VM\s+VM receives\s+Listen on\s+Floating IP$/);
    expect(out).toMatch(/rule2\s+FIP2 \(65\.52\.0\.2\)\s+Tcp\s+80\s+VM1\s+65\.52\.0\.2:80\s+65\.52\.0\.2:80 on loopback\s+on/);
    expect(out).not.toContain('Inbound NAT rules');
  });
  it('without NAT rules, --json has no natRows key', () => {
    expect(Object.keys(JSON.parse(run(['map', TYPE2, '--json']).out))).toEqual(['rows', 'outbound']);
  });
  it('prints inbound NAT rules as a second table and as natRows in --json', () => {
    const t = JSON.parse(readFileSync(TYPE2, 'utf8'));
    t.inboundNatRules = [
      { name: 'ssh-vm1', frontend: 'FIP1', protocol: 'Tcp', frontendPort: 50001, backendPort: 22, floatingIp: false, target: 'VM1' },
      {
        name: 'dsr-vm2',
        frontend: 'FIP2',
        protocol: 'Udp',
        frontendPort: 5000,
        backendPort: 5000,
        floatingIp: true,
        target: { vm: 'VM2', ip: '10.0.0.5' },
      },
    ];
    const files = { 'nat.json': JSON.stringify(t) };
    const { code, out } = run(['map', 'nat.json'], files);
    expect(code).toBe(0);
    const [rulesTable, natTable] = out.split('\nInbound NAT rules\n');
    expect(rulesTable).toContain('rule1');
    expect(natTable!.split('\n')[0]).toMatch(/^NAT rule\s+Frontend\s+Protocol\s+Port\s+VM\s+VM receives\s+Listen on\s+Floating IP$/);
    expect(natTable).toMatch(/ssh-vm1\s+FIP1 \(65\.52\.0\.1\)\s+Tcp\s+50001\s+VM1\s+10\.0\.0\.4:22\s+10\.0\.0\.4:22 on the NIC\s+off/);
    expect(natTable).toMatch(/dsr-vm2\s+FIP2 \(65\.52\.0\.2\)\s+Udp\s+5000\s+VM2\s+65\.52\.0\.2:5000\s+65\.52\.0\.2:5000 on loopback\s+on/);
    const json = JSON.parse(run(['map', 'nat.json', '--json'], files).out);
    expect(json.rows).toHaveLength(4);
    expect(json.natRows).toEqual([
      {
        loadBalancer: 'lb',
        natRule: 'ssh-vm1',
        frontend: 'FIP1',
        frontendIp: '65.52.0.1',
        protocol: 'Tcp',
        frontendPort: 50001,
        vm: 'VM1',
        memberIp: '10.0.0.4',
        destinationIp: '10.0.0.4',
        destinationPort: 22,
        floatingIp: false,
        listenIp: '10.0.0.4',
        listenOn: 'nic',
      },
      {
        loadBalancer: 'lb',
        natRule: 'dsr-vm2',
        frontend: 'FIP2',
        frontendIp: '65.52.0.2',
        protocol: 'Udp',
        frontendPort: 5000,
        vm: 'VM2',
        memberIp: '10.0.0.5',
        destinationIp: '65.52.0.2',
        destinationPort: 5000,
        floatingIp: true,
        listenIp: '65.52.0.2',
        listenOn: 'loopback',
      },
    ]);
  });
  it('says no load-balancing rule reaches a VM when only NAT rules do', () => {
    const t = JSON.parse(readFileSync(TYPE2, 'utf8'));
    t.rules = [];
    t.inboundNatRules = [
      { name: 'ssh-vm1', frontend: 'FIP1', protocol: 'Tcp', frontendPort: 50001, backendPort: 22, floatingIp: false, target: 'VM1' },
    ];
    const { out } = run(['map', 'nat.json'], { 'nat.json': JSON.stringify(t) });
    expect(out).toContain('(no load-balancing rule reaches a VM: run validate to see why)');
    expect(out).toContain('ssh-vm1');
  });
});

describe('floatplan validate', () => {
  it('exits 0 with only info findings, 1 with errors, and prints JSON diagnostics', () => {
    expect(run(['validate', TYPE2]).code).toBe(0);
    const broken = JSON.parse(readFileSync(TYPE2, 'utf8'));
    broken.rules[1].floatingIp = false;
    broken.rules[0].floatingIp = false;
    const { code, out } = run(['validate', 'broken.json', '--json'], { 'broken.json': JSON.stringify(broken) });
    expect(code).toBe(1);
    const d = JSON.parse(out).diagnostics.find((x: { code: string }) => x.code === 'RulesUseSameBackendPortProtocolAndPool');
    expect(d).toMatchObject({ severity: 'error', elements: ['rule1', 'rule2', 'pool', 'VM1', 'VM2'] });
  });
  it('exits 2 with the JSON path for an invalid file and a clear message for a missing one', () => {
    const bad = JSON.parse(readFileSync(TYPE2, 'utf8'));
    bad.rules[1].frontendPort = '80a';
    const r = run(['validate', 'bad.json'], { 'bad.json': JSON.stringify(bad) });
    expect(r.code).toBe(2);
    expect(r.err).toContain('rules[1].frontendPort: expected an integer, got "80a"');
    expect(run(['validate', 'missing.json']).err).toContain('cannot read missing.json: no such file');
    expect(run(['validate', 'v9.json'], { 'v9.json': '{"version": 9}' }).err).toMatch(/unsupported version 9/);
  });
  it('exits 2 on usage mistakes', () => {
    expect(run([]).code).toBe(2);
    expect(run(['frobnicate', TYPE2]).err).toMatch(/unknown command "frobnicate"/);
    expect(run(['map', TYPE2, '--colour']).code).toBe(2);
    expect(run(['validate']).err).toMatch(/missing <file>/);
  });
});

describe('floatplan trace', () => {
  it('--json prints hops with stages, endpoints and changed fields, the probe and notes', () => {
    const { code, out } = run(['trace', TYPE1, '--rule', 'rule2', '--vm', 'VM2', '--client', '192.0.2.1:1234', '--json']);
    expect(code).toBe(0);
    const t = JSON.parse(out);
    expect(t.hops.map((h: { stage: string; dst: string }) => `${h.stage} ${h.dst}`)).toEqual([
      'client-to-lb 65.52.0.2:80',
      'lb-to-vm 10.0.0.5:81',
      'vm-reply 192.0.2.1:1234',
      'reply-at-client 192.0.2.1:1234',
    ]);
    expect(t.hops[1].changed).toEqual(['dstIp', 'dstPort']);
    // Only the reply turns source and destination round.
    expect(t.hops.map((h: { swapped?: boolean }) => h.swapped === true)).toEqual([false, false, true, false]);
    expect(t.probe).toMatchObject({ src: '168.63.129.16', dst: '10.0.0.5:81' });
    expect(Array.isArray(t.notes)).toBe(true);
  });
  it('explains a missing rule or VM with exit 2', () => {
    expect(run(['trace', TYPE1, '--rule', 'rule2']).err).toMatch(/needs --rule <name> \(or --nat-rule <name>\) and --vm <name>/);
    expect(run(['trace', TYPE1, '--rule', 'x', '--vm', 'VM1']).err).toMatch(/no rule named "x"/);
    expect(run(['trace', TYPE1, '--rule', 'rule1', '--vm', 'VM1', '--port', '99999']).code).toBe(2);
  });
});

describe('the floatplan bin', () => {
  it('runs as a real process with the documented exit codes', () => {
    const out = execFileSync(process.execPath, ['bin/floatplan.mjs', 'map', TYPE2, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out).rows[0].destinationIp).toBe('65.52.0.1');
    let status = 0;
    try {
      execFileSync(process.execPath, ['bin/floatplan.mjs', 'validate', 'does-not-exist.json'], { stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
    }
    expect(status).toBe(2);
  });
});
