import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canvasSvg } from '../core/document/canvasSvg';
import { drawioXml } from '../core/document/drawio';
import { mermaidFlowchart } from '../core/document/mermaid';
import { lbView } from '../core/topology/design';
import { loadTopology } from '../core/topology/load';
import { analyze } from '../core/validation/analyze';
import { runCli, tempDirs } from './runCli.testing';

const TYPE2 = 'public/examples/type2-floating-ip.json';
const tempDir = tempDirs();
const topology = () => {
  const r = loadTopology(readFileSync(TYPE2, 'utf8'));
  if (!r.ok) throw new Error('example does not load');
  return lbView(r.topology);
};

describe('floatplan draw', () => {
  it("prints the core's draw.io file and Mermaid flowchart, in English or Japanese; exit 0", () => {
    const drawio = runCli(['draw', TYPE2, '--format', 'drawio']);
    expect(drawio).toEqual({ code: 0, out: drawioXml(topology()).trimEnd(), err: '' });
    const mermaid = runCli(['draw', TYPE2, '--format', 'mermaid', '--lang', 'ja']);
    expect(mermaid).toEqual({ code: 0, out: mermaidFlowchart(topology(), { locale: 'ja' }).trimEnd(), err: '' });
  });

  it('prints the canvas as a vector SVG in the chosen theme, with the badges of the diagnostics', () => {
    const t = topology();
    const svg = runCli(['draw', TYPE2, '--format', 'svg', '--theme', 'dark']);
    expect(svg.code).toBe(0);
    expect(svg.out).toBe(canvasSvg(t, { theme: 'dark', locale: 'en', diagnostics: analyze(t).diagnostics }).trimEnd());
    expect(svg.out).toMatch(/^<svg /);
  });

  it('writes --out', () => {
    const out = join(tempDir('floatplan-draw-'), 'lb.drawio');
    const r = runCli(['draw', TYPE2, '--format', 'drawio', '--out', out]);
    expect(r).toEqual({ code: 0, out: `wrote ${out}`, err: '' });
    expect(readFileSync(out, 'utf8')).toBe(drawioXml(topology()));
  });

  it('exits 2 for usage mistakes and unreadable files', () => {
    for (const args of [
      ['draw', TYPE2],
      ['draw', TYPE2, '--format', 'png'],
      ['draw', TYPE2, '--format', 'svg', '--theme', 'blue'],
      ['draw', TYPE2, '--format', 'mermaid', '--lang', 'fr'],
      ['draw', TYPE2, 'extra', '--format', 'drawio'],
      ['draw', '--format', 'drawio'],
      ['draw', 'nope.json', '--format', 'drawio'],
      ['draw', 'bad.json', '--format', 'drawio'],
      ['draw', TYPE2, '--format', 'drawio', '--colour'],
    ]) {
      const r = runCli(args, { 'bad.json': '{"version": 1}' });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^floatplan: /);
    }
    expect(runCli(['draw', TYPE2, '--format', 'png']).err).toMatch(/unknown format "png"; formats are svg, drawio, mermaid/);
  });

  it('is listed in the usage', () => {
    expect(runCli(['--help']).out).toContain('floatplan draw <file> --format svg|drawio|mermaid');
  });
});
