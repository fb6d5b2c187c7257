// The user paths beyond validate + map, on the largest load balancer (1×) and one twice that size (2×), each
// against a baseline sampled alternately with it: `script --all` and the exports against validate (imports: imports.ts).
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptCommand } from '../src/cli/script';
import { validateCommand } from '../src/cli/validate';
import { exportTopology } from '../src/core/export/export';
import type { ExportFormat } from '../src/core/export/types';
import { validate } from '../src/core/validation/analyze';
import { benchDir } from './benchDir';
import { largestTopology } from './largest';
import { paired, scaled, scaledBy, type Scaled } from './measure';
import { quietIo } from './quietIo';

/**
 * `floatplan script <file> --all --out <dir>` run in-process (the CLI's own command, writing every file), against
 * `floatplan validate <file>` in the same way; `runs` pairs at each size.
 */
export async function scriptAll(runs: number): Promise<Scaled> {
  const dir = benchDir();
  try {
    const at = async (factor: number) => {
      const file = join(dir, `largest${factor}.json`);
      writeFileSync(file, JSON.stringify(largestTopology(factor)));
      const out = join(dir, 'out');
      // The last sample's files are removed before each sample, untimed: removing 4,000 files is no part of the command.
      const clear = () => rmSync(out, { recursive: true, force: true });
      const script = () => scriptCommand(quietIo, [file, '--all', '--out', out]);
      return paired(script, () => validateCommand(quietIo, file, false), runs, false, clear);
    };
    return scaled(await at(1), await at(2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Peak RSS and retained heap of one path in a fresh process (bench/peak.ts). */
export function peak(path: string, factor = 1): { peakMB: number; heapMB: number } {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/peak.ts', path, String(factor)], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as { peakMB: number; heapMB: number };
}

/** Each export of the largest topology against validate (which every export runs first). */
export async function exportsOf(runs: number): Promise<Record<ExportFormat, Scaled>> {
  const result: Partial<Record<ExportFormat, Scaled>> = {};
  const t1 = largestTopology(1);
  const t2 = largestTopology(2);
  for (const format of ['arm', 'bicep', 'terraform', 'azcli'] as const) {
    const at = (t: typeof t1) =>
      paired(
        () => exportTopology(t, format),
        () => validate(t),
        runs,
      );
    // 2× against 1× sampled alternately: the ratio of two medians taken apart swings with the load.
    const doubling = await paired(
      () => exportTopology(t2, format),
      () => exportTopology(t1, format),
      runs,
    );
    result[format] = scaledBy(await at(t1), await at(t2), doubling);
  }
  return result as Record<ExportFormat, Scaled>;
}
