// Bicep: the same resource tree as the ARM export, with the notes as `//` comments.
import { comment, headerLines } from './comments';
import { floatplanMetadataLines } from './bicepMetadata';
import type { ExportPlan } from './plan';
import { API_VERSION, bicepString, Expr, lbTemplate, type Value } from './resource';

function render(v: Value, indent: string): string {
  if (v instanceof Expr) return v.bicep;
  if (typeof v === 'string') return bicepString(v);
  if (typeof v !== 'object') return String(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) return v.length === 0 ? '[]' : `[\n${v.map((x: Value) => `${inner}${render(x, inner)}`).join('\n')}\n${indent}]`;
  const entries = Object.entries(v);
  // Property names are fixed Azure schema names, all valid Bicep identifiers.
  return entries.length === 0 ? '{}' : `{\n${entries.map(([k, x]) => `${inner}${k}: ${render(x as Value, inner)}`).join('\n')}\n${indent}}`;
}

/**
 * The Bicep module for the plan: parameters, `var lbName`, one `Microsoft.Network/loadBalancers` resource.
 * @example bicepExport(plan).includes("resource lb 'Microsoft.Network/loadBalancers@2024-05-01'") // true
 */
export function bicepExport(plan: ExportPlan): string {
  const t = lbTemplate(plan);
  const out = [...comment(headerLines('Bicep module', plan.topologyName, plan.notes), '//'), ''];
  for (const p of t.params) {
    out.push(
      `@description(${bicepString(p.description)})`,
      `param ${p.name} string${p.defaultValue ? ` = ${p.defaultValue.bicep}` : ''}`,
      '',
    );
  }
  out.push(`var lbName = ${bicepString(plan.lbName)}`, '');
  out.push(...floatplanMetadataLines(plan, plan.internal ? [] : t.frontendAddresses));
  const { type, apiVersion, ...body } = t.resource;
  void type;
  void apiVersion;
  out.push(`resource lb 'Microsoft.Network/loadBalancers@${API_VERSION}' = ${render(body, '')}`);
  return `${out.join('\n')}\n`;
}
