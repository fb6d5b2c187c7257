// Issue 21: each document Floatplan writes, of the ~1,000-element canvas bench topology, timed in the core
// (target < 2 s each). `npm run bench:documents [-- --json]`.
import { canvasSvg } from '../src/core/document/canvasSvg';
import { drawioXml } from '../src/core/document/drawio';
import { mermaidFlowchart } from '../src/core/document/mermaid';
import { reportHtml } from '../src/core/document/report/html';
import { reportMarkdown } from '../src/core/document/report/markdown';
import { analyze } from '../src/core/validation/analyze';
import { designCanvasSvg } from '../src/core/document/designCanvasSvg';
import { designDrawioXml, designMermaidFlowchart } from '../src/core/document/designChart';
import { benchLbTopology, benchTopology } from '../src/features/canvas/benchTopology';

const topology = benchLbTopology();
const elements = topology.frontends.length + topology.rules.length + topology.backendPools.length + topology.vms.length;
const diagnostics = analyze(topology).diagnostics;
const outputs: Record<string, () => string> = {
  'canvas SVG': () => canvasSvg(topology, { diagnostics }),
  'draw.io': () => drawioXml(topology),
  Mermaid: () => mermaidFlowchart(topology),
  'report HTML': () => reportHtml(topology),
  'report Markdown': () => reportMarkdown(topology),
  // The same elements as the canvas bench spreads them: four load balancers sharing the VMs (issue 19). Each sample
  // gets a new design object, so nothing comes from the previous sample's caches.
  'design canvas SVG': () => designCanvasSvg(fresh()),
  'design draw.io': () => designDrawioXml(fresh()),
  'design Mermaid': () => designMermaidFlowchart(fresh()),
  'design report HTML': () => reportHtml(fresh()),
  'design report Markdown': () => reportMarkdown(fresh()),
};

function fresh() {
  const t = benchTopology();
  return { ...t, loadBalancers: t.loadBalancers.map((lb) => ({ ...lb })) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results = Object.entries(outputs).map(([name, make]) => {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    bytes = make().length;
    times.push(performance.now() - start);
  }
  return { name, ms: Math.round(median(times)), bytes };
});

if (process.argv.includes('--json')) console.log(JSON.stringify({ elements, results }));
else {
  console.log(`documents of the canvas bench topology (${elements} elements), median of 5, target < 2000 ms each`);
  for (const r of results) console.log(`  ${r.name.padEnd(24)} ${String(r.ms).padStart(6)} ms  ${(r.bytes / 1024).toFixed(0)} KB`);
}
