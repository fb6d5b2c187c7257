// A parameter without a value matters only when the load balancer's import needs something built from it: the
// evaluator warns about every such parameter it meets (a VM's adminPassword, a DNS label), so the import keeps
// the warning only for the parameters its own findings point at (`--param name=…` in their fix).
import { render } from '../../i18n/text';
import type { ImportDiagnostic } from '../types';

const NO_VALUE = 'import.arm.parameterNoValue';

/** The parameter names the diagnostics tell the user to give (`--param name=…`). */
function wanted(list: readonly ImportDiagnostic[]): Set<string> {
  const names = new Set<string>();
  for (const d of list) for (const m of render(d.text, 'en').matchAll(/--param ([^\s=]+)=/g)) names.add(m[1]!.toLowerCase());
  return names;
}

/**
 * `evaluated` without the "parameter has no value" warnings of parameters none of `built` needs, in order.
 * @example withoutUnusedParameters(evaluatorFindings, buildFindings) // adminPassword's warning gone, lbName's kept
 */
export function withoutUnusedParameters(evaluated: readonly ImportDiagnostic[], built: readonly ImportDiagnostic[]): ImportDiagnostic[] {
  const used = wanted(built);
  return evaluated.filter((d) => {
    if (d.text.key !== NO_VALUE) return true;
    const name = d.text.params?.name;
    return typeof name !== 'string' || used.has(name.toLowerCase());
  });
}
