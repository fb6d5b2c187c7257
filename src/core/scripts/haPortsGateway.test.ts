// HA-ports firewall openings (every port by default, said so; narrowed with openPorts; appliances forward) and the
// Gateway load balancer notice (no loopback, VXLAN tunnel interfaces).
import { describe, expect, it } from 'vitest';
import { messageOf } from '../diagnostics/diagnostic';
import { rule, topology } from '../testing/builders';
import type { LbTopology } from '../topology/schema';
import { DEFAULT_TUNNEL_INTERFACES, isGatewayLoadBalancer } from './gateway';
import { generateScript } from './generate';
import { formatOpenPorts, parseOpenPorts } from './openPorts';
import { nvaPool, sapCluster } from './modes.testing';
import { FLAVORS, type ScriptOptions } from './types';

const ha: LbTopology = topology({
  loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
  rules: [rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: true })],
});
const WEB = [
  { protocol: 'tcp', port: 443 },
  { protocol: 'udp', port: 53 },
] as const;
const gen = (t: LbTopology, vm: string, o: ScriptOptions) => generateScript(t, vm, o);
const note = (t: LbTopology, vm: string, o: ScriptOptions) => gen(t, vm, o).diagnostics.find((d) => d.code === 'HaPortsOpenEveryPort');

describe('parseOpenPorts', () => {
  it('reads protocol/port items separated by commas or spaces, once each', () => {
    expect(parseOpenPorts('tcp/443, udp/53 TCP/443')).toEqual(WEB);
    expect(formatOpenPorts(WEB)).toBe('tcp/443, udp/53');
  });
  it.each(['', '443', 'tcp/0', 'tcp/65536', 'sctp/9', 'tcp/80-90', 'tcp/443,,x'])('refuses %j', (text) => {
    expect(parseOpenPorts(text)).toBeUndefined();
  });
});

describe('HA-ports rules in the host firewall', () => {
  it('by default every protocol and port is opened to the frontend IP, and the script says so', () => {
    const s = gen(ha, 'VM1', { flavor: 'ubuntu' });
    expect(s.text).toContain("  any 0 203.0.113.1 'ha'\n");
    expect(s.text).toContain("'floatplan: HA ports (ha): opening every protocol and port to 203.0.113.1;");
    expect(gen(ha, 'VM1', { flavor: 'ubuntu', openPorts: WEB }).text).not.toContain('floatplan: HA ports (ha)');
    const d = note(ha, 'VM1', { flavor: 'ubuntu' })!;
    expect(d.severity).toBe('info');
    expect(messageOf(d)).toMatch(/opens every protocol and port to 203\.0\.113\.1 .*--open-ports tcp\/443,udp\/53/);
    expect(messageOf(d, 'ja')).toMatch(/すべてのプロトコルとポートを開きます/);
    expect(s.text).toMatch(
      /^# INFO HaPortsOpenEveryPort: HA-ports rules reach this VM \(ha\): the load balancer forwards every protocol and port/m,
    );
  });

  it('openPorts narrows the opening to those ports in every flavour, and its rollback closes the same ones', () => {
    const o = { openPorts: WEB };
    const narrowed = "  tcp 443 203.0.113.1 'ha'\n  udp 53 203.0.113.1 'ha'\n";
    expect(gen(ha, 'VM1', { flavor: 'ubuntu', ...o }).text).toContain(narrowed);
    expect(gen(ha, 'VM1', { flavor: 'ubuntu', ...o }).text).not.toContain("  any 0 203.0.113.1 'ha'\n");
    expect(gen(ha, 'VM1', { flavor: 'ubuntu', rollback: true, ...o }).text).toContain(narrowed);
    const rhel = gen(ha, 'VM1', { flavor: 'rhel', ...o }).text;
    expect(rhel).toContain(narrowed);
    expect(rhel).not.toContain("  any 0 203.0.113.1 'ha'\n");
    expect(gen(ha, 'VM1', { flavor: 'windows-powershell', ...o }).text).toContain(
      "  ,@('rule', 'udp', 53, '203.0.113.1', 'Floatplan: rule ha')",
    );
    expect(gen(ha, 'VM1', { flavor: 'windows-netsh', ...o }).text).not.toContain('protocol=any');
    expect(messageOf(note(ha, 'VM1', { flavor: 'ubuntu', ...o })!)).toMatch(/opens only tcp\/443, udp\/53 to 203\.0\.113\.1/);
  });

  it('a port the plan already opens (the probe, another rule) is not opened twice; the reasons merge', () => {
    const t = topology({
      loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
      rules: [rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: true }), rule('web', { floatingIp: true })],
    });
    const s = gen(t, 'VM1', { flavor: 'ubuntu', openPorts: [{ protocol: 'tcp', port: 80 }] }).text;
    expect(s.match(/^ {2}tcp 80 203\.0\.113\.1 /gm)).toHaveLength(1);
    expect(s).toContain("  tcp 80 203.0.113.1 'ha, web'\n");
  });

  it('a Pacemaker cluster pool is narrowed too (its frontend IP is the address opened)', () => {
    const s = gen(sapCluster('rhel'), 'nw1-cl-0', { flavor: 'rhel', openPorts: [{ protocol: 'tcp', port: 3200 }] }).text;
    expect(s).toContain(`destination address="192.0.2.10" port port="3200" protocol="tcp" accept'`);
    expect(s).not.toContain(`destination address="192.0.2.10" accept'`);
  });

  it('an appliance keeps forwarding every protocol and port; the note says why and openPorts changes nothing', () => {
    const plain = gen(nvaPool(), 'nva1', { flavor: 'ubuntu' });
    const asked = gen(nvaPool(), 'nva1', { flavor: 'ubuntu', openPorts: WEB });
    expect(asked.text.replace(/^# INFO.*\n/m, '')).toBe(plain.text.replace(/^# INFO.*\n/m, ''));
    expect(asked.text).toContain("ufw route allow in on 'eth0' out on 'eth0'");
    expect(messageOf(note(nvaPool(), 'nva1', { flavor: 'ubuntu' })!)).toMatch(/allowed to forward every protocol and port/);
  });

  it('no HA-ports rule, no note', () => {
    expect(note(topology({ rules: [rule('r1', { floatingIp: true })] }), 'VM1', { flavor: 'ubuntu' })).toBeUndefined();
  });
});

describe('Gateway load balancer', () => {
  const gw: LbTopology = { ...ha, loadBalancer: { name: 'gw', sku: 'Gateway', type: 'Internal' } };
  it('is recognised by its SKU', () => {
    expect(isGatewayLoadBalancer(gw)).toBe(true);
    expect(isGatewayLoadBalancer(ha)).toBe(false);
  });
  it.each(FLAVORS)('%s: no loopback, no firewall change; names the tunnel interfaces and GatewayNoLoopback', (flavor) => {
    const s = gen(gw, 'VM1', { flavor });
    expect(s.diagnostics.map((d) => d.code)).toEqual(['GatewayNoLoopback']);
    expect(s.text).not.toMatch(/lo_add|ip addr add|New-NetIPAddress|add address|ufw allow|firewall-cmd|New-NetFirewallRule/);
    for (const t of DEFAULT_TUNNEL_INTERFACES) expect(s.text).toContain(`UDP port ${t.port}, VXLAN identifier (VNI) ${t.identifier}`);
    expect(s.files).toEqual([]);
    expect(gen(gw, 'VM1', { flavor, rollback: true }).text).toContain('nothing to roll back');
  });
  it('its diagnostic reads in both languages', () => {
    const d = gen(gw, 'VM1', { flavor: 'ubuntu' }).diagnostics[0]!;
    expect(d.severity).toBe('warning');
    expect(messageOf(d)).toMatch(/internal UDP port 10800, identifier 800; external UDP port 10801, identifier 801/);
    expect(messageOf(d, 'ja')).toMatch(/ゲートウェイ ロード バランサー/);
  });
  it('still refuses a name the shell cannot carry', () => {
    const bad: LbTopology = { ...gw, name: 'a\nb' };
    expect(gen(bad, 'VM1', { flavor: 'ubuntu' })).toMatchObject({ text: '', diagnostics: [{ code: 'UnsafeScriptValue' }] });
  });
});
