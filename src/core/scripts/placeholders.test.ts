import { describe, expect, it } from 'vitest';
import { messageOf } from '../diagnostics/diagnostic';
import { rule, topology, vm } from '../testing/builders';
import type { LbTopology } from '../topology/schema';
import { generateAll, generateScript } from './generate';

const marker = { field: 'ip', reason: 'unresolved', source: "[parameters('sqlLBIPAddress')]" } as const;
// FE1 (a placeholder) reaches pool (VM1, VM2); FE2 (real) reaches pool2 (VM3) only.
const plan: LbTopology = topology({
  frontends: [
    { name: 'FE1', ip: '198.51.100.10', placeholders: [marker] },
    { name: 'FE2', ip: '10.0.1.11' },
  ],
  backendPools: [
    { name: 'pool', members: ['VM1', 'VM2'] },
    { name: 'pool2', members: ['VM3'] },
  ],
  rules: [rule('r1', { floatingIp: true }), rule('r2', { frontend: 'FE2', backendPool: 'pool2', floatingIp: true })],
  vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5'), vm('VM3', '10.0.0.6')],
});

describe('guest OS scripts refuse placeholder values', () => {
  it('writes no script for a VM that would put a placeholder frontend IP on its loopback, and says why', () => {
    const r = generateScript(plan, 'VM1', { flavor: 'ubuntu' });
    expect(r.text).toBe('');
    expect(r.text).not.toContain('198.51.100.10');
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['PlaceholderInScript', 'error']]);
    const words = messageOf(r.diagnostics[0]!);
    expect(words).toContain('No script for the VM "VM1"');
    expect(words).toContain("198.51.100.10 = FE1.ip ← [parameters('sqlLBIPAddress')]");
    expect(r.diagnostics[0]!.refs).toEqual([
      { kind: 'vm', name: 'VM1' },
      { kind: 'frontend', name: 'FE1' },
    ]);
    expect(messageOf(r.diagnostics[0]!, 'ja')).toContain('VM "VM1" のスクリプトは作成しません');
  });

  it('still writes the scripts of VMs that use no placeholder', () => {
    const r = generateScript(plan, 'VM3', { flavor: 'ubuntu' });
    expect(r.text).toContain('10.0.1.11');
    expect(r.diagnostics.some((d) => d.code === 'PlaceholderInScript')).toBe(false);
    const all = generateAll(plan, { flavor: 'ubuntu' });
    expect(all.filter((s) => s.text === '').map((s) => s.fileName)).toEqual([
      'VM1.ubuntu.sh',
      'VM1.ubuntu.rollback.sh',
      'VM2.ubuntu.sh',
      'VM2.ubuntu.rollback.sh',
    ]);
  });

  it('refuses a placeholder NIC address and a placeholder probe port', () => {
    const nic = { ...plan, vms: plan.vms.map((v) => (v.name === 'VM3' ? { ...v, placeholders: [{ ...marker, field: 'nic.ip' }] } : v)) };
    expect(generateScript(nic, 'VM3', { flavor: 'rhel' }).diagnostics[0]!.code).toBe('PlaceholderInScript');
    const probe: LbTopology = {
      ...plan,
      probes: [{ name: 'p80', protocol: 'Tcp', port: 0, placeholders: [{ field: 'port', reason: 'missing', source: 'probes[0]' }] }],
    };
    expect(generateScript(probe, 'VM3', { flavor: 'windows-powershell' }).diagnostics[0]!.code).toBe('PlaceholderInScript');
  });

  it('does not refuse for a placeholder name, which reaches only comments', () => {
    const named: LbTopology = {
      ...plan,
      frontends: [plan.frontends[0]!, { name: 'FE2', ip: '10.0.1.11', placeholders: [{ field: 'name', reason: 'missing', source: 'x' }] }],
    };
    expect(generateScript(named, 'VM3', { flavor: 'ubuntu' }).text).toContain('10.0.1.11');
  });
});
