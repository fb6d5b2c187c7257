import type { ImportOptions, ImportOutcome } from '../types';

/** Imports a Terraform definition. (Being built: refuses for now, with a message saying so.) */
export async function importTerraform(_text: string, _options: ImportOptions = {}): Promise<ImportOutcome> {
  return { ok: false, format: 'terraform', error: 'Terraform import is not available yet.', diagnostics: [] };
}
