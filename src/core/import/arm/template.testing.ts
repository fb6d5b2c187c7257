// Test-only: helpers shared by the ARM template evaluator's tests.
import { isUnresolved, type Resolved } from './resolved';
import type { EvaluatedTemplate } from './template';

export const RG = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/resourceGroup';

export function reason(v: Resolved | undefined): string {
  if (!isUnresolved(v)) throw new Error(`resolved to ${JSON.stringify(v)}`);
  return v.reason;
}

export function at(value: Resolved | undefined, ...steps: (string | number)[]): Resolved | undefined {
  let v = value;
  for (const step of steps)
    v = Array.isArray(v)
      ? v[step as number]
      : v && typeof v === 'object' && !isUnresolved(v)
        ? (v as Record<string, Resolved>)[step]
        : undefined;
  return v;
}

export function codes(r: EvaluatedTemplate): string[] {
  return r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path ?? ''}`);
}

export const typed = {
  parameters: {
    port: { type: 'int', defaultValue: 80 },
    floating: { type: 'bool', defaultValue: false },
    names: { type: 'array', defaultValue: [] },
    tags: { type: 'object', defaultValue: {} },
    sku: { type: 'string', defaultValue: 'Standard', allowedValues: ['Basic', 'Standard'] },
    derived: { type: 'string', defaultValue: "[format('{0}-{1}', parameters('sku'), parameters('port'))]" },
  },
  resources: [],
};
