import { describe, expect, it } from 'vitest';
import { migrateV1 } from '../../topology/design';
import { loadTopology } from '../../topology/load';
import { preset } from '../../testing/presets';
import { validate } from '../../validation/analyze';
import { messageOf } from '../../diagnostics/diagnostic';
import { escapeHtml } from './html';
import { escapeMarkdown } from './markdown';
import { MAX_DIAGRAMS } from './model';
import { reportHtml, reportMarkdown, topologyFromReport } from './report';

const t = preset('type2-floating-ip');
const hostile = { ...t, name: 'Evil </script><script>alert(1)</script> | <!-- x', description: 'a | b <img src=x onerror=alert(1)>' };

describe('reportHtml', () => {
  const html = reportHtml(t);

  it('is one self-contained file: inline style and SVG, print rules, no external resource, no script but the JSON', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('@page { size: auto; margin: 15mm; }');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<link|<img|src=|@import|url\(/);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script type="application/json" id="floatplan-topology">');
    expect(html.match(/<svg/g)).toHaveLength(t.rules.filter((r) => r.floatingIp).length);
  });

  it('has the title, the description, every VM, the mapping, every diagnostic with its source, the scripts', () => {
    expect(html).toContain(escapeHtml(t.name));
    for (const vm of t.vms) expect(html).toContain(`VM ${vm.name} (`);
    for (const d of validate(t)) {
      expect(html).toContain(escapeHtml(messageOf(d)));
      expect(html).toContain(escapeHtml(d.source));
    }
    expect(html).toContain('VM1.windows-powershell.ps1');
    expect(html).toContain('VM2.ubuntu.sh');
  });

  it(`draws at most ${MAX_DIAGRAMS} floating rules and says how many more there are`, () => {
    const many = {
      ...t,
      rules: Array.from({ length: MAX_DIAGRAMS + 3 }, (_, i) => ({ ...t.rules[0]!, name: `r${i}`, frontendPort: 1000 + i })),
    };
    const out = reportHtml(many);
    expect(out.match(/<svg/g)).toHaveLength(MAX_DIAGRAMS);
    expect(out).toContain('3 more floating rules are not drawn here');
  });

  it('is deterministic', () => {
    expect(reportHtml(t)).toBe(html);
  });

  it('speaks Japanese with locale ja', () => {
    expect(reportHtml(t, { locale: 'ja' })).toContain('<html lang="ja">');
    expect(reportHtml(t, { locale: 'ja' })).toContain('マッピング');
  });

  it('escapes every value, so a hostile name cannot add markup or close the JSON', () => {
    const out = reportHtml(hostile);
    // The JSON element ends at the first </script> (as a browser reads it); outside it there is no script at all.
    const outside = out.replace(/<script type="application\/json" id="floatplan-topology">[\s\S]*?<\/script>/, '');
    expect(outside).not.toMatch(/<script/i);
    expect(outside).not.toContain('<img');
    expect(out).not.toContain('<!-- x');
    expect(outside).toContain('&lt;img');
    const json = topologyFromReport(out)!;
    expect(JSON.parse(json)).toEqual(hostile);
  });
});

describe('reportMarkdown', () => {
  const md = reportMarkdown(t);

  it('has tables, the diagrams in <details>, the scripts fenced, the JSON fenced at the end', () => {
    expect(md.startsWith(`# Design report: ${escapeMarkdown(t.name)}`)).toBe(true);
    expect(md).toContain('| Rule | VM | Frontend |');
    expect(md.match(/<details>/g)).toHaveLength(2);
    expect(md).toContain('```bash');
    expect(md.trimEnd().endsWith('```')).toBe(true);
    expect(reportMarkdown(t)).toBe(md);
  });

  it('escapes | and markup in cells', () => {
    const out = reportMarkdown(hostile);
    expect(out).toContain('a \\| b \\<img');
    expect(JSON.parse(topologyFromReport(out)!)).toEqual(hostile);
  });
});

describe('topologyFromReport', () => {
  it('gives back the topology of an HTML or Markdown report, which the loader accepts', () => {
    for (const text of [reportHtml(t), reportMarkdown(t, { locale: 'ja' })]) {
      const loaded = loadTopology(topologyFromReport(text)!);
      expect(loaded.ok && loaded.topology).toEqual(migrateV1(t));
    }
  });

  it('is undefined for other text', () => {
    expect(topologyFromReport('{"version":1}')).toBeUndefined();
    expect(topologyFromReport('<!DOCTYPE html><p>hi</p>')).toBeUndefined();
    expect(topologyFromReport('# notes\n```json\n{}\n```\n')).toBeUndefined();
  });

  it('escapes helpers', () => {
    expect(escapeHtml(`<a & "b" 'c'>`)).toBe('&lt;a &amp; &quot;b&quot; &#39;c&#39;&gt;');
    expect(escapeMarkdown('a|b*c\nd')).toBe('a\\|b\\*c<br>d');
  });
});
