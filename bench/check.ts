// `npx tsx --expose-gc bench/check.ts [runs]`: `floatplan check --format sarif` on the exported largest topology
// (ARM, Bicep, Terraform and the topology itself), each against `floatplan import` of the same file (its floor:
// check imports, then validates, locates and formats), through the CLI's commands in-process.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main';
import { processIo } from '../src/cli/io';
import { exportTopology } from '../src/core/export/export';
import { benchDir } from './benchDir';
import { largestTopology } from './largest';
import { paired } from './measure';
import { quietIo } from './quietIo';

const runs = Number(process.argv[2] ?? 3);
const dir = benchDir();
const t = largestTopology(1);
const files = {
  arm: 'lb.json',
  bicep: 'lb.bicep',
  terraform: 'main.tf',
  topology: 'topology.json',
};
writeFileSync(join(dir, files.arm), exportTopology(t, 'arm').text);
writeFileSync(join(dir, files.bicep), exportTopology(t, 'bicep').text);
writeFileSync(join(dir, files.terraform), exportTopology(t, 'terraform').text);
writeFileSync(join(dir, files.topology), JSON.stringify(t));
const io = { ...quietIo, readDir: processIo.readDir!, cwd: () => dir };
const run = async (argv: string[]) => {
  const code = await main(argv, io);
  if (code === 3 || code === 2) throw new Error(`bench: ${argv.join(' ')} exited ${code}`);
};
const out: Record<string, unknown> = {};
try {
  for (const [format, name] of Object.entries(files)) {
    const file = join(dir, name);
    const check = () => run(['check', file, '--format', 'sarif', '--out', join(dir, 'out.sarif'), '--no-config']);
    // A topology is not imported: its floor is validate.
    const floor = format === 'topology' ? () => run(['validate', file]) : () => run(['import', file]);
    out[format] = await paired(check, floor, runs, format !== 'terraform');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(out, null, 2));
