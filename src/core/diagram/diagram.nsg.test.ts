import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { allow, withNsg } from '../nsg/nsgCodeCases.testing';
import { rule } from '../testing/builders';
import { applianceTopology } from '../testing/holderTopologies';
import { preset } from '../testing/presets';
import { traceFlow } from '../trace/trace';
import { drawn, panel, rows, texts, tspan } from './svgParts.testing';

// Issue 15: both panels show the destination the VM's NSG must allow, read from the trace (core/nsg's plan).
const nsgRow = (svg: string, which: 'off' | 'on') => rows(panel(svg, which)).find((r) => r.startsWith('row-nsg'))!;

describe('trace diagram: the NSG row', () => {
  it('floating IP off: the NIC IP and backend port; on: the frontend IP and port, as the trace computes them', () => {
    const t = preset('type2-floating-ip');
    const svg = drawn(t, { rule: 'rule1', vm: 'VM1' });
    expect(XMLValidator.validate(svg)).toBe(true);
    for (const [which, floatingIp] of [
      ['off', false],
      ['on', true],
    ] as const) {
      const forced = { ...t, rules: t.rules.map((r) => (r.name === 'rule1' ? { ...r, floatingIp } : r)) };
      const core = traceFlow(forced, { rule: 'rule1', vm: 'VM1' });
      const need = core.ok ? core.trace.nsg!.flow : undefined;
      const row = nsgRow(svg, which);
      expect(row).toContain(tspan('same', need!.destination));
      expect(row).toContain(tspan('same', need!.ports));
      expect(row).toContain(tspan('same', 'Internet'));
    }
    expect(nsgRow(svg, 'off')).toContain(tspan('same', '10.0.0.4'));
    expect(nsgRow(svg, 'on')).toContain(tspan('same', '65.52.0.1'));
    expect(texts(svg).filter((s) => s.startsWith('NSG on VM1'))).toHaveLength(2);
  });

  it("a user's NSG that allows only the NIC IPs: the off panel says allowed, the on panel draws the row and hop 2 failed", () => {
    const t = withNsg([allow('web', 200, 'Internet', ['10.0.0.4', '10.0.0.5'])], { rules: [rule('r1', { floatingIp: true })] });
    const svg = drawn(t, { rule: 'r1', vm: 'VM1' });
    expect(nsgRow(svg, 'off')).toContain('✓ allowed by web-nsg');
    expect(nsgRow(svg, 'off')).not.toContain('row-failed');
    const on = nsgRow(svg, 'on');
    expect(on).toMatch(/^row-nsg row-failed/);
    expect(on).toContain('✗ denied: web-nsg DenyAllInBound (65500)');
    expect(rows(panel(svg, 'on'))[1]).toContain('✗ denied by NSG web-nsg');
    expect(svg).toContain('The NSG web-nsg rule DenyAllInBound (priority 65500) denies it.');
  });

  it('an appliance: any destination on every port; Japanese labels', () => {
    const svg = drawn(applianceTopology(), { rule: 'ha-ports', vm: 'nva1', locale: 'ja' });
    const row = nsgRow(svg, 'off');
    expect(row).toContain(`${tspan('same', '*')}<tspan class="muted">:</tspan>${tspan('same', '*')}`);
    expect(row).toContain('NSG が許可すべき受信規則 (すべてのプロトコル)');
  });
});
