import type { ImportFormat } from './types';

/**
 * Guesses the format of a definition from its text: JSON is ARM (template, resource, REST or `az` output),
 * `resource "azurerm_…"` blocks are Terraform, `resource x 'Microsoft…@…'`/`param`/`module` lines are Bicep.
 * @example detectFormat('{"$schema": "…deploymentTemplate.json#"}') // 'arm'
 */
export function detectFormat(text: string): ImportFormat | undefined {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'arm';
  if (/^\s*(resource|data|variable|provider|terraform|locals|module)\s+"[^"]*"/m.test(text)) return 'terraform';
  if (/^\s*(resource|module)\s+[A-Za-z_]\w*\s+'[^']*@[^']*'/m.test(text) || /^\s*(param|targetScope|var)\s+\S/m.test(text)) return 'bicep';
  return undefined;
}
