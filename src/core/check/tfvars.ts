// A Terraform variables file (`*.tfvars`) as `--param` values: `name = value` lines, read by HashiCorp's HCL parser.
import { loadHclParser } from '../import/terraform/hclParser';

/** The variables, or why the file is not a variables file. */
export type TfvarsOutcome = { ok: true; params: Record<string, string> } | { ok: false; error: string };

/**
 * The variables of a `.tfvars` file as parameter strings: text as it is, numbers and booleans written out, lists and
 * maps as JSON (which the importer reads back). An expression (`var.x`) is no value a file can give: refused.
 * @example await tfvarsParams('admin_port = 8443\n') // { ok: true, params: { admin_port: '8443' } }
 */
export async function tfvarsParams(source: string): Promise<TfvarsOutcome> {
  let parsed: Record<string, unknown>;
  try {
    parsed = await (await loadHclParser()).parse('variables.tfvars', source);
  } catch (e) {
    return { ok: false, error: (e instanceof Error ? e.message : String(e)).replace(/^parse config:\s*/, '') };
  }
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value === 'string' && /\$\{/.test(value)) return { ok: false, error: `${name} is an expression (${value}), not a value` };
    params[name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return { ok: true, params };
}

/**
 * The variables of a `.tfvars.json` file (one JSON object), as {@link tfvarsParams} gives them.
 * @example tfvarsJson('{"admin_port": 8443}') // { ok: true, params: { admin_port: '8443' } }
 */
export function tfvarsJson(source: string): TfvarsOutcome {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, error: 'it is not one JSON object of variables' };
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, v] of Object.entries(value)) params[name] = typeof v === 'string' ? v : JSON.stringify(v);
  return { ok: true, params };
}
