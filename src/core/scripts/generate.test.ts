import { describe, expect, it } from 'vitest';
import { rule, topology, vm } from '../testing/builders';
import { preset } from '../testing/presets';
import type { LbTopology } from '../topology/schema';
import { SCRIPT_ERROR_CODES, SCRIPT_INFO_CODES, SCRIPT_WARNING_CODES, type ScriptDiagnosticCode } from './diagnostics';
import { generateAll, generateScript } from './generate';
import { heldBy, sqlCluster } from './modes.testing';
import { defaultFlavor, FLAVORS, type ScriptOptions } from './types';
import { messageOf } from '../diagnostics/diagnostic';
import { printedFile } from '../testing/printedFile';

const type2 = preset('type2-floating-ip');
const gen = (t: LbTopology, vmName: string, o: ScriptOptions) => generateScript(t, vmName, o);
const codes = (t: LbTopology, vmName: string, o: ScriptOptions) => gen(t, vmName, o).diagnostics.map((d) => d.code);

describe('every flavour', () => {
  it.each(FLAVORS)('%s: header, admin check, fail-fast, verification; deterministic; rollback removes what it adds', (flavor) => {
    const s = gen(type2, 'VM1', { flavor });
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(s.text).toContain('Topology: Two frontends with floating IP (rule type 2)');
    expect(s.text).toMatch(/VM: VM1 \(os windows\)/);
    // netsh has no arrays: its header lists the rules; the others hold them in a table the script prints at the end.
    if (flavor === 'windows-netsh')
      expect(s.text).toMatch(/rule1: frontend FIP1 65\.52\.0\.1 Tcp port 80 -> listen on 65\.52\.0\.1:80 \(loopback, floating IP\)/);
    else if (flavor === 'windows-powershell')
      expect(s.text).toContain("  ,@('rule1', 'FIP1', '65.52.0.1', 'Tcp', 80, '65.52.0.1', 80, 'loopback')");
    else expect(s.text).toContain("  'rule1' 'FIP1' 65.52.0.1 Tcp 80 65.52.0.1 80 loopback\n");
    expect(s.text).toContain('168.63.129.16');
    expect(s.text).toMatch(/resulting state/);
    expect(s.text).not.toMatch(/\bsudo\b(?! bash \$0)/);
    expect(s.text).not.toMatch(/20\d\d-\d\d-\d\d|\d\d:\d\d:\d\d/);
    expect(gen(type2, 'VM1', { flavor }).text).toBe(s.text);
    const rb = gen(type2, 'VM1', { flavor, rollback: true });
    expect(rb.fileName).toMatch(/\.rollback\./);
    expect(rb.text).toMatch(/ROLLBACK/);
    if (flavor.startsWith('windows')) {
      expect(s.text).toMatch(/Administrator|net session/);
      expect(s.text).toMatch(flavor === 'windows-netsh' ? /goto :fail/ : /\$ErrorActionPreference = 'Stop'/);
    } else {
      expect(s.text).toContain('set -euo pipefail');
      expect(s.text).toContain('if [[ "$(id -u)" -ne 0 ]]; then');
      expect(s.text).toContain('net.ipv4.tcp_timestamps=0');
    }
  });

  it('bash flavours add with /32 and their rollbacks delete exactly those addresses', () => {
    for (const flavor of ['ubuntu', 'linux-networkd'] as const) {
      for (const rollback of [false, true]) {
        const text = gen(type2, 'VM2', { flavor, rollback }).text;
        expect(text).toContain('readonly -a LOOPBACK=(\n  65.52.0.1/32\n  65.52.0.2/32\n)');
        expect(text).toContain(`for address in "\${LOOPBACK[@]}"; do\n  ${rollback ? 'lo_del' : 'lo_add'} "$address"\ndone`);
      }
    }
    expect(gen(type2, 'VM2', { flavor: 'rhel' }).text).toContain(`ipv4.method manual ipv4.addresses '65.52.0.1/32,65.52.0.2/32'`);
    expect(gen(type2, 'VM2', { flavor: 'rhel', rollback: true }).text).toContain('nmcli connection delete "$CONNECTION"');
  });
});

describe('flavour details', () => {
  it('ubuntu: a file of its own per mechanism (netplan mode 600 first); --no-persist touches no file and skips ufw', () => {
    const s = gen(type2, 'VM2', { flavor: 'ubuntu' });
    expect(s.files.map((f) => [f.path, f.mode])).toEqual([
      ['/etc/netplan/60-floatplan.yaml', '600'],
      ['/etc/network/interfaces.d/60-floatplan-lo', '644'],
      ['/etc/systemd/network/10-floatplan-lo.network', '644'],
    ]);
    // Each file is printed at run time from LOOPBACK, exactly as the files list shows it.
    for (const f of s.files) expect(printedFile(s.text, f.path)).toBe(f.content);
    const labelled = gen(type2, 'VM2', { flavor: 'ubuntu', label: 'lo:fp' });
    for (const f of labelled.files) expect(printedFile(labelled.text, f.path)).toBe(f.content);
    expect(labelled.files[0]!.content).toContain('label: "lo:fp"');
    expect(s.text).toContain("  tcp 80 65.52.0.1 'rule1'\n");
    expect(s.text).toContain('ufw_opening allow "${OPENINGS[@]:i:3}"');
    const rt = gen(type2, 'VM2', { flavor: 'ubuntu', persist: false });
    expect(rt.files).toEqual([]);
    expect(rt.text).not.toMatch(/netplan|mktemp|ufw_opening allow|install -m/);
  });
  it('rhel: firewalld rich rules with --permanent and --reload; runtime-only without --permanent', () => {
    const s = gen(preset('tls-endpoints'), 'web2', { flavor: 'rhel' });
    expect(s.text).toContain("  tcp 443 203.0.113.10 'https-a'\n");
    expect(s.text).toContain('firewall-cmd --permanent --add-rich-rule="$(rich_rule "${OPENINGS[@]:i:3}")"');
    expect(s.text).toContain('firewall-cmd --reload');
    expect(s.text).toContain('nmcli connection add con-name "$CONNECTION" type loopback ifname lo');
    const rt = gen(preset('tls-endpoints'), 'web2', { flavor: 'rhel', persist: false });
    expect(rt.text).not.toMatch(/--permanent|nmcli/);
    expect(rt.text).toContain('  203.0.113.10/32\n');
    expect(rt.text).toContain('lo_add "$address"');
  });
  it('linux-networkd: a .network file for lo with one [Address] per frontend IP', () => {
    const s = gen(type2, 'VM2', { flavor: 'linux-networkd', label: 'lo:fp' });
    expect(s.files[0]!.path).toBe('/etc/systemd/network/10-floatplan-lo.network');
    expect(s.files[0]!.content).toContain(
      '[Match]\nName=lo\n\n[Address]\nAddress=65.52.0.1/32\nLabel=lo:fp\n\n[Address]\nAddress=65.52.0.2/32\nLabel=lo:fp\n',
    );
    expect(printedFile(s.text, s.files[0]!.path)).toBe(s.files[0]!.content);
    // The kernel labels IPv4 addresses only.
    expect(s.text).toContain(`if [[ "$address" == *:* ]]; then lo_add "$address"; else lo_add "$address" label 'lo:fp'; fi`);
  });
  it('windows-netsh: /32 mask, skipassource, idempotent guards, firewall rules per port and address; IPv6 uses netsh ipv6 syntax', () => {
    const s = gen(type2, 'VM1', { flavor: 'windows-netsh' });
    expect(s.text).toContain(
      'netsh interface ipv4 add address "Loopback Pseudo-Interface 1" 65.52.0.1 255.255.255.255 skipassource=true || goto :fail',
    );
    expect(s.text).toContain('netsh interface ipv4 set interface "Ethernet" weakhostreceive=enabled');
    expect(s.text).toContain('localport=8081 localip=10.0.0.4');
    const v6 = topology({
      frontends: [{ name: 'FE1', ip: '2001:db8::10' }],
      vms: [vm('VM1', '10.0.0.4', { os: 'windows', nic: { name: 'Ethernet 2', ip: '10.0.0.4', secondaryIps: ['2001:db8::4'] } })],
      backendPools: [{ name: 'pool', members: [{ vm: 'VM1', ip: '2001:db8::4' }] }],
      rules: [rule('r1', { floatingIp: true })],
    });
    const w = gen(v6, 'VM1', { flavor: 'windows-netsh' }).text;
    expect(w).toContain('netsh interface ipv6 add address "Loopback Pseudo-Interface 1" 2001:db8::10/128 skipassource=true');
    expect(w).toContain('netsh interface ipv6 set interface "Ethernet 2" weakhostreceive=enabled');
    expect(w).not.toMatch(/ipv6 .*255\.255/);
    expect(gen(v6, 'VM1', { flavor: 'windows-powershell' }).text).toContain("$LoopbackAddresses = @(\r\n  '2001:db8::10/128'\r\n)");
  });
  it('windows-powershell: SkipAsSource, New-NetFirewallRule; the KM-TEST adapter only when asked, and its rollback removes it', () => {
    const s = gen(type2, 'VM1', { flavor: 'windows-powershell' });
    expect(s.text).toContain('-SkipAsSource $true');
    expect(s.text).toContain('New-NetFirewallRule @rule');
    expect(s.text).not.toContain('KM-TEST');
    const a = gen(type2, 'VM1', { flavor: 'windows-powershell', installAdapter: true, windowsLoopback: 'Floatplan Loopback' });
    expect(a.text).toContain("$Loopback = 'Floatplan Loopback'");
    expect(a.text).toContain("'*MSLOOP'");
    expect(
      gen(type2, 'VM1', { flavor: 'windows-powershell', installAdapter: true, windowsLoopback: 'Floatplan Loopback', rollback: true }).text,
    ).toContain('pnputil.exe /remove-device');
    expect(gen(type2, 'VM1', { flavor: 'windows-powershell', installAdapter: true }).text).toContain("$Loopback = 'Floatplan Loopback'");
  });
  it('names reach scripts quoted for their shell', () => {
    const t = topology({
      name: "it's $(x)",
      vms: [vm("V'1", '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4' } }), vm('VM2', '10.0.0.5')],
      backendPools: [{ name: 'pool', members: ["V'1", 'VM2'] }],
    });
    expect(gen(t, "V'1", { flavor: 'ubuntu' }).text).toContain(`readonly VM='V'\\''1'`);
    expect(gen(t, "V'1", { flavor: 'windows-powershell' }).text).toContain(`$VmName = 'V''1'`);
    expect(gen(t, "V'1", { flavor: 'windows-netsh' }).text).toContain(`echo floatplan: VM "V'1" of topology "it's $(x)"`);
  });
});

/** For each script code: options or a topology that must raise it, and a minimal change that must not. */
const cases: Record<ScriptDiagnosticCode, { bad: () => string[]; good: () => string[] }> = {
  UnsafeScriptValue: {
    bad: () => codes(topology({ rules: [rule('a&b', { floatingIp: true })] }), 'VM1', { flavor: 'windows-netsh' }),
    good: () => codes(topology({ rules: [rule('a&b', { floatingIp: true })] }), 'VM1', { flavor: 'windows-powershell' }),
  },
  InvalidInterfaceName: {
    bad: () =>
      codes(topology({ vms: [vm('VM1', '10.0.0.4', { nic: { name: 'Ethernet 2', ip: '10.0.0.4' } }), vm('VM2', '10.0.0.5')] }), 'VM1', {
        flavor: 'ubuntu',
      }),
    good: () =>
      codes(topology({ vms: [vm('VM1', '10.0.0.4', { nic: { name: 'Ethernet 2', ip: '10.0.0.4' } }), vm('VM2', '10.0.0.5')] }), 'VM1', {
        flavor: 'windows-netsh',
      }),
  },
  InvalidPrefixLength: {
    bad: () => codes(type2, 'VM2', { flavor: 'ubuntu', prefix4: 33 }),
    good: () => codes(type2, 'VM2', { flavor: 'ubuntu', prefix4: 32 }),
  },
  DocExactUnsupported: {
    bad: () => codes(type2, 'VM2', { flavor: 'rhel', docExact: true }),
    good: () => codes(type2, 'VM2', { flavor: 'ubuntu', docExact: true }),
  },
  LoopbackPrefixTooWide: {
    bad: () => codes(type2, 'VM2', { flavor: 'ubuntu', prefix4: 24 }),
    good: () => codes(type2, 'VM2', { flavor: 'ubuntu' }),
  },
  ScriptFromInvalidTopology: {
    bad: () => codes(topology({ rules: [rule('r1', { idleTimeoutMinutes: 1 })] }), 'VM1', { flavor: 'ubuntu' }),
    good: () => codes(topology(), 'VM1', { flavor: 'ubuntu' }),
  },
  NothingToConfigure: {
    bad: () => codes(topology({ vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5'), vm('VM3', '10.0.0.6')] }), 'VM3', { flavor: 'ubuntu' }),
    good: () => codes(topology(), 'VM1', { flavor: 'ubuntu' }),
  },
  HolderUnsupportedFlavor: {
    bad: () => codes(sqlCluster, 'sql1', { flavor: 'windows-netsh' }),
    good: () => codes(sqlCluster, 'sql1', { flavor: 'windows-powershell' }),
  },
  MixedFrontendIpHolders: {
    bad: () =>
      codes(
        topology({
          backendPools: [
            { name: 'pool', members: ['VM1', 'VM2'] },
            { name: 'p2', members: ['VM1'], frontendIpHolder: 'appliance' },
          ],
          rules: [rule('r1'), rule('r2', { frontend: 'FE2', backendPool: 'p2', frontendPort: 81, backendPort: 81 })],
        }),
        'VM1',
        { flavor: 'ubuntu' },
      ),
    good: () =>
      codes(
        topology({
          backendPools: [
            { name: 'pool', members: ['VM1', 'VM2'] },
            { name: 'p2', members: ['VM1'] },
          ],
          rules: [rule('r1'), rule('r2', { frontend: 'FE2', backendPool: 'p2', frontendPort: 81, backendPort: 81 })],
        }),
        'VM1',
        { flavor: 'ubuntu' },
      ),
  },
  ClusterProbeUnclear: {
    bad: () =>
      codes(heldBy(topology({ rules: [rule('r1', { floatingIp: true, probe: undefined })] }), 'cluster-pacemaker'), 'VM1', {
        flavor: 'rhel',
      }),
    good: () => codes(heldBy(topology({ rules: [rule('r1', { floatingIp: true })] }), 'cluster-pacemaker'), 'VM1', { flavor: 'rhel' }),
  },
  InvalidClusterName: {
    bad: () => codes(sqlCluster, 'sql1', { flavor: 'windows-powershell', clusterNetwork: 'a\nb' }),
    good: () => codes(sqlCluster, 'sql1', { flavor: 'windows-powershell', clusterNetwork: 'Cluster Network 1' }),
  },
  GatewayNoLoopback: {
    bad: () => codes(topology({ loadBalancer: { name: 'gw', sku: 'Gateway', type: 'Internal' } }), 'VM1', { flavor: 'ubuntu' }),
    good: () => codes(topology({ loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' } }), 'VM1', { flavor: 'ubuntu' }),
  },
  PlaceholderInScript: {
    bad: () =>
      codes(
        topology({ frontends: [{ name: 'FE1', ip: '198.51.100.10', placeholders: [{ field: 'ip', reason: 'unresolved', source: 'p' }] }] }),
        'VM1',
        { flavor: 'ubuntu' },
      ),
    good: () => codes(topology(), 'VM1', { flavor: 'ubuntu' }),
  },
  HaPortsOpenEveryPort: {
    bad: () =>
      codes(topology({ rules: [rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: true })] }), 'VM1', {
        flavor: 'ubuntu',
      }),
    good: () => codes(topology({ rules: [rule('r1', { floatingIp: true })] }), 'VM1', { flavor: 'ubuntu' }),
  },
};

describe('script diagnostic codes', () => {
  it('the table covers every code', () => {
    expect(Object.keys(cases).sort()).toEqual([...SCRIPT_ERROR_CODES, ...SCRIPT_WARNING_CODES, ...SCRIPT_INFO_CODES].sort());
  });
  it.each(Object.keys(cases) as ScriptDiagnosticCode[])('%s: raised by the bad case, not by the good one', (code) => {
    expect(cases[code].bad()).toContain(code);
    expect(cases[code].good()).not.toContain(code);
  });
  it('an error stops generation with an empty text and a message that says what to change', () => {
    const r = gen(topology({ rules: [rule('a%PATH%', { floatingIp: true })] }), 'VM1', { flavor: 'windows-netsh' });
    expect(r.text).toBe('');
    expect(messageOf(r.diagnostics[0]!)).toMatch(
      /The rule name "a%PATH%" contains "%", which cmd\.exe cannot carry .* use the windows-powershell flavour/,
    );
    const nl = gen(topology({ name: 'a\nb' }), 'VM1', { flavor: 'ubuntu' });
    expect(nl.diagnostics[0]).toMatchObject({ code: 'UnsafeScriptValue' });
    expect(messageOf(nl.diagnostics[0]!)).toMatch(/U\+000A/);
  });
  it('LoopbackPrefixTooWide explains the local-route reason and names the rules', () => {
    const d = gen(type2, 'VM2', { flavor: 'ubuntu', docExact: true }).diagnostics.find((x) => x.code === 'LoopbackPrefixTooWide')!;
    expect(d.severity).toBe('warning');
    expect(d.elements).toEqual(['VM2', 'rule1', 'rule2']);
    expect(messageOf(d)).toMatch(/local <network>\/24 dev lo/);
  });
});

describe('generateAll', () => {
  it('writes a script and a rollback per VM with the flavour of its OS', () => {
    expect(generateAll(type2).map((r) => r.fileName)).toEqual([
      'VM1.windows-powershell.ps1',
      'VM1.windows-powershell.rollback.ps1',
      'VM2.ubuntu.sh',
      'VM2.ubuntu.rollback.sh',
    ]);
    expect(defaultFlavor('suse')).toBe('suse');
    expect(defaultFlavor('debian')).toBe('ubuntu');
    expect(defaultFlavor('linux')).toBe('linux-networkd');
  });
});
