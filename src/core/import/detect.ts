import type { ImportFormat } from './types';

/**
 * Guesses the format of a definition from its text: JSON is ARM (template, resource, REST or `az` output) unless it
 * is Terraform's JSON syntax (`"resource": { "azurerm_…": … }`, a `.tf.json` file),
 * `resource "azurerm_…"` blocks are Terraform, `resource x 'Microsoft…@…'`/`param`/`module` lines are Bicep.
 * @example detectFormat('{"$schema": "…deploymentTemplate.json#"}') // 'arm'
 */
export function detectFormat(text: string): ImportFormat | undefined {
  if (isJsonText(text)) return looksLikeTerraformJson(text) ? 'terraform' : 'arm';
  // A file of outputs only, or of `terraform {}`/`locals {}` blocks only, is Terraform too (one file of a configuration).
  if (
    /^\s*(resource|data|variable|output|provider|terraform|locals|module)\s+"[^"]*"/m.test(text) ||
    /^\s*(terraform|locals)\s*\{/m.test(text)
  )
    return 'terraform';
  if (/^\s*(resource|module)\s+[A-Za-z_]\w*\s+'[^']*@[^']*'/m.test(text) || /^\s*(param|targetScope|var)\s+\S/m.test(text)) return 'bicep';
  return undefined;
}

/** True when the text is JSON (an object or a list), a byte-order mark and blank space aside. */
export function isJsonText(text: string): boolean {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  return trimmed.startsWith('{') || trimmed.startsWith('[');
}

// Terraform JSON keeps resources under `"resource": { "<type>": … }` with some azurerm type among them; an ARM
// template's `resources` is a list. Patterns, not a parse: the Import dialog detects on every keystroke, and a
// half-typed text must be told apart too.
function looksLikeTerraformJson(text: string): boolean {
  return /"resource"\s*:\s*\{/.test(text) && /"azurerm_\w+"\s*:\s*\{/.test(text) && !/"resources"\s*:\s*\[/.test(text);
}
