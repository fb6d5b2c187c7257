// `npm run bench -- imports`: the ARM, Bicep and Terraform imports of the exported largest topology (1× and 2×),
// ARM against validate of the same topology, Bicep and Terraform against the ARM import, and each 2× against its 1×.
import { nodeParsers } from '../src/cli/parsers';
import { exportTopology } from '../src/core/export/export';
import { importDefinition } from '../src/core/import/importDefinition';
import { configureParsers } from '../src/core/import/parsers';
import { importTerraform } from '../src/core/import/terraform/importTerraform';
import type { ImportFormat } from '../src/core/import/types';
import { validate } from '../src/core/validation/analyze';
import { largestTopology } from './largest';
import { paired, scaledBy, type Scaled } from './measure';

// Terraform at 2× is 5.9 MB, over the 4 MiB import limit (MAX_IMPORT_CHARS) that importDefinition checks first;
// the importer itself is called so the scaling can be measured at all.
const importOf = (format: ImportFormat, text: string) =>
  format === 'terraform' ? importTerraform(text) : importDefinition(text, { format });

async function imported(format: ImportFormat, text: string): Promise<void> {
  const r = await importOf(format, text);
  if (!r.ok) throw new Error(`bench: the ${format} import failed: ${JSON.stringify(r).slice(0, 500)}`);
}

/**
 * The ARM, Bicep and Terraform imports of the exported largest topology at 1× and 2×: ARM against validate of
 * the topology, Bicep and Terraform against the ARM import of the same topology.
 */
export async function importsOf(runs: number): Promise<Record<'arm' | 'bicep' | 'terraform', Scaled>> {
  configureParsers(nodeParsers);
  const sizes = [1, 2].map((factor) => {
    const t = largestTopology(factor);
    return {
      t,
      text: { arm: exportTopology(t, 'arm').text, bicep: exportTopology(t, 'bicep').text, terraform: exportTopology(t, 'terraform').text },
    };
  });
  // Start the parsers (WebAssembly) before any sample.
  await Promise.all([
    importDefinition('resource "azurerm_lb" "x" {}', { format: 'terraform' }),
    importDefinition("param x string = ''", { format: 'bicep' }),
  ]);
  const arm = (s: (typeof sizes)[number]) => () => imported('arm', s.text.arm);
  // 2× against 1× sampled alternately too: the ratio of two medians taken minutes apart swings with the load.
  const doubling = (format: ImportFormat) =>
    paired(
      () => imported(format, sizes[1]!.text[format]),
      () => imported(format, sizes[0]!.text[format]),
      runs,
      false,
    );
  const result = {
    arm: scaledBy(
      await paired(arm(sizes[0]!), () => validate(sizes[0]!.t), runs),
      await paired(arm(sizes[1]!), () => validate(sizes[1]!.t), runs),
      await doubling('arm'),
    ),
  } as Record<'arm' | 'bicep' | 'terraform', Scaled>;
  for (const format of ['bicep', 'terraform'] as const) {
    const at = (s: (typeof sizes)[number]) => paired(() => imported(format, s.text[format]), arm(s), runs, format !== 'terraform');
    result[format] = scaledBy(await at(sizes[0]!), await at(sizes[1]!), await doubling(format));
  }
  return result;
}
