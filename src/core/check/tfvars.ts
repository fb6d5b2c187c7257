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
