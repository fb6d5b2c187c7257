import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { preset } from '../testing/presets';
import { traceFlow } from '../trace/trace';
import type { LbTopology } from '../topology/schema';
import { panelContent } from './content';
import { traceDiagram } from './diagram';
import { G, layoutPanel, linesWidth } from './layout';
import { diagramMsg } from './messages';
import { FONT, sansWidth } from './text';
import { drawn, panel, rows, strayEnglish, texts, tspan } from './svgParts.testing';

const svgOf = (topology: LbTopology, rule: string, vm: string, locale: 'en' | 'ja' = 'ja') => drawn(topology, { rule, vm, locale });

describe('trace diagram in Japanese', () => {
  it("matches the golden SVGs for the source page's examples (type 2 rule1 → VM1, type 1 rule2 → VM1)", async () => {
    await expect(svgOf(preset('type2-floating-ip'), 'rule1', 'VM1')).toMatchFileSnapshot('__golden__/type2-rule1-VM1.ja.svg');
    await expect(svgOf(preset('type1-no-port-reuse'), 'rule2', 'VM1')).toMatchFileSnapshot('__golden__/type1-rule2-VM1.ja.svg');
  });

  it('shows the destinations of the source page: NIC IP with floating IP off, the frontend IP with it on', () => {
    const svg = svgOf(preset('type2-floating-ip'), 'rule1', 'VM1');
    expect(XMLValidator.validate(svg)).toBe(true);
    const [, off2 = ''] = rows(panel(svg, 'off'));
    const [, on2 = ''] = rows(panel(svg, 'on'));
    expect(off2).toContain(`宛先   </tspan>${tspan('chg', '10.0.0.4')}<tspan class="muted">:</tspan>${tspan('same', '80')}`);
    expect(on2).toContain(`宛先   </tspan>${tspan('same', '65.52.0.1')}<tspan class="muted">:</tspan>${tspan('same', '80')}`);
    expect(on2).not.toContain('10.0.0.4');
    expect(panel(svg, 'off')).toContain('>フローティング IP 無効<');
    expect(panel(svg, 'on')).toContain('>フローティング IP 有効<');
    expect(panel(svg, 'on')).toContain('>この規則<');
    expect(panel(svg, 'on')).toContain('>ループバック<');
    expect(svg).toContain('<title id="fpd-title">規則 rule1 → VM1: フローティング IP 無効と有効</title>');
    expect(svg).toMatch(
      /<desc id="fpd-desc">フローティング IP 無効: 1\. クライアント → ロード バランサー: 198\.51\.100\.10:50000 から 65\.52\.0\.1:80/,
    );
    const probe = rows(panel(svg, 'on')).find((r) => r.startsWith('row-probe'))!;
    expect(probe).toContain('正常性プローブ health1');
    expect(probe).toContain(`${tspan('same', '10.0.0.4')}<tspan class="muted">:</tspan>${tspan('same', '8081')}`);
  });

  it('leaves no English word in the labels, notes, title or description', () => {
    // Names from the topology and technical words Microsoft's Japanese page keeps in Latin letters.
    const names = ['rule1', 'rule2', 'VM1', 'FIP1', 'FIP2', 'lb', 'windows', 'health1', 'health2', 'http81'];
    for (const svg of [svgOf(preset('type2-floating-ip'), 'rule1', 'VM1'), svgOf(preset('type1-no-port-reuse'), 'rule2', 'VM1')]) {
      expect(strayEnglish(svg, names)).toEqual([]);
      expect(texts(svg).some((t) => /[ぁ-んァ-ヶ一-龠]/.test(t))).toBe(true);
    }
  });

  it('keeps English byte-identical when the locale is "en" or absent', () => {
    const t = preset('type2-floating-ip');
    const plain = traceDiagram(t, { rule: 'rule1', vm: 'VM1' });
    expect(svgOf(t, 'rule1', 'VM1', 'en')).toBe(plain.ok && plain.svg);
  });

  it('sizes boxes and panels for full-width text: nothing runs past its box or the panel', () => {
    const msg = diagramMsg('ja');
    for (const floating of [false, true]) {
      const t = structuredClone(preset('type2-floating-ip'));
      t.rules[0]!.floatingIp = floating;
      const trace = traceFlow(t, { rule: 'rule1', vm: 'VM1', locale: 'ja', whatIf: { noLoopback: true, probePortClosed: true } });
      if (!trace.ok) throw new Error(trace.error);
      const content = panelContent(trace.trace, true, { lb: 'lb', frontend: 'FIP1', os: 'windows' }, msg);
      const layout = layoutPanel(content);
      for (const { node, box } of layout.nodes) {
        expect(
          Math.max(sansWidth(node.title), sansWidth(node.subtitle, FONT.small), linesWidth(node.lines)) + 2 * G.nodePad,
        ).toBeLessThanOrEqual(box.w + 0.01);
      }
      for (const r of layout.rows) {
        expect(linesWidth(r.row.header)).toBeLessThanOrEqual(r.box.w);
        for (const line of r.noteLines) expect(sansWidth(line, FONT.small), line).toBeLessThanOrEqual(layout.width - 2 * G.pad + 0.01);
        expect(r.noteLines.length).toBeGreaterThan(0);
      }
      expect(sansWidth(content.subtitle)).toBeLessThanOrEqual(layout.width - 2 * G.pad);
      // Full-width characters are counted about twice as wide as Latin ones.
      expect(sansWidth('ループ')).toBeCloseTo(2 * sansWidth('abc'));
    }
  });
});
