import { describe, expect, it } from 'vitest';
import { presetTopology } from '../testing/presets';
import type { Topology } from '../topology/schema';
import { designPlan, eachDesignScript, generateDesignScript } from './designScripts';

const cross = presetTopology('cross-region');

/** The cross-region example with the Global rule's floating IP set, web-west-2 on Windows. */
function crossWith(floatingIp: boolean, over: (t: Topology) => Topology = (t) => t): Topology {
  const [global, ...regional] = cross.loadBalancers;
  return over({
    ...cross,
    loadBalancers: [{ ...global!, rules: global!.rules.map((r) => ({ ...r, floatingIp })) }, ...regional],
    vms: cross.vms.map((v) => (v.name === 'web-west-2' ? { ...v, os: 'windows' as const } : v)),
  });
}
const on = crossWith(true);
const off = crossWith(false);

describe('a Global rule with floating IP (Learn: cross-region-overview, loopback on the backend VMs)', () => {
  it('adds the global frontend IP to the loopback once, opens its port to it and listens on it', () => {
    const { plan } = designPlan(on, 'web-east-1')!;
    expect(plan.loopback).toEqual([{ ip: '203.0.113.50', family: 4, rules: ['lb-global/https'] }]);
    expect(plan.openings.filter((o) => o.kind === 'rule')).toEqual([
      { protocol: 'tcp', port: 443, address: '10.2.0.4', family: 4, reasons: ['https'], kind: 'rule' },
      { protocol: 'tcp', port: 443, address: '203.0.113.50', family: 4, reasons: ['lb-global/https'], kind: 'rule' },
    ]);
    expect(plan.listens.map((l) => [l.rule, l.frontend, l.frontendIp, l.address, l.port, l.on])).toEqual([
      ['https', 'web', '198.51.100.20', '10.2.0.4', 443, 'nic'],
      ['lb-global/https', 'lb-global/anycast', '203.0.113.50', '203.0.113.50', 443, 'loopback'],
    ]);
    expect(plan.rules).toEqual(['https', 'lb-global/https']);
    // The Global tier has no probe: the regional load balancer's probe is the only one.
    expect(plan.probes).toEqual([{ name: 'https', protocol: 'Tcp', port: 443, address: '10.2.0.4' }]);
  });

  it('the ubuntu script holds, opens and lists the global IP; its rollback removes it', () => {
    const s = generateDesignScript(on, 'web-west-1', { flavor: 'ubuntu' });
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(s.text).toContain('readonly -a LOOPBACK=(\n  203.0.113.50/32\n)');
    expect(s.text).toContain("  tcp 443 203.0.113.50 'lb-global/https'\n");
    expect(s.text).toContain("  'lb-global/https' 'lb-global/anycast' 203.0.113.50 Tcp 443 203.0.113.50 443 loopback\n");
    expect(s.text).toContain("  'https' 'web' 198.51.100.10 Tcp 443 \"$NIC_IP\" 443 nic\n");
    const rb = generateDesignScript(on, 'web-west-1', { flavor: 'ubuntu', rollback: true });
    expect(rb.text).toContain('readonly -a LOOPBACK=(\n  203.0.113.50/32\n)');
    expect(rb.text).toContain('lo_del "$address"');
  });

  it('the windows script holds, opens and lists the global IP', () => {
    const s = generateDesignScript(on, 'web-west-2', { flavor: 'windows-powershell' });
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Windows scripts end their lines with CRLF.
    const text = s.text.replaceAll('\r\n', '\n');
    expect(text).toContain("$LoopbackAddresses = @(\n  '203.0.113.50/32'\n)");
    expect(text).toContain("  ,@('rule', 'tcp', 443, '203.0.113.50', 'Floatplan: rule lb-global/https')");
    expect(text).toContain("  ,@('lb-global/https', 'lb-global/anycast', '203.0.113.50', 'Tcp', 443, '203.0.113.50', 443, 'loopback')");
  });

  it('script --all gives every regional VM the global IP, and each VM one script', () => {
    const all = [...eachDesignScript(on)];
    expect(all.map((r) => r.fileName)).toEqual(
      cross.vms.flatMap((v) => {
        const f = v.name === 'web-west-2' ? 'windows-powershell.ps1' : 'ubuntu.sh';
        const rb = v.name === 'web-west-2' ? 'windows-powershell.rollback.ps1' : 'ubuntu.rollback.sh';
        return [`${v.name}.${f}`, `${v.name}.${rb}`];
      }),
    );
    for (const r of all) expect(r.text).toContain('203.0.113.50/32');
  });

  it('with floating IP off on the Global rule, the scripts are unchanged: no global IP anywhere', () => {
    const { plan } = designPlan(off, 'web-west-1')!;
    expect(plan.loopback).toEqual([]);
    expect(plan.listens.map((l) => l.rule)).toEqual(['https']);
    for (const r of eachDesignScript(off)) expect(r.text).not.toContain('203.0.113.50');
  });

  it('a placeholder global frontend IP refuses the script, naming the Global frontend', () => {
    const marked = crossWith(true, (t) => ({
      ...t,
      loadBalancers: t.loadBalancers.map((lb, i) =>
        i === 0
          ? {
              ...lb,
              frontends: lb.frontends.map((f) => ({ ...f, placeholders: [{ field: 'ip', reason: 'missing' as const, source: 'x' }] })),
            }
          : lb,
      ),
    }));
    const s = generateDesignScript(marked, 'web-west-1', { flavor: 'ubuntu' });
    expect(s.text).toBe('');
    expect(s.diagnostics.map((d) => [d.code, d.refs])).toEqual([
      [
        'PlaceholderInScript',
        [
          { kind: 'vm', name: 'web-west-1' },
          { kind: 'frontend', name: 'anycast' },
        ],
      ],
    ]);
    expect(
      generateDesignScript(
        crossWith(false, () => marked),
        'web-west-1',
        { flavor: 'ubuntu' },
      ).text,
    ).toBe('');
  });

  it('a hostile Global rule name is refused for the shell, as a regional one is', () => {
    const hostile = crossWith(true, (t) => ({
      ...t,
      loadBalancers: t.loadBalancers.map((lb, i) => (i === 0 ? { ...lb, rules: lb.rules.map((r) => ({ ...r, name: 'x"&calc' })) } : lb)),
    }));
    const s = generateDesignScript(hostile, 'web-west-2', { flavor: 'windows-netsh' });
    expect(s.diagnostics.map((d) => d.code)).toContain('UnsafeScriptValue');
    expect(s.text).not.toContain('&calc');
  });
});
