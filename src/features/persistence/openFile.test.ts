import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';
import { MAX_TOPOLOGY_FILE_BYTES } from '../../core/topology/limits';
import { reportHtml, reportMarkdown } from '../../core/document/report/report';
import { lbView, migrateV1 } from '../../core/topology/design';
import { fileTooLarge, looksLikeJson, openTopologyText, openTopologyTextWith } from './openFile';
import { serializeTopology } from './serialize';

describe('openTopologyText', () => {
  it('opens a v2 file', () => {
    expect(openTopologyText(serializeTopology(DEFAULT_TOPOLOGY), 'a.json')).toEqual({ ok: true, topology: DEFAULT_TOPOLOGY });
  });

  it('opens a v1 file as v2', () => {
    const v1 = lbView(DEFAULT_TOPOLOGY, 0);
    expect(openTopologyText(JSON.stringify(v1), 'a.json')).toEqual({ ok: true, topology: migrateV1(v1), migratedFrom: 1 });
  });

  it('opens a design report (HTML or Markdown) as the topology embedded in it', () => {
    const view = lbView(DEFAULT_TOPOLOGY, 0);
    expect(openTopologyText(reportHtml(view), 'r.html')).toMatchObject({ ok: true, topology: DEFAULT_TOPOLOGY });
    expect(openTopologyText(reportMarkdown(view, { locale: 'ja' }), 'r.md')).toMatchObject({ ok: true, topology: DEFAULT_TOPOLOGY });
  });

  it('lists every path-precise problem', () => {
    const doc = JSON.parse(serializeTopology(DEFAULT_TOPOLOGY));
    doc.loadBalancers[0].rules[0].frontendPort = '80a';
    doc.colour = 'red';
    const opened = openTopologyText(JSON.stringify(doc), 'bad.json');
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.message).toContain('Could not open “bad.json”');
    expect(opened.message).toContain('loadBalancers[0].rules[0].frontendPort: expected an integer, got "80a"');
    expect(opened.message).toContain('colour: unknown field');
  });
});

describe('openTopologyTextWith in Japanese', () => {
  it('lists the load errors in Japanese under the given heading, JSON paths kept', () => {
    const [lb] = DEFAULT_TOPOLOGY.loadBalancers;
    const doc = { ...DEFAULT_TOPOLOGY, loadBalancers: [{ ...lb, rules: [{ ...lb!.rules[0], frontendPort: '80a' }] }], colour: 'blue' };
    const opened = openTopologyTextWith(JSON.stringify(doc), '開けません', 'ja');
    expect(opened).toEqual({
      ok: false,
      message:
        '開けません\nloadBalancers[0].rules[0].frontendPort: 整数が必要ですが、"80a" でした\ncolour: 不明なフィールドです。削除するか、つづりを確認してください',
    });
  });
});

describe('looksLikeJson', () => {
  it('goes by type or extension', () => {
    expect(looksLikeJson({ name: 'x.JSON', type: '' })).toBe(true);
    expect(looksLikeJson({ name: 'x', type: 'application/json' })).toBe(true);
    expect(looksLikeJson({ name: 'x.png', type: 'image/png' })).toBe(false);
    expect(looksLikeJson({ name: 'report.html', type: '' })).toBe(true);
    expect(looksLikeJson({ name: 'report.md', type: '' })).toBe(true);
  });
});

describe('fileTooLarge', () => {
  it('refuses a file over MAX_TOPOLOGY_FILE_BYTES before it is read, in MB', () => {
    expect(fileTooLarge({ size: MAX_TOPOLOGY_FILE_BYTES })).toBeNull();
    expect(fileTooLarge({ size: 450_000_000 })).toEqual({ size: '450.0', max: '9' });
  });
});
