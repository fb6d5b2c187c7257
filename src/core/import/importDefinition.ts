import { importArm } from './arm/importArm';
import { importBicep } from './bicep/importBicep';
import { detectFormat } from './detect';
import { importTerraform } from './terraform/importTerraform';
import { importFailure, itext } from './text';
import type { ImportOptions, ImportOutcome } from './types';

/**
 * Reads an Azure load balancer definition (ARM JSON, `az network lb show` JSON, Terraform or Bicep)
 * into a v1 topology plus what had to be assumed. Async because the HCL/Bicep parsers load WebAssembly.
 * @example const r = await importDefinition(text); if (r.ok) open(r.topology);
 */
export async function importDefinition(text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const format = !options.format || options.format === 'auto' ? detectFormat(text) : options.format;
  switch (format) {
    case 'arm':
      return importArm(text, options);
    case 'terraform':
      return importTerraform(text, options);
    case 'bicep':
      return importBicep(text, options);
    default:
      return importFailure(undefined, itext('error.unknownFormat'));
  }
}
