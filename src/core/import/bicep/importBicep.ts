import type { ImportOptions, ImportOutcome } from '../types';

/** Imports a Bicep definition. (Being built: refuses for now, with a message saying so.) */
export async function importBicep(_text: string, _options: ImportOptions = {}): Promise<ImportOutcome> {
  return { ok: false, format: 'bicep', error: 'Bicep import is not available yet.', diagnostics: [] };
}
