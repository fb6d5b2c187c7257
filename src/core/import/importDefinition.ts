import { MAX_IMPORT_CHARS } from '../topology/limits';
import { importArm } from './arm/importArm';
import { Budget, BudgetExceeded } from './budget';
import { importBicep } from './bicep/importBicep';
import { detectFormat } from './detect';
import { importTerraform } from './terraform/importTerraform';
import { markPlaceholders } from './markPlaceholders';
import { importFailure, itext, type ImportText } from './text';
import type { ImportOptions, ImportOutcome } from './types';

/**
 * Reads an Azure load balancer definition (ARM JSON, `az network lb show` JSON, Terraform or Bicep)
 * into a v1 topology plus what had to be assumed. Async because the HCL/Bicep parsers load WebAssembly.
 * Every value it could not know is marked on its element (markPlaceholders.ts).
 * Never throws: input too large, too deep or asking for too much work is a failed import saying so (docs/import.md, "Limits").
 * @example const r = await importDefinition(text); if (r.ok) open(r.topology);
 */
export async function importDefinition(text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  // Measured before anything reads the text (detection included).
  // The parameters file has the same 4 MB limit in Azure (Learn, "Template limits").
  const largest = Math.max(text.length, options.parametersFile?.length ?? 0);
  if (largest > MAX_IMPORT_CHARS)
    return importFailure(
      options.format === 'auto' ? undefined : options.format,
      itext('error.tooLarge', { size: largest, max: MAX_IMPORT_CHARS }),
    );
  const format = !options.format || options.format === 'auto' ? detectFormat(text) : options.format;
  const budget = options.budget ?? new Budget({}, options.onProgress);
  const within = { ...options, budget };
  try {
    switch (format) {
      case 'arm':
        return markPlaceholders(await importArm(text, within));
      case 'terraform':
        return markPlaceholders(await importTerraform(text, within));
      case 'bicep':
        return markPlaceholders(await importBicep(text, within));
      default:
        return importFailure(undefined, itext('error.unknownFormat'));
    }
  } catch (e) {
    return importFailure(format, failureText(e));
  }
}

/** Why an import stopped, in words: a budget that ran out, a stack that would have, or (a bug) anything else. */
function failureText(e: unknown): ImportText {
  if (e instanceof BudgetExceeded) {
    return itext('error.budget', {
      what: itext(`budget.${e.measure}`, { limit: e.limit }),
      where: e.where ? itext('budget.where', { where: e.where }) : '',
    });
  }
  // The explicit depth limits come first; this is the backstop for a shape they do not foresee.
  if (e instanceof RangeError && /call stack/i.test(e.message)) return itext('error.budget', { what: itext('budget.stack'), where: '' });
  return itext('error.internal', { detail: (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n')[0]!.slice(0, 200) });
}
