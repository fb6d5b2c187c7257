import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { natRule, rule, topology, vm } from '../testing/builders';
import { fuzzRuns, HOSTILE_NAMES, hostileTopology } from '../testing/hostile';
import { PRESET_NAMES, preset } from '../testing/presets';
import type { LbTopology } from '../topology/schema';
import { drawioXml } from './drawio';
import { mermaidFlowchart, mermaidMarkdown, mermaidText } from './mermaid';
import { chartNodes, chartWires } from './wires';

// A minimal XML reader for what drawioXml writes: elements with attributes, nothing else. It fails on anything it
// does not understand, so a name that broke out of its attribute fails the test.
interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
}
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  if (/[<>]/.test(s)) throw new Error(`raw markup in an attribute: ${s}`);
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);|&/gi, (whole, e: string | undefined) => {
    if (e === undefined) throw new Error(`bare & in ${s}`);
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    if (!(e in ENTITIES)) throw new Error(`unknown entity ${whole}`);
    return ENTITIES[e]!;
  });
}
function parseXml(xml: string): El {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const root: El = { name: '#root', attrs: {}, children: [] };
  const stack = [root];
  const tag = /\s*<(\/?)([A-Za-z][\w]*)((?:\s+[\w:]+="[^"<]*")*)\s*(\/?)>\s*/y;
  let at = 0;
  while (at < body.length) {
    tag.lastIndex = at;
    const m = tag.exec(body);
    if (!m) throw new Error(`cannot read XML at ${at}: ${body.slice(at, at + 60)}`);
    at = tag.lastIndex;
    const [, close, name, attrText, selfClose] = m;
    if (close) {
      const open = stack.pop()!;
      if (open.name !== name) throw new Error(`</${name}> closes <${open.name}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText!.matchAll(/([\w:]+)="([^"]*)"/g)) {
      if (a[1]! in attrs) throw new Error(`attribute ${a[1]} twice`);
      attrs[a[1]!] = unescapeXml(a[2]!);
    }
    const el: El = { name: name!, attrs, children: [] };
    stack[stack.length - 1]!.children.push(el);
    if (!selfClose) stack.push(el);
  }
  if (stack.length !== 1) throw new Error('unclosed element');
  return root;
}
function cellsOf(xml: string): El[] {
  const [mxfile] = parseXml(xml).children;
  expect(mxfile!.name).toBe('mxfile');
  const model = mxfile!.children[0]!.children[0]!;
  expect(model.name).toBe('mxGraphModel');
  const root = model.children[0]!;
  expect(root.name).toBe('root');
  return root.children;
}

// Characters XML 1.0 cannot hold: C0 controls other than tab and line breaks, U+FFFE/U+FFFF, lone surrogates.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** What XML 1.0 can hold of a text: line breaks as \n, other characters it cannot hold as U+FFFD. */
const xmlSafe = (s: string) => s.replace(NOT_XML, '\ufffd').replace(/\r\n|\r/g, '\n');

/** Checks that the draw.io file has every element and wire of `t`, and returns its cells. */
function checkDrawio(t: LbTopology) {
  const xml = drawioXml(t);
  // A real XML parser agrees it is well-formed, besides the strict reader above.
  expect(XMLValidator.validate(xml)).toBe(true);
  const cells = cellsOf(xml);
  expect(cells.every((c) => c.name === 'mxCell')).toBe(true);
  const ids = cells.map((c) => c.attrs.id);
  expect(new Set(ids).size).toBe(ids.length);
  const vertices = cells.filter((c) => c.attrs.vertex === '1');
  const edges = cells.filter((c) => c.attrs.edge === '1');
  const nodes = chartNodes(t);
  expect(vertices).toHaveLength(nodes.length);
  nodes.forEach((n, i) => {
    const v = vertices[i]!;
    expect(v.attrs.value).toBe(xmlSafe([n.title, ...n.facts].join('\n')));
    expect(v.attrs.style).toMatch(/^image;.*image=img\/lib\/azure2\/\w+\/\w+\.svg;$/);
    const geometry = v.children[0]!;
    expect(geometry.name).toBe('mxGeometry');
    expect(Number(geometry.attrs.x)).toBeCloseTo(n.x, 1);
    expect(Number(geometry.attrs.y)).toBeCloseTo(n.y, 1);
  });
  const vertexOf = new Map<string, string | undefined>();
  nodes.forEach((n, i) => vertexOf.has(n.id) || vertexOf.set(n.id, vertices[i]!.attrs.id));
  const wires = chartWires(t);
  expect(edges).toHaveLength(wires.length);
  wires.forEach((w, i) => {
    expect(edges[i]!.attrs.source).toBe(vertexOf.get(w.source));
    expect(edges[i]!.attrs.target).toBe(vertexOf.get(w.target));
  });
  return { xml, vertices, edges };
}

const full = topology({
  rules: [rule('r1', { floatingIp: true }), rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0, frontend: 'FE2' })],
  inboundNatRules: [natRule('rdp1')],
  backendPools: [{ name: 'pool', members: ['VM1', 'VM2'], frontendIpHolder: 'cluster-pacemaker' }],
  vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5', { os: 'windows' })],
  layout: { 'frontend:FE1': { x: 10, y: 20 }, VM2: { x: 700, y: 33.333 } },
});

describe('drawioXml', () => {
  it('draws every element with its facts, draw.io Azure stencils, and every wire between existing cells', () => {
    const { vertices, edges } = checkDrawio(full);
    const labels = vertices.map((v) => v.attrs.value);
    expect(labels).toEqual([
      'Frontend FE1\n203.0.113.1',
      'Frontend FE2\n203.0.113.2',
      'Rule r1\nTCP 80 → 80\nfloating IP on',
      'Rule ha\nHA ports\nfloating IP off',
      'Inbound NAT rule rdp1\nTCP 50001 → 3389\nfloating IP off',
      'Backend pool pool\nPacemaker cluster',
      'VM VM1\n10.0.0.4\nubuntu',
      'VM VM2\n10.0.0.5\nwindows',
      'Health probe p80\nTCP 80',
    ]);
    expect(vertices[0]!.attrs.style).toContain('image=img/lib/azure2/networking/Public_IP_Addresses.svg;');
    expect(vertices[2]!.attrs.style).toContain('image=img/lib/azure2/networking/Load_Balancers.svg;');
    expect(vertices[7]!.attrs.style).toContain('image=img/lib/azure2/compute/Virtual_Machine.svg;');
    // FE1→r1, r1→pool, FE2→ha, ha→pool, pool→VM1, pool→VM2, FE1→rdp1, rdp1→VM1, r1→p80, ha→p80
    expect(edges).toHaveLength(10);
    expect(edges.filter((e) => e.attrs.style!.includes('dashed=1'))).toHaveLength(2);
  });

  it('places nodes at their layout positions, the others in a column per kind below them', () => {
    const nodes = chartNodes(full);
    expect(nodes.find((n) => n.id === 'frontend:FE1')).toMatchObject({ x: 10, y: 20 });
    expect(nodes.find((n) => n.id === 'vm:VM2')).toMatchObject({ x: 700, y: 33.333 });
    const fe2 = nodes.find((n) => n.id === 'frontend:FE2')!;
    const vm1 = nodes.find((n) => n.id === 'vm:VM1')!;
    expect(fe2.x).toBe(0);
    expect(vm1.x).toBeGreaterThan(fe2.x);
    expect(fe2.y).toBeGreaterThan(33.333);
  });

  it('round-trips the layout: the mxGeometry of each placed element is its saved position', () => {
    const { vertices } = checkDrawio(full);
    const nodes = chartNodes(full);
    const placed = Object.entries(full.layout!);
    expect(placed.length).toBeGreaterThan(0);
    for (const [key, at] of placed) {
      const i = nodes.findIndex((n) => n.id === key || n.id.endsWith(`:${key}`));
      expect(i, key).toBeGreaterThanOrEqual(0);
      const geometry = vertices[i]!.children[0]!;
      // draw.io keeps two decimals of a position.
      expect(Number(geometry.attrs.x), key).toBeCloseTo(at.x, 2);
      expect(Number(geometry.attrs.y), key).toBeCloseTo(at.y, 2);
    }
  });

  it('speaks Japanese', () => {
    const xml = drawioXml(full, { locale: 'ja' });
    expect(xml).toContain('フロントエンド FE1');
    expect(xml).toContain('フローティング IP 有効');
    expect(xml).toContain('正常性プローブ p80');
  });

  it('is deterministic', () => {
    expect(drawioXml(full)).toBe(drawioXml(structuredClone(full)));
  });

  it.each(PRESET_NAMES)('reads back every element and wire of the example %s', (name) => {
    checkDrawio(preset(name));
  });

  it('keeps hostile names inside their attributes', () => {
    for (const name of [...HOSTILE_NAMES, '"/><mxCell id="x', '\u0001\n\r\t', '&#xa;', '\ud800']) {
      const t = topology({ frontends: [{ name, ip: name }], rules: [rule('r1', { frontend: name })] });
      t.loadBalancer.name = name;
      const { vertices } = checkDrawio(t);
      expect(vertices[0]!.attrs.value).toContain('Frontend ');
    }
  });

  it('survives hostile topologies', () => {
    fc.assert(
      fc.property(hostileTopology(), (t) => {
        checkDrawio(t);
      }),
      fuzzRuns(50),
    );
  });
});

/** The node lines and edge lines of a flowchart. */
function readMermaid(text: string) {
  const lines = text.trimEnd().split('\n');
  expect(lines[0]).toBe('flowchart LR');
  const nodes: { id: string; label: string }[] = [];
  const edges: { from: string; arrow: string; to: string }[] = [];
  for (const line of lines.slice(1)) {
    const node = /^ {2}(\w+)(\(\[|\[\[|\[|\{\{)"([^"]*)"(\]\)|\]\]|\]|\}\})$/.exec(line);
    const edge = /^ {2}(\w+) (-->|-\.->) (\w+)$/.exec(line);
    if (node) nodes.push({ id: node[1]!, label: node[3]! });
    else if (edge) edges.push({ from: edge[1]!, arrow: edge[2]!, to: edge[3]! });
    else throw new Error(`unexpected line: ${line}`);
  }
  return { nodes, edges };
}
const unescapeMermaid = (s: string) =>
  s.replace(/#(quot|lt|gt|amp|\d+);/g, (_, e: string) => ({ quot: '"', lt: '<', gt: '>', amp: '&' })[e] ?? String.fromCodePoint(Number(e)));

function checkMermaid(t: LbTopology) {
  const text = mermaidFlowchart(t);
  const { nodes, edges } = readMermaid(text);
  const chart = chartNodes(t);
  expect(nodes).toHaveLength(chart.length);
  expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
  chart.forEach((n, i) => {
    const label = nodes[i]!.label;
    expect(label.replace(/<br\/>/g, '')).not.toMatch(/["<>`]|#(?!(quot|lt|gt|amp|\d+);)/);
    expect(label.split('<br/>').map(unescapeMermaid)).toEqual(
      // eslint-disable-next-line no-control-regex -- replacing control characters is the point
      [n.title, ...n.facts].map((s) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')),
    );
  });
  const idOf = new Map<string, string>();
  chart.forEach((n, i) => idOf.has(n.id) || idOf.set(n.id, nodes[i]!.id));
  const wires = chartWires(t);
  expect(edges).toHaveLength(wires.length);
  wires.forEach((w, i) => {
    expect(edges[i]).toEqual({ from: idOf.get(w.source), arrow: w.kind === 'rule-probe' ? '-.->' : '-->', to: idOf.get(w.target) });
  });
  return text;
}

describe('mermaidFlowchart', () => {
  it('draws every element with its facts and every wire', () => {
    const text = checkMermaid(full);
    expect(text).toContain('  frontend_FE1(["Frontend FE1<br/>203.0.113.1"])');
    expect(text).toContain('  rule_r1["Rule r1<br/>TCP 80 → 80<br/>floating IP on"]');
    expect(text).toContain('  backendPool_pool[["Backend pool pool<br/>Pacemaker cluster"]]');
    expect(text).toContain('  probe_p80{{"Health probe p80<br/>TCP 80"}}');
    expect(text).toContain('  frontend_FE1 --> rule_r1');
    expect(text).toContain('  rule_r1 -.-> probe_p80');
  });

  it('escapes labels and sanitises ids, so no name breaks out', () => {
    expect(mermaidText('a "b" --> c] | d #e <f> `g`')).toBe('a #quot;b#quot; --#gt; c] | d #35;e #lt;f#gt; #96;g#96;');
    for (const name of [...HOSTILE_NAMES, 'x"]; A-->B', 'a|b|', '-->', 'end', 'a\nb', 'a b', 'a_b']) {
      const t = topology({
        frontends: [
          { name, ip: name },
          { name: `${name}!`, ip: '1' },
        ],
        rules: [rule('r1', { frontend: name })],
      });
      checkMermaid(t);
    }
  });

  it('speaks Japanese, and wraps in a Markdown block', () => {
    expect(mermaidFlowchart(full, { locale: 'ja' })).toContain('バックエンド プール pool<br/>Pacemaker クラスター');
    expect(mermaidMarkdown(full)).toBe(`\`\`\`mermaid\n${mermaidFlowchart(full)}\`\`\`\n`);
  });

  it('is deterministic', () => {
    expect(mermaidFlowchart(full)).toBe(mermaidFlowchart(structuredClone(full)));
  });

  it.each(PRESET_NAMES)('has every element and wire of the example %s', (name) => {
    checkMermaid(preset(name));
  });

  it('survives hostile topologies', () => {
    fc.assert(
      fc.property(hostileTopology(), (t) => {
        checkMermaid(t);
      }),
      fuzzRuns(50),
    );
  });
});
