import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { presetTopology } from '../testing/presets';
import { lbView } from '../topology/design';
import type { Topology } from '../topology/schema';
import { validDesigns } from '../validation/acrossCodeCases.testing';
import { designDiagram } from './designDiagram';
import { traceDiagram } from './diagram';
import { panel, rows, strayEnglish, texts, tspan } from './svgParts.testing';

const cross = presetTopology('cross-region');
const chained = validDesigns['a Gateway chain from a public frontend']!;
const CLIENT = '198.51.100.200:50000';

function svgOf(t: Topology, options: Parameters<typeof designDiagram>[1]): string {
  const r = designDiagram(t, options);
  if (!r.ok) throw new Error(r.error);
  return r.svg;
}
/** The readable text of one arrow row (its label, header lines and note). */
const rowText = (row: string) => texts(`<g>${row}</g>`).join(' ');

describe('designDiagram: the chain in front of the delivering load balancer', () => {
  const global = svgOf(cross, { loadBalancer: 'lb-global', rule: 'https', vm: 'web-east-1', client: CLIENT });
  const gateway = svgOf(chained, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1', client: CLIENT });

  it('matches the golden SVGs of a Global pick and a Gateway chain, in English and Japanese', async () => {
    await expect(global).toMatchFileSnapshot('__golden__/cross-region-global-web-east-1.svg');
    await expect(gateway).toMatchFileSnapshot('__golden__/gateway-chain-r1-VM1.svg');
    const ja = svgOf(chained, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1', client: CLIENT, locale: 'ja' });
    await expect(ja).toMatchFileSnapshot('__golden__/gateway-chain-r1-VM1.ja.svg');
    expect(strayEnglish(ja, ['pub', 'gwlb', 'FE1', 'r1', 'VM1', 'NVA1', 'p80', 'VXLAN', 'ubuntu'])).toEqual([]);
  });

  it('Global: client → global frontend (unchanged), then → regional frontend (destination rewritten), then the VM', () => {
    for (const which of ['off', 'on'] as const) {
      const [first = '', second = '', third = ''] = rows(panel(global, which));
      expect(rowText(first)).toMatch(/^1 {2}Client → global frontend \(anycast\)/);
      expect(first).toContain(`${tspan('same', '203.0.113.50')}<tspan class="muted">:</tspan>${tspan('same', '443')}`);
      expect(first).not.toContain('class="chg"');
      expect(rowText(second)).toMatch(/^2 {2}Global → regional frontend/);
      expect(second).toContain(`${tspan('chg', '198.51.100.20')}<tspan class="muted">:</tspan>${tspan('same', '443')}`);
      expect(second).toContain(tspan('same', '198.51.100.200'));
      expect(rowText(third)).toMatch(/^3 {2}Load balancer → web-east-1&apos;s (NIC|loopback)/);
    }
    // Floating IP on the regional rule: the regional frontend IP arrives at the loopback; off: the NIC IP.
    expect(rows(panel(global, 'on'))[2]).toContain(tspan('same', '198.51.100.20'));
    expect(rows(panel(global, 'off'))[2]).toContain(tspan('chg', '10.2.0.4'));
    expect(global).toContain('>Global load balancer<');
    expect(global).toContain('>Regional load balancer<');
    expect(texts(global)[0]).toBe(
      'Rule https → web-east-1: floating IP off and on — from Global load balancer lb-global (rule https, floating IP off) through lb-east',
    );
    expect(global).toContain('Before lb-east: client-to-global by lb-global: 198.51.100.200:50000 to 203.0.113.50:443.');
  });

  it('Gateway: to the Gateway unchanged, out over the external tunnel and back over the internal one, then delivered', () => {
    const labels = rows(panel(gateway, 'off')).map((r) => rowText(r).split('  ')[0]);
    expect(labels.slice(0, 6)).toEqual(['1', '2', '3', '4', '5', '6']);
    const [, toGw = '', out = '', back = '', deliver = ''] = rows(panel(gateway, 'off'));
    expect(rowText(toGw)).toMatch(/^2 {2}Frontend → Gateway load balancer \(unchanged\)/);
    expect(rowText(out)).toMatch(/^3 {2}Gateway → NVA1 \(VXLAN, external\) VXLAN external, outer dst 10\.0\.2\.4 inner packet unchanged:/);
    expect(rowText(back)).toMatch(/^4 {2}NVA1 → Gateway \(VXLAN, internal\) VXLAN internal, outer dst 10\.0\.2\.10/);
    for (const row of [toGw, out, back]) {
      expect(row).toContain(`${tspan('same', '203.0.113.1')}<tspan class="muted">:</tspan>${tspan('same', '80')}`);
      expect(row).toContain(`${tspan('same', '198.51.100.200')}<tspan class="muted">:</tspan>${tspan('same', '50000')}`);
    }
    expect(rowText(deliver)).toMatch(/^5 {2}Load balancer → VM1&apos;s NIC/);
    expect(rowText(rows(panel(gateway, 'off'))[5]!)).toMatch(/^6 {2}VM1 replies[\s\S]*back through the same appliance NVA1/);
    expect(gateway).toContain('>Gateway load balancer<');
    expect(gateway).toContain('>Appliance NVA1<');
    expect(gateway).toContain('in the VXLAN external tunnel to 10.0.2.4, unchanged inside');
    // The appliance asked for is the one drawn.
    expect(svgOf(chained, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1', appliance: 'NVA2' })).toContain('outer dst </tspan>');
    expect(svgOf(chained, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1', appliance: 'NVA2' })).toContain(tspan('chg', '10.0.2.5'));
  });

  it('a flow without a chain draws exactly as traceDiagram does for its load balancer', () => {
    const own = svgOf(cross, { loadBalancer: 'lb-east', rule: 'https', vm: 'web-east-1' });
    const plain = traceDiagram(lbView(cross, 'lb-east'), { rule: 'https', vm: 'web-east-1' });
    expect(plain.ok && plain.svg).toBe(own);
  });

  it('passes on the chain errors, naming the valid choices', () => {
    expect(designDiagram(chained, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1', appliance: 'VM2' })).toEqual({
      ok: false,
      error: 'Gateway load balancer gwlb has no appliance "VM2" in its pools. Its appliances: NVA1, NVA2.',
    });
  });

  it('escapes hostile names in the chain lifelines and rows', () => {
    const t = structuredClone(chained);
    const hostile = `<gw&"1'>`;
    t.loadBalancers[1]!.name = hostile;
    t.loadBalancers[0]!.frontends[0]!.gatewayLoadBalancer = { loadBalancer: hostile, frontend: 'FE1' };
    t.vms.find((v) => v.name === 'NVA1')!.name = ']]><!--';
    t.loadBalancers[1]!.backendPools[0]!.members[0] = ']]><!--';
    const svg = svgOf(t, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('&lt;gw&amp;&quot;1&apos;&gt;');
    expect(svg).not.toContain('<!--');
  });
});
