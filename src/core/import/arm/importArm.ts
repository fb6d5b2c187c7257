import type { ImportOptions, ImportOutcome } from '../types';

/** Imports a ARM definition. (Being built: refuses for now, with a message saying so.) */
export async function importArm(_text: string, _options: ImportOptions = {}): Promise<ImportOutcome> {
  return { ok: false, format: 'arm', error: 'ARM import is not available yet.', diagnostics: [] };
}
