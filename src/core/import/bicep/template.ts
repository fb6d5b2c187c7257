// A Bicep file → the ARM deployment template the Bicep compiler would produce for it (for what the
// importer reads: parameters, variables, resources, outputs). Modules are other files: the Azure Verified
// Module for load balancers is expanded from its parameters (avm.ts); any other module is noted.
import type { Node } from 'web-tree-sitter';
import type { Budget } from '../budget';
import { importDiagnostic, itext } from '../text';
import type { ImportDiagnostic } from '../types';
import { avmLoadBalancer, isAvmLoadBalancer } from './avm';
import { PathMap } from './pathMap';
import { collectDeclarations, type Declarations, type ParamSymbol, type ResourceSymbol } from './symbols';
import { kids, lineOf, objectEntries, plainString } from './syntax';
import { armString, at, NO_ENV, ownObject, setOwn, type At, type Json } from './armText';
import { Translator } from './translate';

/** The ARM template for a Bicep file, with the way back from its paths to the Bicep. */
export interface BicepTemplate {
  template: { [k: string]: Json };
  paths: PathMap;
  /** Notes of the translation itself (modules not read, declarations skipped). */
  diagnostics: ImportDiagnostic[];
}

const SCHEMAS: Record<string, string> = {
  resourceGroup: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  subscription: 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#',
  managementGroup: 'https://schema.management.azure.com/schemas/2019-08-01/managementGroupDeploymentTemplate.json#',
  tenant: 'https://schema.management.azure.com/schemas/2019-08-01/tenantDeploymentTemplate.json#',
};

// Keys of a resource body that are Bicep-only or about deployment order, not about the resource.
const NOT_IN_ARM = new Set(['parent', 'scope', 'dependsOn', 'name']);

function decoratorCall(decorators: Node[], name: string): Node[] | undefined {
  for (const d of decorators) {
    const call = kids(d)[0];
    if (call?.type === 'call_expression' && call.childForFieldName('function')?.text === name) {
      return kids(call.childForFieldName('arguments') ?? call);
    }
  }
  return undefined;
}

/** ARM's parameter type for a Bicep type node. */
function paramType(p: ParamSymbol): { type: string; nullable: boolean } {
  const secure = decoratorCall(p.decorators, 'secure') !== undefined;
  let node = p.typeNode;
  let nullable = false;
  if (node?.type === 'nullable_type') {
    nullable = true;
    node = kids(node)[0];
  }
  const text = node?.text ?? '';
  let type = 'object';
  if (node?.type === 'array_type' || text.endsWith('[]') || text === 'array') type = 'array';
  else if (/^(string|int|bool|object)$/.test(text)) type = text;
  else if (node?.type === 'union_type' || text.startsWith("'")) type = 'string';
  if (secure && (type === 'string' || type === 'object')) type = `secure${type}`;
  return { type, nullable: nullable || text.endsWith('?') };
}

function parameters(t: Translator, decls: Declarations): { [k: string]: Json } {
  const out: { [k: string]: Json } = {};
  for (const p of decls.params) {
    const { type, nullable } = paramType(p);
    const where = { arm: `parameters.${p.symbol}`, bicep: `param ${p.symbol}` };
    t.paths.record(where, p.decl);
    const entry: { [k: string]: Json } = { type };
    if (nullable) entry.nullable = true;
    if (p.defaultValue) entry.defaultValue = t.json(p.defaultValue, NO_ENV, { arm: `${where.arm}.defaultValue`, bicep: where.bicep });
    const allowed = decoratorCall(p.decorators, 'allowed')?.[0];
    if (allowed) entry.allowedValues = t.json(allowed, NO_ENV, { arm: `${where.arm}.allowedValues`, bicep: where.bicep });
    const description = decoratorCall(p.decorators, 'description')?.[0];
    const text = description ? plainString(description) : undefined;
    if (text !== undefined) entry.metadata = { description: text };
    setOwn(out, p.symbol, entry);
  }
  return out;
}

function resource(t: Translator, sym: ResourceSymbol, index: number): { [k: string]: Json } {
  const where: At = { arm: `resources[${index}]`, bicep: sym.symbol };
  t.paths.record(where, sym.decl);
  let env = NO_ENV;
  const out: { [k: string]: Json } = { type: sym.type, apiVersion: sym.apiVersion };
  if (sym.loop) {
    // The compiler's resource copy loop: the item is `<array>[copyIndex()]`.
    const source = t.expr(sym.loop.source, NO_ENV);
    env = t.bindLoop(sym.loop, NO_ENV, `${source}[copyIndex()]`, 'copyIndex()');
    out.copy = { name: sym.symbol, count: `[length(${source})]` };
  }
  const segments = t.refs.nameSegments(sym, env);
  const nameNode = t.refs.nameNode(sym.body, `The resource '${sym.symbol}'`);
  out.name =
    segments.length === 1
      ? t.json(nameNode, env, at(where, 'name'))
      : `[format(${[armString(segments.map((_, i) => `{${i}}`).join('/')), ...segments].join(', ')})]`;
  t.paths.record(at(where, 'name'), nameNode);
  if (sym.condition) out.condition = t.json(sym.condition, env, at(where, 'condition'));
  for (const e of objectEntries(sym.body)) {
    if (!NOT_IN_ARM.has(e.key)) setOwn(out, e.key, t.json(e.value, env, at(where, e.key)));
  }
  return out;
}

/**
 * Translates a parsed Bicep file into an ARM template.
 * @example bicepToArm(root).template.resources[0].type // 'Microsoft.Network/loadBalancers'
 */
export function bicepToArm(root: Node, budget?: Budget): BicepTemplate {
  const decls = collectDeclarations(root);
  const paths = new PathMap();
  const t = new Translator(decls, paths, root.text, budget);
  const diagnostics: ImportDiagnostic[] = [];
  const template: { [k: string]: Json } = {
    $schema: SCHEMAS[decls.targetScope ?? 'resourceGroup'] ?? SCHEMAS.resourceGroup!,
    contentVersion: '1.0.0.0',
  };
  if (decls.metadata.length > 0) {
    template.metadata = ownObject(
      decls.metadata.map((m) => [m.name, t.json(m.value, NO_ENV, { arm: `metadata.${m.name}`, bicep: `metadata ${m.name}` })]),
    );
  }
  template.parameters = parameters(t, decls);
  if (decls.vars.length > 0) {
    template.variables = ownObject(
      decls.vars.map((v) => [v.symbol, t.json(v.value, NO_ENV, { arm: `variables.${v.symbol}`, bicep: `var ${v.symbol}` })]),
    );
  }
  const resources: Json[] = [];
  for (const sym of decls.resources) {
    // `existing` resources are only referred to; the compiler leaves them out of the template too.
    if (!sym.existing) resources.push(resource(t, sym, resources.length));
  }
  for (const mod of decls.modules) {
    if (isAvmLoadBalancer(mod, t)) {
      const expanded = avmLoadBalancer(mod, t, resources.length);
      resources.push(expanded.resource);
      diagnostics.push(...expanded.diagnostics);
    } else {
      diagnostics.push(
        importDiagnostic(
          'info',
          'ImportIgnored',
          itext('bicep.module', { symbol: mod.symbol, source: mod.source }),
          `${mod.symbol} (line ${lineOf(mod.decl)})`,
        ),
      );
    }
  }
  template.resources = resources;
  if (decls.outputs.length > 0) {
    template.outputs = ownObject(
      decls.outputs.map((o) => {
        const type = o.typeNode?.text ?? 'object';
        return [o.symbol, { type, value: t.json(o.value, NO_ENV, { arm: `outputs.${o.symbol}.value`, bicep: `output ${o.symbol}` }) }];
      }),
    );
  }
  for (const s of decls.skipped) {
    diagnostics.push(importDiagnostic('info', 'ImportIgnored', itext('bicep.unsupported', { what: s.what }), `line ${lineOf(s.node)}`));
  }
  return { template, paths, diagnostics };
}
