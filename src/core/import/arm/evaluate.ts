// The seam between the importer and the ARM expression evaluator (template.ts): the importer only needs
// resources with every expression evaluated, the template's outputs/variables (for fragments) and its notes.
import type { Budget } from '../budget';
import { evaluateTemplate, type EvaluatedTemplate } from './template';

/** A template resource with its expressions evaluated (copy loops expanded). */
export interface EvaluatedResource {
  path: string;
  type: string;
  /** Full name (`lb/rdp` for a child declared inside its load balancer's `resources`). */
  name: unknown;
  value: unknown;
}

/** The evaluated template as the importer reads it: resources without their copy index or symbolic name. */
export interface Evaluation extends Omit<EvaluatedTemplate, 'resources'> {
  resources: EvaluatedResource[];
}

/**
 * Evaluates a deployment template with the user's parameter values.
 * @example (await evaluate(template, {})).resources[0].type // 'Microsoft.Network/loadBalancers'
 */
export async function evaluate(
  template: Record<string, unknown>,
  options: { params?: Readonly<Record<string, string>>; parametersFile?: string; budget?: Budget },
): Promise<Evaluation> {
  const ev = evaluateTemplate(template, {
    ...(options.params ? { params: options.params } : {}),
    ...(options.parametersFile !== undefined ? { parametersFile: options.parametersFile } : {}),
    ...(options.budget ? { budget: options.budget } : {}),
  });
  return {
    resources: ev.resources.map((r) => ({ path: r.path, type: r.type, name: r.name, value: r.value })),
    variables: ev.variables,
    outputs: ev.outputs,
    parameters: ev.parameters,
    diagnostics: ev.diagnostics,
  };
}
