import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sapCluster, sqlCluster } from '../core/scripts/modes.testing';
import { sandwich } from '../core/scripts/sandwich.testing';
import { runCli, tempDirs } from './runCli.testing';

const run = runCli;

const TYPE2 = 'public/examples/type2-floating-ip.json';
const tempDir = tempDirs();

describe('floatplan script', () => {
  it('prints the script for one VM, with the flavour of its OS by default', () => {
    const { code, out, err } = run(['script', TYPE2, '--vm', 'VM2']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^#!\/usr\/bin\/env bash\n# Floatplan guest OS script, flavour ubuntu/);
    expect(out).toContain('readonly -a LOOPBACK=(\n  65.52.0.1/32\n  65.52.0.2/32\n)');
    expect(run(['script', TYPE2, '--vm', 'VM1']).out).toContain("$ErrorActionPreference = 'Stop'");
  });
  it('--flavor, --rollback, --no-persist and --doc-exact pick the variant; warnings go to stderr', () => {
    expect(run(['script', TYPE2, '--vm', 'VM1', '--flavor', 'windows-netsh']).out).toContain('netsh interface ipv4 add address');
    expect(run(['script', TYPE2, '--vm', 'VM2', '--rollback']).out).toContain('lo_del "$address"');
    expect(run(['script', TYPE2, '--vm', 'VM2', '--no-persist']).out).not.toContain('netplan');
    const doc = run(['script', TYPE2, '--vm', 'VM2', '--doc-exact']);
    expect(doc.code).toBe(0);
    expect(doc.out).toContain('sudo ip addr add 65.52.0.1/24 dev lo:0');
    expect(doc.err).toMatch(/^floatplan: warning LoopbackPrefixTooWide: /);
    expect(run(['script', TYPE2, '--vm', 'VM2', '--prefix', '28']).err).toMatch(/LoopbackPrefixTooWide/);
  });
  it('exits 2 with a clear message for an unknown VM or flavour and other usage mistakes', () => {
    const vm = run(['script', TYPE2, '--vm', 'VM9']);
    expect(vm.code).toBe(2);
    expect(vm.err).toMatch(/unknown VM "VM9"; VMs in .*: VM1, VM2/);
    const fl = run(['script', TYPE2, '--vm', 'VM1', '--flavor', 'freebsd']);
    expect(fl.code).toBe(2);
    expect(fl.err).toMatch(/unknown flavour "freebsd"; flavours are windows-netsh, windows-powershell, ubuntu, rhel, suse, linux-networkd/);
    expect(run(['script', TYPE2]).err).toMatch(/missing --vm <name>/);
    expect(run(['script', TYPE2, '--all']).err).toMatch(/--all needs --out <dir>/);
    expect(run(['script', TYPE2, '--vm', 'VM1', '--prefix', 'x']).code).toBe(2);
    expect(run(['script', TYPE2, '--vm', 'VM1', '--colour']).code).toBe(2);
  });
  it('exits 1 and writes nothing when a name cannot be carried safely', () => {
    const t = JSON.parse(readFileSync(TYPE2, 'utf8'));
    t.rules[0].name = 'web & db';
    const r = run(['script', 't.json', '--vm', 'VM1', '--flavor', 'windows-netsh'], { 't.json': JSON.stringify(t) });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/error UnsafeScriptValue: The rule name "web & db" contains "&"/);
  });
  it("--all --out writes every VM's script and rollback", () => {
    const dir = tempDir('floatplan-cli-');
    const { code, out } = run(['script', TYPE2, '--all', '--out', join(dir, 'scripts')]);
    expect(code).toBe(0);
    expect(readdirSync(join(dir, 'scripts')).sort()).toEqual([
      'VM1.windows-powershell.ps1',
      'VM1.windows-powershell.rollback.ps1',
      'VM2.ubuntu.rollback.sh',
      'VM2.ubuntu.sh',
    ]);
    expect(out.split('\n')).toHaveLength(4);
    expect(statSync(join(dir, 'scripts', 'VM2.ubuntu.sh')).mode & 0o111).not.toBe(0);
  });
  it('--all --out writes a 300-character VM name under a short safe name, and a device name under a safe one', () => {
    const dir = tempDir('floatplan-cli-');
    const long = `${'v'.repeat(299)}1`;
    const text = readFileSync(TYPE2, 'utf8').replaceAll('"VM1"', JSON.stringify(long)).replaceAll('"VM2"', '"CON"');
    const r = run(['script', 't.json', '--all', '--out', dir], { 't.json': text });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const names = readdirSync(dir).sort();
    expect(names).toEqual([
      'CON_.ubuntu.rollback.sh',
      'CON_.ubuntu.sh',
      `${'v'.repeat(60)}.windows-powershell.ps1`,
      `${'v'.repeat(60)}.windows-powershell.rollback.ps1`,
    ]);
    // The .ps1 is written with a UTF-8 byte-order mark (issue 12): the bytes the browser offers too.
    expect([...readFileSync(join(dir, names[2]!)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
  it('--all --out numbers VM names that clean to the same file, ignoring case as Windows and macOS do', () => {
    const dir = tempDir('floatplan-cli-');
    const text = readFileSync(TYPE2, 'utf8').replaceAll('"VM1"', '"web"').replaceAll('"VM2"', '"WEB"');
    const r = run(['script', 't.json', '--all', '--out', dir, '--flavor', 'ubuntu'], { 't.json': text });
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['WEB-2.ubuntu.rollback.sh', 'WEB-2.ubuntu.sh', 'web.ubuntu.rollback.sh', 'web.ubuntu.sh']);
  });
  it('--all --out on an existing file or under one exits 2 with one line naming the path, before writing anything', () => {
    const dir = tempDir('floatplan-cli-');
    const file = join(dir, 'taken');
    writeFileSync(file, 'mine');
    const r = run(['script', TYPE2, '--all', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`floatplan: ${file}: the file already exists (EEXIST).`);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    const under = run(['script', TYPE2, '--all', '--out', join(file, 'scripts')]);
    expect(under.code).toBe(2);
    expect(under.err).toMatch(
      /^floatplan: .*taken.*: (a part of the path is not a directory \(ENOTDIR\)|the file already exists \(EEXIST\))\.$/,
    );
  });
  it('the bin prints a script as a real process', () => {
    const out = execFileSync(process.execPath, ['bin/floatplan.mjs', 'script', TYPE2, '--vm', 'VM2', '--no-persist'], { encoding: 'utf8' });
    expect(out).toContain('  65.52.0.2/32\n');
  });
});

describe('floatplan script for clusters (frontendIpHolder)', () => {
  const dir = tempDir('floatplan-cli-modes-');
  const sql = join(dir, 'sql.json');
  const sap = join(dir, 'sap.json');
  writeFileSync(sql, JSON.stringify(sqlCluster));
  writeFileSync(sap, JSON.stringify(sapCluster('rhel')));

  it('--cluster-network and --ip-resource become the defaults of the .ps1 parameters', () => {
    const { code, out } = run([
      'script',
      sql,
      '--vm',
      'sql1',
      '--cluster-network',
      'Cluster Network 1',
      '--ip-resource',
      'ag-listener=AG1_IP',
      '--ip-resource',
      'wsfc-core=Cluster IP Address',
    ]);
    expect(code).toBe(0);
    expect(out).toContain("[string]$ClusterNetworkName = 'Cluster Network 1',");
    expect(out).toContain("[string]$IpResource1 = 'AG1_IP',");
    expect(out).toContain("[string]$IpResource2 = 'Cluster IP Address',");
    // Without them the script asks for them rather than guess.
    expect(run(['script', sql, '--vm', 'sql1']).out).toContain("[string]$ClusterNetworkName = '',");
  });
  it('--cluster-group names a Pacemaker group; a wrong frontend or shape is refused', () => {
    expect(run(['script', sap, '--vm', 'nw1-cl-0', '--cluster-group', 'NW1_ASCS=g-NW1_ASCS']).out).toContain(
      'pcs resource create vip_NW1_ASCS IPaddr2 ip=192.0.2.10 --group g-NW1_ASCS',
    );
    const unknown = run(['script', sap, '--vm', 'nw1-cl-0', '--cluster-group', 'ASCS=g1']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('error InvalidClusterName: The frontend named in an option "ASCS" is not a cluster frontend of this VM.');
    const shape = run(['script', sap, '--vm', 'nw1-cl-0', '--cluster-group', 'g1']);
    expect(shape.code).toBe(2);
    expect(shape.err).toMatch(/--cluster-group expects FRONTEND=NAME/);
  });
  it('--open-ports narrows an HA-ports opening and the info says so; a malformed list exits 2', () => {
    const suse = join(dir, 'sap-suse.json');
    writeFileSync(suse, JSON.stringify(sapCluster('suse')));
    const r = run(['script', suse, '--vm', 'nw1-cl-0', '--open-ports', 'tcp/3200,tcp/3600']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Floatplan guest OS script, flavour suse, frontendIpHolder cluster-pacemaker/m);
    expect(r.out).toContain(`destination address="192.0.2.10" port port="3600" protocol="tcp" accept'`);
    expect(r.out).not.toContain(`destination address="192.0.2.10" accept'`);
    expect(r.err).toMatch(/^floatplan: info HaPortsOpenEveryPort: .*opens only tcp\/3200, tcp\/3600 to 192\.0\.2\.10 and 192\.0\.2\.11/m);
    const bad = run(['script', suse, '--vm', 'nw1-cl-0', '--open-ports', '3200']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--open-ports expects protocol\/port items such as tcp\/443,udp\/53/);
  });
  it('a flavour that cannot configure the holder exits 1 and says which can', () => {
    const r = run(['script', sql, '--vm', 'sql1', '--flavor', 'windows-netsh']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/HolderUnsupportedFlavor: .*Use windows-powershell\./);
  });
});

describe('floatplan script on a design of several load balancers', () => {
  const file = () => {
    const f = join(tempDir('floatplan-sandwich-'), 'sandwich.json');
    writeFileSync(f, JSON.stringify(sandwich));
    return f;
  };
  it('a VM behind two load balancers gets one script with both frontend IPs; --lb keeps to one', () => {
    const f = file();
    const both = run(['script', f, '--vm', 'nva1']);
    expect(both.code, both.err).toBe(0);
    expect(both.out).toContain('readonly -a LOOPBACK=(\n  203.0.113.10/32\n  10.0.2.10/32\n)');
    const one = run(['script', f, '--vm', 'nva1', '--lb', 'ilb']);
    expect(one.code, one.err).toBe(0);
    expect(one.out).toContain('readonly -a LOOPBACK=(\n  10.0.2.10/32\n)');
    expect(run(['script', f, '--vm', 'nva1', '--lb', 'nope']).code).toBe(2);
  });
  it('--all writes each VM once', () => {
    const out = join(tempDir('floatplan-sandwich-out-'), 'out');
    expect(run(['script', file(), '--all', '--out', out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'nva1.ubuntu.rollback.sh',
      'nva1.ubuntu.sh',
      'nva2.ubuntu.rollback.sh',
      'nva2.ubuntu.sh',
      'other.ubuntu.rollback.sh',
      'other.ubuntu.sh',
    ]);
  });
});

describe('floatplan script on a cross-region design with floating IP on the Global rule', () => {
  const file = (floatingIp: boolean) => {
    const t = JSON.parse(readFileSync('public/examples/cross-region.json', 'utf8')) as { loadBalancers: { rules: object[] }[] };
    t.loadBalancers[0]!.rules = t.loadBalancers[0]!.rules.map((r) => ({ ...r, floatingIp }));
    const f = join(tempDir('floatplan-cross-'), 'cross.json');
    writeFileSync(f, JSON.stringify(t));
    return f;
  };
  it('--all gives every regional VM the global frontend IP on its loopback and in its listens', () => {
    const out = join(tempDir('floatplan-cross-out-'), 'out');
    expect(run(['script', file(true), '--all', '--out', out]).code).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(8);
    for (const n of names.filter((n) => !n.includes('rollback'))) {
      const text = readFileSync(join(out, n), 'utf8');
      expect(text).toContain('readonly -a LOOPBACK=(\n  203.0.113.50/32\n)');
      expect(text).toContain("  'lb-global/https' 'lb-global/anycast' 203.0.113.50 Tcp 443 203.0.113.50 443 loopback\n");
    }
  });
  it('with it off, no script mentions the global frontend IP', () => {
    const out = join(tempDir('floatplan-cross-off-'), 'out');
    expect(run(['script', file(false), '--all', '--out', out]).code).toBe(0);
    for (const n of readdirSync(out)) expect(readFileSync(join(out, n), 'utf8')).not.toContain('203.0.113.50');
  });
});
