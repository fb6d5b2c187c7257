import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { elementsOf, NODE_KINDS } from '../edit/ids';
import { preset, PRESET_NAMES } from '../testing/presets';
import type { LbTopology } from '../topology/schema';
import { validate } from '../validation/analyze';
import { escapeXml } from '../diagram/text';
import { canvasSvg } from './canvasSvg';

const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
const wellFormed = (svg: string) => expect(XMLValidator.validate(svg)).toBe(true);

describe('canvasSvg', () => {
  it.each(PRESET_NAMES)('%s: well-formed vector SVG with a node named for every element', (name) => {
    const t = preset(name);
    const svg = canvasSvg(t, { diagnostics: validate(t) });
    wellFormed(svg);
    expect(svg).not.toMatch(/foreignObject|<div|<span|xhtml/i);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img"/);
    expect(svg).toMatch(/<title id="fp-title">/);
    expect(svg).toMatch(/<desc id="fp-desc">/);
    expect(svg).toMatch(/viewBox="-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+"/);
    const shown = texts(svg);
    for (const kind of NODE_KINDS) for (const e of elementsOf(t, kind)) expect(shown, `${kind} ${e.name}`).toContain(escapeXml(e.name));
    for (const probe of t.probes) expect(shown, `probe ${probe.name}`).toContain(escapeXml(probe.name));
  });

  it('draws a wire for frontend → rule, rule → pool, pool → VM and rule → probe', () => {
    const t = preset('type2-floating-ip');
    const svg = canvasSvg(t);
    const rule = t.rules[0]!;
    expect(svg).toContain(`data-source="frontend:${rule.frontend}" data-target="rule:${rule.name}"`);
    expect(svg).toContain(`data-source="rule:${rule.name}" data-target="backendPool:${rule.backendPool}"`);
    if (rule.probe) expect(svg).toContain(`data-source="rule:${rule.name}" data-target="probe:${rule.probe}"`);
    expect(svg).toMatch(/data-source="backendPool:[^"]+" data-target="vm:/);
    expect(svg).toMatch(/<path class="wire wire--ok"[^>]* d="M [\d.-]+ [\d.-]+ C /);
  });

  it('shows the facts the canvas nodes show', () => {
    const t = preset('type2-floating-ip');
    const shown = texts(canvasSvg(t)).join('\n');
    expect(shown).toContain(t.frontends[0]!.ip);
    expect(shown).toContain(t.vms[0]!.nic.ip);
    expect(shown).toContain(t.vms[0]!.os);
    expect(shown).toMatch(/Floating IP (on|off)/);
  });

  it('escapes hostile names', () => {
    const base = preset('type2-floating-ip');
    const hostile = `<vm & "x" 'y'>`;
    const old = base.vms[0]!.name;
    const t: LbTopology = {
      ...base,
      name: `a<b & "c"`,
      vms: base.vms.map((v) => (v.name === old ? { ...v, name: hostile } : v)),
      backendPools: base.backendPools.map((p) => ({
        ...p,
        members: p.members.map((m) => (typeof m === 'string' ? (m === old ? hostile : m) : m.vm === old ? { ...m, vm: hostile } : m)),
      })),
    };
    const svg = canvasSvg(t);
    wellFormed(svg);
    expect(svg).toContain('&lt;vm &amp; &quot;x&quot; &apos;y&apos;&gt;');
    expect(svg).not.toContain(hostile);
    expect(svg).toContain('a&lt;b &amp; &quot;c&quot;');
  });

  it('draws dark in other colours than light', () => {
    const t = preset('type2-floating-ip');
    const light = canvasSvg(t, { theme: 'light' });
    const dark = canvasSvg(t, { theme: 'dark' });
    expect(light).toContain('fill="#f6f7f9"');
    expect(dark).toContain('fill="#0d1117"');
    expect(dark).not.toContain('fill="#ffffff"');
    expect(light.replace(/#[0-9a-f]{6}/g, '')).toBe(dark.replace(/#[0-9a-f]{6}/g, ''));
  });

  it('is deterministic', () => {
    for (const name of PRESET_NAMES) {
      const t = preset(name);
      const d = validate(t);
      expect(canvasSvg(t, { diagnostics: d, locale: 'ja' })).toBe(
        canvasSvg(structuredClone(t), { diagnostics: structuredClone(d), locale: 'ja' }),
      );
    }
  });

  it('puts an error badge on the elements of an error', () => {
    const base = preset('type2-floating-ip');
    // A second rule on the same frontend and port: Azure refuses the pair.
    const t: LbTopology = { ...base, rules: [...base.rules, { ...base.rules[0]!, name: 'clash' }] };
    const diagnostics = validate(t);
    const error = diagnostics.find((d) => d.severity === 'error');
    expect(error).toBeDefined();
    const svg = canvasSvg(t, { diagnostics });
    wellFormed(svg);
    expect(svg).toContain('class="badge badge--error"');
    expect(texts(svg).some((s) => /^\d+ errors?$/.test(s))).toBe(true);
    const ref = error!.refs.find((r) => r.kind !== 'loadBalancer')!;
    const group = svg.slice(svg.indexOf(`data-id="${ref.kind}:${ref.name}"`));
    expect(group.slice(0, group.indexOf('</g>'))).toContain('badge--error');
    expect(canvasSvg(t)).not.toContain('badge--error');
  });

  it('speaks Japanese', () => {
    const svg = canvasSvg(preset('type2-floating-ip'), { locale: 'ja' });
    wellFormed(svg);
    expect(svg).toContain('バックエンド プール');
    expect(svg).toContain('Floatplan キャンバス');
  });

  it('places nodes without a position in columns by kind, and nodes with one where the layout says', () => {
    const base = preset('type2-floating-ip');
    const bare = canvasSvg({ ...base, layout: undefined });
    wellFormed(bare);
    const fe = base.frontends[0]!.name;
    const at = canvasSvg({ ...base, layout: { [`frontend:${fe}`]: { x: 1234, y: 567 } } });
    expect(at).toMatch(new RegExp(`data-id="frontend:${fe}">\\n<rect x="1234" y="567"`));
  });

  it('widens an automatic column for a long name, so it does not run into the next one', () => {
    const base = preset('type2-floating-ip');
    const long = 'r'.repeat(60);
    const old = base.rules[0]!.name;
    const t: LbTopology = { ...base, layout: undefined, rules: base.rules.map((r) => (r.name === old ? { ...r, name: long } : r)) };
    const svg = canvasSvg(t);
    const box = (id: string) => {
      const m = new RegExp(`data-id="${id}">\\n<rect x="([\\d.-]+)" y="[\\d.-]+" width="([\\d.]+)"`).exec(svg)!;
      return { x: Number(m[1]), width: Number(m[2]) };
    };
    const rule = box(`rule:${long}`);
    const pool = box(`backendPool:${base.backendPools[0]!.name}`);
    expect(pool.x).toBeGreaterThan(rule.x + rule.width);
  });

  it('draws an empty topology', () => {
    const base = preset('type2-floating-ip');
    const svg = canvasSvg({ ...base, frontends: [], rules: [], backendPools: [], vms: [], probes: [], inboundNatRules: [], layout: {} });
    wellFormed(svg);
  });
});
