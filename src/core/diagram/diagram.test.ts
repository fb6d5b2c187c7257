import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { preset } from '../testing/presets';
import { traceFlow } from '../trace/trace';
import type { LbTopology } from '../topology/schema';
import { ENDPOINT_MAX, panelContent } from './content';
import { traceDiagram } from './diagram';
import { layoutPanel, linesWidth } from './layout';
import { drawn, panel, rows, tspan } from './svgParts.testing';

const svgOf = (topology: LbTopology, rule: string, vm: string, client?: string) => drawn(topology, { rule, vm, client });

function ipv6Topology(): LbTopology {
  const t = structuredClone(preset('type2-floating-ip'));
  t.frontends[0]!.ip = '2001:db8:ffff:ffff:ffff:ffff:ffff:fffe';
  t.vms[0]!.nic.ip = 'fd00:ffff:ffff:ffff:ffff:ffff:ffff:ffff';
  return t;
}
const V6_CLIENT = '[2001:db8:ffff:ffff:ffff:ffff:ffff:1234]:65535';

describe('trace diagram', () => {
  it("matches the golden SVGs for the source page's rule types 1 and 2", async () => {
    await expect(svgOf(preset('type1-no-port-reuse'), 'rule2', 'VM1')).toMatchFileSnapshot('__golden__/type1-rule2-VM1.svg');
    await expect(svgOf(preset('type2-floating-ip'), 'rule1', 'VM1')).toMatchFileSnapshot('__golden__/type2-rule1-VM1.svg');
  });

  it('marks the fields each hop rewrites, and only those', () => {
    const svg = svgOf(preset('type1-no-port-reuse'), 'rule2', 'VM1');
    const [, off2 = '', , off4 = ''] = rows(panel(svg, 'off'));
    // Off: the load balancer rewrites the destination to NIC IP and backend port 81 …
    expect(off2).toContain(`dst </tspan>${tspan('chg', '10.0.0.4')}<tspan class="muted">:</tspan>${tspan('chg', '81')}`);
    expect(off2).toContain(tspan('same', '198.51.100.10'));
    expect(off2).not.toMatch(/class="chg">(198|50000)/);
    // … and the platform rewrites the reply's source back to the frontend.
    expect(off4).toContain(`src </tspan>${tspan('chg', '65.52.0.2')}<tspan class="muted">:</tspan>${tspan('chg', '80')}`);
    // On: the destination IP stays the frontend; only the port changes (80 → 81).
    const [on1 = '', on2 = '', on3 = ''] = rows(panel(svg, 'on'));
    expect(on1).not.toContain('class="chg"');
    expect(on2).toContain(`dst </tspan>${tspan('same', '65.52.0.2')}<tspan class="muted">:</tspan>${tspan('chg', '81')}`);
    expect(on3).toContain(`src </tspan>${tspan('same', '65.52.0.2')}`);
    // Every rewritten field has a highlight behind it.
    expect((off2.match(/class="chg-bg"/g) ?? []).length).toBe(2);
  });

  it('marks the panel with the rule\'s real setting as "this rule"', () => {
    const type1 = svgOf(preset('type1-no-port-reuse'), 'rule1', 'VM1');
    expect(panel(type1, 'off')).toContain('>this rule<');
    expect(panel(type1, 'on')).not.toContain('>this rule<');
    const type2 = svgOf(preset('type2-floating-ip'), 'rule2', 'VM2');
    expect(panel(type2, 'on')).toContain('>this rule<');
    expect(panel(type2, 'off')).not.toContain('>this rule<');
  });

  it('draws the probe to the NIC IP in both panels and the outbound limitation only with floating IP', () => {
    const svg = svgOf(preset('type2-floating-ip'), 'rule2', 'VM2');
    for (const which of ['off', 'on'] as const) {
      const probe = rows(panel(svg, which)).find((r) => r.startsWith('row-probe'))!;
      expect(probe).toContain(tspan('same', '168.63.129.16'));
      expect(probe).toContain(`${tspan('same', '10.0.0.5')}<tspan class="muted">:</tspan>${tspan('same', '8082')}`);
      expect(probe).not.toContain('65.52.0.2');
    }
    expect(panel(svg, 'off')).not.toContain('row-fail');
    const on = rows(panel(svg, 'on'));
    expect(on.find((r) => r.startsWith('row-fail'))).toMatch(/65\.52\.0\.2[\s\S]*not rewritten: fails/);
    // The NIC's primary IP goes out through the rule's implicit SNAT (core/outbound), in both panels.
    expect(on.find((r) => r.startsWith('row-ok'))).toMatch(/10\.0\.0\.5[\s\S]*65\.52\.0\.1[\s\S]*via rule SNAT/);
    expect(rows(panel(svg, 'off')).find((r) => r.startsWith('row-ok'))).toMatch(/10\.0\.0\.5[\s\S]*via rule SNAT/);
  });

  it('says "no outbound path" in both panels behind an internal Standard load balancer, never "works" (issue 15)', () => {
    const t = preset('type2-floating-ip');
    const internal = { ...t, loadBalancer: { ...t.loadBalancer, type: 'Internal' as const } };
    const svg = svgOf(internal, 'rule2', 'VM2');
    for (const which of ['off', 'on'] as const) {
      const last = rows(panel(svg, which)).at(-1)!;
      expect(last).toMatch(/^row-fail[\s\S]*10\.0\.0\.5[\s\S]*no outbound path/);
      expect(panel(svg, which)).not.toContain('works');
    }
    expect(svg).toContain('No outbound path to the internet from 10.0.0.5.');
  });

  it('is well-formed XML with accessible, real text', () => {
    for (const svg of [svgOf(preset('type1-no-port-reuse'), 'rule1', 'VM2'), svgOf(ipv6Topology(), 'rule1', 'VM1', V6_CLIENT)]) {
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="fpd" [^>]*role="img" aria-labelledby="fpd-title fpd-desc">/,
      );
      expect(svg).toContain('<title id="fpd-title">');
      expect(svg).toContain('<desc id="fpd-desc">');
      expect(svg).toContain('@media (prefers-color-scheme:dark)');
      expect(svg).toContain('[data-theme="dark"] .fpd');
      expect(svg).not.toContain('<path');
    }
  });

  it('escapes hostile names everywhere', () => {
    const t = structuredClone(preset('type2-floating-ip'));
    const vm = `<VM&"1'>`;
    t.vms[0]!.name = vm;
    t.backendPools[0]!.members[0] = vm;
    t.loadBalancer.name = '</text><script>alert(1)</script>';
    t.frontends[0]!.name = 'a&b';
    t.rules[0]!.frontend = 'a&b';
    t.rules[0]!.name = ']]><!--';
    const svg = svgOf(t, ']]><!--', vm);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('&lt;VM&amp;&quot;1&apos;&gt;');
    expect(svg).toContain('a&amp;b');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<!--');
  });

  it('wraps long IPv6 endpoints and sizes every box to hold its text', () => {
    const svg = svgOf(ipv6Topology(), 'rule1', 'VM1', V6_CLIENT);
    expect(XMLValidator.validate(svg)).toBe(true);
    let checked = 0;
    for (const row of rows(svg)) {
      const box = /<rect class="hdr" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(row)!;
      const [left, right] = [Number(box[1]), Number(box[1]) + Number(box[2])];
      for (const m of row.matchAll(/<text class="mono" x="([\d.]+)" y="[\d.]+" textLength="([\d.]+)"/g)) {
        expect(Number(m[1])).toBeGreaterThan(left);
        expect(Number(m[1]) + Number(m[2])).toBeLessThanOrEqual(right);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    // The 47-character client endpoint does not fit on one line, so it wrapped.
    expect(svg).toContain(tspan('same', '[2001:'));
    for (const floating of [false, true]) {
      const t = ipv6Topology();
      t.rules[0]!.floatingIp = floating;
      const trace = traceFlow(t, { rule: 'rule1', vm: 'VM1', client: V6_CLIENT });
      if (!trace.ok) throw new Error(trace.error);
      const layout = layoutPanel(panelContent(trace.trace, true, { lb: 'lb', frontend: 'FIP1', os: 'windows' }));
      for (const { node, box } of layout.nodes) expect(linesWidth(node.lines)).toBeLessThanOrEqual(box.w);
      for (const r of layout.rows) {
        expect(linesWidth(r.row.header)).toBeLessThanOrEqual(r.box.w);
        for (const line of r.row.header) expect(line.map((s) => s.text).join('').length).toBeLessThanOrEqual(ENDPOINT_MAX + 4);
      }
      expect(layout.rows.every((r) => r.box.x >= 0 && r.box.x + r.box.w <= layout.width)).toBe(true);
    }
  });

  it('is deterministic, with ids from idPrefix only', () => {
    const t = preset('type2-floating-ip');
    const a = svgOf(t, 'rule1', 'VM2');
    expect(svgOf(structuredClone(t), 'rule1', 'VM2')).toBe(a);
    expect([...a.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual(['fpd-title', 'fpd-desc']);
    const b = traceDiagram(t, { rule: 'rule1', vm: 'VM2', idPrefix: 'x1' });
    expect(b.ok && b.svg).toContain('aria-labelledby="x1-title x1-desc"');
  });

  it("passes on the trace's errors", () => {
    expect(traceDiagram(preset('type2-floating-ip'), { rule: 'nope', vm: 'VM1' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no rule named "nope"/),
    });
    expect(traceDiagram(preset('type2-floating-ip'), { rule: 'rule1', vm: 'VM9' })).toMatchObject({ ok: false });
  });
});
