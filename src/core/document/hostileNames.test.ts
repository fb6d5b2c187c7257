// Issue 21: a hostile name never runs script or breaks out of its markup in any document Floatplan writes.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rule, topology, vm } from '../testing/builders';
import { canvasSvg } from './canvasSvg';
import { drawioXml } from './drawio';
import { mermaidFlowchart } from './mermaid';
import { reportHtml } from './report/html';
import { reportMarkdown } from './report/markdown';
import { designCanvasSvg } from './designCanvasSvg';
import { designDrawioXml, designMermaidFlowchart } from './designChart';
import { migrateV1 } from '../topology/design';
import type { Topology } from '../topology/schema';

const IMG = '<img src=x onerror=alert(1)>';
const BREAK = '</text><script>alert(2)</script>';
const hostile = topology({
  name: `T ${IMG}`,
  frontends: [{ name: IMG, ip: '203.0.113.1' }],
  backendPools: [{ name: BREAK, members: ['VM1', 'VM2'] }],
  rules: [rule('r1', { frontend: IMG, backendPool: BREAK, floatingIp: true })],
  vms: [vm('VM1', '10.0.0.4'), vm(`VM2`, '10.0.0.5')],
});

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml) as unknown;
const allText = (node: unknown): string[] =>
  typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(allText) : [];

describe('hostile names in every document', () => {
  it('the canvas SVG keeps them as text: no script or img element, both names readable', () => {
    const svg = canvasSvg(hostile);
    expect(svg).not.toMatch(/<script|<img|<foreignObject/i);
    const text = allText(parse(svg)).join('\n');
    expect(text).toContain(IMG);
    expect(text).toContain(BREAK);
  });

  it('the draw.io file keeps them inside attributes: no element of their making', () => {
    const xml = drawioXml(hostile);
    expect(xml).not.toMatch(/<script|<img/i);
    expect(JSON.stringify(parse(xml))).toContain('onerror=alert(1)');
  });

  it('the Mermaid flowchart has no raw angle brackets from a name', () => {
    const chart = mermaidFlowchart(hostile);
    expect(chart).not.toContain('<img');
    expect(chart).not.toContain('<script');
    expect(chart).not.toContain('</text>');
  });

  it('the HTML report has exactly one script element (the embedded JSON) and no img', () => {
    const html = reportHtml(hostile);
    // The JSON may hold the names' text (with `</` written `<\/`, so it cannot close its element); outside it, nothing.
    const embedded = /<script type="application\/json" id="floatplan-topology">[\s\S]*?<\/script>/;
    expect(html).toMatch(embedded);
    const rest = html.replace(embedded, '');
    expect(rest).not.toMatch(/<script\b/i);
    expect(rest).not.toMatch(/<img\b/i);
    expect(html.match(embedded)![0].slice(0, -'</script>'.length)).not.toContain('</');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('the Markdown report escapes them outside code blocks', () => {
    const md = reportMarkdown(hostile);
    const outsideCode = md.split(/^```[\s\S]*?^```/m).join('');
    // A backslash-escaped `\<` is a literal "<" in Markdown, not the start of a tag.
    expect(outsideCode).not.toMatch(/(^|[^\\])<img src=x onerror/m);
    expect(outsideCode).not.toMatch(/(^|[^\\])<\/text>(\\)?<script>/m);
    expect(outsideCode).not.toMatch(/(^|[^\\])<script>/m);
  });

  it('a design of several load balancers keeps hostile load balancer and element names as text in every document', () => {
    const one = migrateV1(hostile);
    const design: Topology = {
      ...one,
      loadBalancers: [
        { ...one.loadBalancers[0]!, name: IMG },
        { ...one.loadBalancers[0]!, name: BREAK, type: 'Internal', frontends: [{ name: IMG, ip: '10.0.0.100' }] },
      ],
    };
    const svg = designCanvasSvg(design);
    expect(svg).not.toMatch(/<script|<img|<foreignObject/i);
    expect(allText(parse(svg)).join('\n')).toContain(BREAK);
    const xml = designDrawioXml(design);
    expect(xml).not.toMatch(/<script|<img/i);
    expect(JSON.stringify(parse(xml))).toContain('onerror=alert(1)');
    const chart = designMermaidFlowchart(design);
    expect(chart).not.toMatch(/<img|<script|<\/text>/);
    const html = reportHtml(design).replace(/<script type="application\/json" id="floatplan-topology">[\s\S]*?<\/script>/, '');
    expect(html).not.toMatch(/<script\b|<img\b/i);
    const md = reportMarkdown(design)
      .split(/^```[\s\S]*?^```/m)
      .join('');
    expect(md).not.toMatch(/(^|[^\\])<img src=x onerror/m);
    expect(md).not.toMatch(/(^|[^\\])<script>/m);
  });
});
