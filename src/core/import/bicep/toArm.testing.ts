// Test helper for the Bicep → ARM translation: parse, translate, and free the tree.
import { parseBicep } from './parser';
import { bicepToArm, type BicepTemplate } from './template';

/** The ARM template (and notes) for Bicep text that must parse; the test fails with the syntax error otherwise. */
export async function toArm(text: string): Promise<BicepTemplate> {
  const parsed = await parseBicep(text);
  if (!parsed.ok) throw new Error(`parse: ${JSON.stringify(parsed.error)}`);
  try {
    return bicepToArm(parsed.tree.root);
  } finally {
    parsed.tree.dispose();
  }
}
