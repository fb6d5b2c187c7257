// Vitest setup: every import outcome any unit test produces is checked. Each diagnostic must carry a catalog key
// whose English rendering is its message word for word, and a failure's error key must render to its error, so
// the Japanese the Import dialog shows always says what the English (CLI) says. A mismatch fails that test.
import { vi } from 'vitest';
import type { ImportOutcome } from '../import/types';

async function checked<T>(result: T): Promise<T> {
  const { importDiagnosticMessage, importErrorMessage, renderImportText } = await import('../import/text');
  const outcome = result as ImportOutcome | undefined;
  for (const d of outcome?.diagnostics ?? []) {
    if (!d.messageKey) throw new Error(`Import diagnostic without a catalog key: ${d.message}`);
    const english = renderImportText({ key: d.messageKey, ...(d.params ? { params: d.params } : {}) }, 'en');
    if (english !== d.message) throw new Error(`Import text ${d.messageKey} renders\n  ${english}\nbut the message is\n  ${d.message}`);
    importDiagnosticMessage(d, 'ja');
  }
  if (outcome?.ok === false && outcome.errorKey && importErrorMessage(outcome, 'en') !== outcome.error) {
    throw new Error(`Import error ${outcome.errorKey} renders\n  ${importErrorMessage(outcome, 'en')}\nbut the error is\n  ${outcome.error}`);
  }
  return result;
}

vi.mock('../import/arm/importArm', async (original) => {
  const m = await original<typeof import('../import/arm/importArm')>();
  return { ...m, importArm: async (...a: Parameters<typeof m.importArm>) => checked(await m.importArm(...a)) };
});
vi.mock('../import/terraform/importTerraform', async (original) => {
  const m = await original<typeof import('../import/terraform/importTerraform')>();
  return { ...m, importTerraform: async (...a: Parameters<typeof m.importTerraform>) => checked(await m.importTerraform(...a)) };
});
vi.mock('../import/bicep/importBicep', async (original) => {
  const m = await original<typeof import('../import/bicep/importBicep')>();
  return { ...m, importBicep: async (...a: Parameters<typeof m.importBicep>) => checked(await m.importBicep(...a)) };
});
