// A reference like resourceId('…/frontendIPConfigurations', parameters('lbName'), 'fe') stays unresolved
// when only the load balancer's name is missing, yet it names its child plainly. Reading that last
// argument (a literal, or a variable/parameter that has a value) connects the rule without a guess.
import type { Expr } from './expression/ast';
import { parseTemplateString } from './expression/parser';
import type { NameHint, RefKind } from './ids';

/** The text of a literal, `variables('x')` or `parameters('x')` argument when it is known. */
function known(
  e: Expr | undefined,
  values: { variables: Record<string, unknown>; parameters: Record<string, unknown> },
): string | undefined {
  if (!e) return undefined;
  if (e.kind === 'string') return e.value;
  if (e.kind === 'call' && e.args.length === 1 && e.args[0]!.kind === 'string') {
    const fn = e.name.toLowerCase();
    const v =
      fn === 'variables' ? values.variables[e.args[0]!.value] : fn === 'parameters' ? values.parameters[e.args[0]!.value] : undefined;
    return typeof v === 'string' ? v : undefined;
  }
  return undefined;
}

function childName(e: Expr, kind: RefKind, values: Parameters<typeof known>[1]): string | undefined {
  if (e.kind !== 'call') return undefined;
  const fn = e.name.toLowerCase();
  if (fn === 'resourceid') {
    const typeArg = e.args.findIndex((a) => a.kind === 'string' && a.value.includes('/'));
    const type = e.args[typeArg];
    if (type?.kind !== 'string' || !type.value.toLowerCase().endsWith(`/${kind.childType}`) || e.args.length < typeArg + 3)
      return undefined;
    return known(e.args[e.args.length - 1], values);
  }
  if (fn === 'concat') {
    // concat(resourceId('…/loadBalancers', lb), '/frontendIpConfigurations/', variables('fe')) (the SAP form)
    const at = e.args.findIndex((a) => a.kind === 'string' && a.value.toLowerCase() === `/${kind.childType}/`);
    return at >= 0 && at === e.args.length - 2 ? known(e.args[at + 1], values) : undefined;
  }
  return undefined;
}

/**
 * A NameHint over the template's evaluated variables and parameters.
 * @example nameHints(ev)(u, FRONTEND) // 'LoadBalancerFrontEnd'
 */
export function nameHints(values: { variables: Record<string, unknown>; parameters: Record<string, unknown> }): NameHint {
  return (u, kind) => {
    const parsed = parseTemplateString(u.expression);
    return parsed.ok && parsed.kind === 'expression' ? childName(parsed.expr, kind, values) : undefined;
  };
}
