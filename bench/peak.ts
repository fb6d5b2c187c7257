// A fresh process for one peak-memory sample: `node --expose-gc --import tsx bench/peak.ts <path> <factor>`
// prints {"peakMB","heapMB"}: the process's peak RSS, and the heap still used (after a full collection) while the
// result is held. A fresh process, so no earlier sample's peak counts.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptCommand } from '../src/cli/script';
import { validateCommand } from '../src/cli/validate';
import { analyze, validate } from '../src/core/validation/analyze';
import { largestTopology } from './largest';
import { benchDir } from './benchDir';
import { quietIo } from './quietIo';

const [path = 'analyze', factor = '1'] = process.argv.slice(2);
const topology = largestTopology(Number(factor));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const dir = benchDir();
const file = join(dir, 'topology.json');
writeFileSync(file, JSON.stringify(topology));
gc();
let held: unknown;
if (path === 'analyze') held = analyze(topology);
// The analysis once every row is read (what a view of all the rows, or `map`, holds).
else if (path === 'analyze-read') held = [...analyze(topology).rows];
else if (path === 'validate') held = validate(topology);
else if (path === 'cli-validate') held = validateCommand(quietIo, file, false);
else if (path === 'script-all') held = scriptCommand(quietIo, [file, '--all', '--out', join(dir, 'out')]);
else throw new Error(`unknown path ${path}`);
gc();
const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
console.log(JSON.stringify({ peakMB: Math.round(process.resourceUsage().maxRSS / 1024), heapMB: Math.round(heapMB), held: typeof held }));
rmSync(dir, { recursive: true, force: true });
