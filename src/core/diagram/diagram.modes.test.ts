import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { applianceTopology, clusterTopology } from '../testing/holderTopologies';
import type { LbTopology } from '../topology/schema';
import type { TraceOptions } from '../trace/trace';
import { traceFlow } from '../trace/trace';
import { panelContent } from './content';
import { G, layoutPanel, linesWidth } from './layout';
import { diagramMsg } from './messages';
import { FONT, sansWidth } from './text';
import { drawn, panel, rows, strayEnglish, tspan } from './svgParts.testing';

// Issue 14: the before/after diagram shows who holds the frontend IP. A cluster's active node holds it on its NIC,
// the passive node is greyed ("no VIP, probe down"); an appliance keeps the original destination end to end, with a
// server behind it and the reply through the same appliance.

const svgOf = (topology: LbTopology, options: Omit<TraceOptions, 'rule'> & { rule: string }) => drawn(topology, options);

const sql = (vm: string, more: Partial<TraceOptions> = {}) => svgOf(clusterTopology(), { rule: 'sql', vm, ...more });
const nva = (more: Partial<TraceOptions> = {}) => svgOf(applianceTopology(), { rule: 'ha-ports', vm: 'nva1', ...more });

describe('trace diagram per frontend IP holder', () => {
  it('matches the golden SVGs of a cluster (active and passive node) and an appliance, in English and Japanese', async () => {
    await expect(sql('sql1')).toMatchFileSnapshot('__golden__/cluster-sql-sql1.svg');
    await expect(sql('sql1', { locale: 'ja' })).toMatchFileSnapshot('__golden__/cluster-sql-sql1.ja.svg');
    await expect(sql('sql2')).toMatchFileSnapshot('__golden__/cluster-sql-sql2.passive.svg');
    await expect(nva({ destination: '10.2.0.4:443' })).toMatchFileSnapshot('__golden__/appliance-ha-ports-nva1.svg');
    await expect(nva({ locale: 'ja' })).toMatchFileSnapshot('__golden__/appliance-ha-ports-nva1.ja.svg');
  });

  it('cluster, active node: the frontend IP on its NIC, held by the cluster; the passive node greyed, no VIP, probe down', () => {
    const svg = sql('sql1');
    expect(svg).toContain('<title id="fpd-title">Rule sql → sql1: floating IP off and on — cluster (WSFC), active node sql1</title>');
    const on = panel(svg, 'on');
    expect(on).toContain('>Destination unchanged: the frontend IP arrives at the active node&apos;s NIC<');
    expect(on).toContain('>held by the cluster on the active node<');
    expect(on).toContain('>sql1 (windows) · active node<');
    expect(on).not.toContain('>Loopback<');
    expect(on).toContain('>sql2 · passive node<');
    expect(on).toContain('>no VIP, probe down<');
    expect(on).toMatch(/<rect class="node" [^>]*opacity="0\.4" stroke-dasharray="4 3"\/>/);
    const [, hop2 = ''] = rows(on);
    expect(hop2).toContain('2  Load balancer → sql1&apos;s NIC (active node)');
    expect(hop2).toContain(`${tspan('same', '10.0.1.10')}<tspan class="muted">:</tspan>${tspan('same', '1433')}`);
    const passiveProbe = rows(on).find((r) => r.includes('Health probe p59999 → sql2'))!;
    expect(passiveProbe).toMatch(/^row-probe row-not-reached/);
    expect(passiveProbe).toContain('✗ no answer (by design)');
    expect(passiveProbe).toContain(tspan('muted', '10.0.1.5'));
    // The outbound limitation still applies: the frontend IP sits on the active node's NIC.
    expect(rows(on).find((r) => r.startsWith('row-fail'))).toContain('not rewritten: fails');
    expect(panel(svg, 'off')).toContain('>Destination rewritten to the active node&apos;s NIC IP and backend port<');
  });

  it('cluster, passive node: its hops greyed with the reason, the flows going to the active node, its probe down by design', () => {
    const svg = sql('sql2');
    const on = panel(svg, 'on');
    expect(on).toContain('>No flow reaches a passive node while another node is active<');
    expect(on).toContain('>sql2 (windows) · passive node<');
    expect(on).toContain('>sql1 · active node<');
    const r = rows(on);
    expect(r[1]).toMatch(/^row-flow row-not-reached/);
    expect(r[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('The load balancer sends no flow to sql2 while sql1 is active');
    expect(r.find((x) => x.includes('New flows go to the active node sql1'))).toMatch(/^row-ok/);
    expect(r.find((x) => x.startsWith('row-probe'))).toMatch(/^row-probe row-not-reached[\s\S]*✗ no answer \(by design\)/);
    expect(on).not.toContain('row-failed');
    // --active sql2 shows the other side.
    expect(sql('sql2', { active: 'sql2' })).toContain('>sql2 (windows) · active node<');
  });

  it('appliance: the original destination on every hop, the server behind it, the reply back through the same appliance', () => {
    const svg = nva({ destination: '10.2.0.4:443', client: '10.1.0.4:40000' });
    expect(svg).toContain(
      '<title id="fpd-title">Rule ha-ports → nva1: floating IP off and on — appliance, original destination 10.2.0.4:443</title>',
    );
    for (const which of ['off', 'on'] as const) {
      const p = panel(svg, which);
      expect(p).toContain('>Original destination kept end to end; the appliance forwards it<');
      expect(p).toContain('>Server<');
      expect(p).toContain('>behind the appliance<');
      expect(p).not.toContain('class="chg"');
      const flows = rows(p).filter((r) => r.startsWith('row-flow'));
      expect(flows.map((f) => /(\d) {2}[^<]*/.exec(f)?.[0])).toEqual([
        '1  Client → server, via the UDR to the frontend IP',
        '2  Load balancer → appliance nva1',
        '3  nva1 forwards to the server',
        '4  Server replies, via the UDR to the frontend IP',
        '5  Load balancer → the same appliance nva1',
        '6  nva1 forwards the reply to the client',
      ]);
      for (const f of flows) expect(f).toContain(tspan('same', '10.2.0.4'));
      expect(p).not.toContain('>Loopback<');
      expect(p).not.toContain('row-fail');
    }
    expect(nva()).toContain('appliance, original destination 198.51.100.80:443 (example)');
    expect(nva()).toContain('>example, behind the appliance<');
  });

  it('every mode is well-formed, deterministic, escapes hostile names, and Japanese leaves no stray English', () => {
    const hostile = clusterTopology();
    hostile.vms[1]!.name = '<b>&"x\'</b>';
    hostile.backendPools[0]!.members[1] = '<b>&"x\'</b>';
    const all = [sql('sql1'), sql('sql2', { locale: 'ja' }), nva(), nva({ locale: 'ja' }), svgOf(hostile, { rule: 'sql', vm: 'sql1' })];
    for (const svg of all) expect(XMLValidator.validate(svg)).toBe(true);
    expect(all[4]).toContain('&lt;b&gt;&amp;&quot;x&apos;&lt;/b&gt; · passive node');
    expect(all[4]).not.toContain('<b>');
    expect(sql('sql2')).toBe(svgOf(structuredClone(clusterTopology()), { rule: 'sql', vm: 'sql2' }));
    const names = [
      'sql',
      'sql1',
      'sql2',
      'nva1',
      'ha',
      'ports',
      'lb',
      'nva',
      'frontend',
      'listener',
      'windows',
      'ubuntu',
      'p59999',
      'ssh',
      'VIP',
      'WSFC',
      'UDR',
      'NAT',
      'SNAT',
      'NVA',
      'HA',
      'ProbePort',
      'IPaddr2',
      'azure',
      'net',
      'ipv4',
      'ip_forward',
      'FORWARD',
      'Microsoft',
      'Pacemaker',
      'mask',
    ];
    for (const svg of [all[1]!, all[3]!, sql('sql1', { locale: 'ja' })]) {
      expect(strayEnglish(svg, names)).toEqual([]);
    }
  });

  it('lays out every mode with nothing past its box or the panel, in both languages', () => {
    const cases: [LbTopology, TraceOptions][] = [
      [clusterTopology(), { rule: 'sql', vm: 'sql1' }],
      [clusterTopology('cluster-pacemaker'), { rule: 'sql', vm: 'sql2', whatIf: { probePortClosed: true } }],
      [
        applianceTopology(true),
        { rule: 'ha-ports', vm: 'nva2', destination: '[2001:db8:ffff:ffff:ffff:ffff:ffff:1]:65535', client: '[2001:db8::10]:50000' },
      ],
    ];
    for (const [t, options] of cases) {
      for (const locale of ['en', 'ja'] as const) {
        if (options.destination?.startsWith('[')) {
          t.frontends[0]!.ip = '2001:db8::a';
          t.vms.forEach((v, i) => (v.nic.ip = `2001:db8::${i + 4}`));
        }
        const trace = traceFlow(t, { ...options, locale });
        if (!trace.ok) throw new Error(trace.error);
        const layout = layoutPanel(panelContent(trace.trace, true, { lb: 'lb', frontend: 'FE', os: 'windows' }, diagramMsg(locale)));
        for (const { node, box } of layout.nodes) {
          expect(
            Math.max(sansWidth(node.title), sansWidth(node.subtitle, FONT.small), linesWidth(node.lines)) + 2 * G.nodePad,
          ).toBeLessThanOrEqual(box.w + 0.01);
          expect(box.x + box.w).toBeLessThanOrEqual(layout.width - G.pad + 0.01);
        }
        for (const r of layout.rows) {
          expect(linesWidth(r.row.header)).toBeLessThanOrEqual(r.box.w);
          expect(r.box.x >= 0 && r.box.x + r.box.w <= layout.width).toBe(true);
          for (const line of r.noteLines) expect(sansWidth(line, FONT.small)).toBeLessThanOrEqual(layout.width - 2 * G.pad + 0.01);
        }
      }
    }
  });
});
