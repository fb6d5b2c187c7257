// Evaluates a whole ARM template: parameters (--param over parameters file over defaultValue),
// variables (lazily, with cycle detection), resources (flattened, copy loops expanded) and outputs.
import { Budget } from '../budget';
import { importDiagnostic, itext, type ImportText } from '../text';
import type { ImportDiagnostic } from '../types';
import { childPath, evaluateValue, expandLoop, isPropertyCopy, type Loop, type WalkEnv } from './copy';
import { DEFAULT_SCOPE, type DeploymentScope, type ExpressionContext } from './expression/context';
import type { EvaluationIssue } from './expression/evaluator';
import { EvalFailure } from './expression/values';
import { collectParameters, validateParameter, type ParameterSource } from './parameters';
import { isResolvedObject, isUnresolved, readdressed, reasonOf, setKey, unresolved, type Resolved } from './resolved';
import { evaluateInstance, expandResources, nestedTemplate, rawResources, referenceOf, type ResourceInstance } from './resources';

export type { Resolved } from './resolved';

/** One resource after evaluation; copies of a looped resource are separate entries. */
export interface EvaluatedResource {
  /** JSON path in the template, e.g. `resources[3]`, `resources[3][copyIndex=2]`, `resources[0].resources[1]`. */
  path: string;
  /** Full type (a nested `subnets` under a virtual network is `Microsoft.Network/virtualNetworks/subnets`). */
  type: string;
  /** Full name (`vnet1/subnet1` for a nested subnet); Unresolved when it depends on a missing value. */
  name: Resolved;
  /** The whole resource object as written, with every string expression evaluated. */
  value: { [k: string]: Resolved };
  copyIndex?: number;
  /** Key of the resource in a languageVersion 2.0 template. */
  symbolicName?: string;
}

export interface EvaluatedTemplate {
  /** Flattened: nested `resources` arrays and copy loops expanded, `condition: false` resources left out. */
  resources: EvaluatedResource[];
  parameters: Record<string, Resolved>;
  variables: Record<string, Resolved>;
  outputs: Record<string, Resolved>;
  diagnostics: ImportDiagnostic[];
}

export interface EvaluateTemplateOptions {
  /** `--param name=value` strings, coerced to each parameter's declared type. */
  params?: Readonly<Record<string, string>>;
  /** Text of an ARM parameters file (`{"parameters": {"x": {"value": …}}}`). */
  parametersFile?: string;
  /** The subscription, resource group and location to pretend; defaults to zero GUIDs, 'resourceGroup' and an unresolved location. */
  scope?: Partial<DeploymentScope>;
  /** Typed parameter values, as a parent template passes them to an inner-scope nested template. */
  values?: Readonly<Record<string, Resolved>>;
  /** The import's work budget (a fresh default one when absent); nested templates share it. */
  budget?: Budget;
}

// Nested deployments inside nested deployments are followed this deep.
const MAX_NESTING = 5;

interface Slot<T> {
  name: string;
  state: 'pending' | 'busy' | 'done';
  value?: Resolved;
  def: T;
}

type VariableDef = { path: string; raw: unknown } | { path: string; copy: { name: string; count: unknown; input: unknown } };

/**
 * Evaluates every expression of an ARM template; what cannot be known becomes an Unresolved marker with a diagnostic.
 * @example evaluateTemplate(JSON.parse(text), { params: { dbInstanceNumber: '3' } }).variables.lbProbePortInternalDB // 62503
 */
export function evaluateTemplate(template: unknown, options: EvaluateTemplateOptions = {}): EvaluatedTemplate {
  return evaluateAt(template, options, 0);
}

function evaluateAt(template: unknown, options: EvaluateTemplateOptions, depth: number): EvaluatedTemplate {
  const diagnostics: ImportDiagnostic[] = [];
  const result: EvaluatedTemplate = { resources: [], parameters: {}, variables: {}, outputs: {}, diagnostics };
  if (typeof template !== 'object' || template === null || Array.isArray(template)) {
    diagnostics.push(importDiagnostic('error', 'ImportInvalid', itext('arm.notObject')));
    return result;
  }
  const t = template as Record<string, unknown>;
  const budget = options.budget ?? new Budget();
  const scope: DeploymentScope = { ...DEFAULT_SCOPE, ...options.scope };
  const seen = new Set<string>();
  const addDiagnostic = (d: ImportDiagnostic) => {
    const key = `${d.severity}|${d.code}|${d.path ?? ''}|${JSON.stringify(d.text)}`;
    if (!seen.has(key)) {
      seen.add(key);
      diagnostics.push(d);
    }
  };
  const report = (issue: EvaluationIssue) => addDiagnostic(issueDiagnostic(issue));

  const paramDiagnostics: ImportDiagnostic[] = [];
  const declared = asRecord(t.parameters);
  const sources = collectParameters(declared, options.params ?? {}, options.parametersFile, paramDiagnostics, options.values);
  paramDiagnostics.forEach(addDiagnostic);
  const params = new Map(sources.map((s) => [s.name.toLowerCase(), { name: s.name, state: 'pending', def: s } as Slot<ParameterSource>]));
  const vars = new Map(
    variableDefs(asRecord(t.variables)).map(([name, def]) => [name.toLowerCase(), { name, state: 'pending', def } as Slot<VariableDef>]),
  );
  const instances: ResourceInstance[] = [];
  const stack: string[] = [];
  const functions = userFunctions(t.functions);
  let callDepth = 0;

  const resolveSlot = <T>(slot: Slot<T>, kind: 'parameter' | 'variable', compute: () => Resolved): Resolved => {
    if (slot.state === 'done') return slot.value as Resolved;
    if (slot.state === 'busy')
      throw new EvalFailure(
        itext('reason.dependsOnItself', {
          kind: itext(kind === 'parameter' ? 'word.parameter' : 'word.variable'),
          name: slot.name,
          chain: [...stack, slot.name].join(' → '),
        }),
      );
    slot.state = 'busy';
    stack.push(slot.name);
    try {
      slot.value = compute();
    } finally {
      stack.pop();
    }
    slot.state = 'done';
    return slot.value;
  };

  const context = (loops: readonly Loop[]): ExpressionContext => ({
    scope,
    budget,
    parameter(name) {
      const slot = params.get(name.toLowerCase());
      if (!slot)
        throw new EvalFailure(
          itext('reason.parameterUndeclared', { name, declared: sources.map((s) => s.name).join(', ') || itext('word.none') }),
        );
      return resolveSlot(slot, 'parameter', () => parameterValue(slot.def, env, addDiagnostic));
    },
    variable(name) {
      const slot = vars.get(name.toLowerCase());
      if (!slot)
        throw new EvalFailure(
          itext('reason.variableUndeclared', { name, declared: [...vars.values()].map((v) => v.name).join(', ') || itext('word.none') }),
        );
      return resolveSlot(slot, 'variable', () => {
        const def = slot.def;
        return 'copy' in def
          ? expandLoop(def.copy.name, 'property', def.copy.count, def.copy.input, def.path, env, [])
          : evaluateValue(def.raw, def.path, env, []);
      });
    },
    copyIndex(loop) {
      const found =
        loop === undefined
          ? ([...loops].reverse().find((l) => l.kind === 'resource') ?? loops[loops.length - 1])
          : [...loops].reverse().find((l) => l.name.toLowerCase() === loop.toLowerCase());
      if (!found)
        throw new EvalFailure(loop === undefined ? itext('reason.copyIndexOutside') : itext('reason.copyIndexOutsideNamed', { loop }));
      return found.index;
    },
    reference(target, full) {
      return referenceOf(instances, target, full, (i) => evaluateInstance(i, env));
    },
    userFunction(name, args) {
      const f = functions.get(name.toLowerCase());
      if (!f) return undefined;
      if (args.length !== f.parameters.length) {
        throw new EvalFailure(
          itext(f.parameters.length === 1 ? 'reason.userArity.one' : 'reason.userArity.many', {
            name,
            count: f.parameters.length,
            params: f.parameters.join(', '),
            got: args.length,
          }),
        );
      }
      if (callDepth >= 20) throw new EvalFailure(itext('reason.userDepth', { name }));
      // Inside a user-defined function, parameters() are the function's own and variables are out of reach, as in ARM.
      const inner: ExpressionContext = {
        ...context([]),
        parameter(p) {
          const i = f.parameters.findIndex((q) => q.toLowerCase() === p.toLowerCase());
          if (i < 0)
            throw new EvalFailure(itext('reason.userNoParameter', { name, p, list: f.parameters.join(', ') || itext('word.none') }));
          return args[i] as Resolved;
        },
        variable(v) {
          throw new EvalFailure(itext('reason.userVariables', { name, v }));
        },
      };
      callDepth++;
      try {
        return evaluateValue(f.output, f.path, { context: () => inner, report, budget }, []);
      } finally {
        callDepth--;
      }
    },
  });
  const env: WalkEnv = { context, report, budget };

  for (const slot of params.values()) setKey(result.parameters, slot.name, context([]).parameter(slot.name));
  expandResources(rawResources(t.resources), env, scope, diagnostics, instances);
  for (const instance of instances) {
    const value = evaluateInstance(instance, env);
    result.resources.push({
      path: instance.path,
      type: instance.type,
      name: instance.name,
      value,
      ...(instance.copyIndex === undefined ? {} : { copyIndex: instance.copyIndex }),
      ...(instance.symbolicName ? { symbolicName: instance.symbolicName } : {}),
    });
  }
  for (const instance of instances) {
    const link = linkedTemplate(instance);
    if (link !== undefined) {
      addDiagnostic(
        importDiagnostic(
          'info',
          'ImportIgnored',
          itext('arm.linked', { path: instance.path, link }),
          `${instance.path}.properties.templateLink`,
        ),
      );
    }
    const nested = nestedTemplate(instance.raw);
    if (!nested?.inner || !instance.value) continue;
    const at = `${instance.path}.properties.template`;
    if (depth >= MAX_NESTING) {
      addDiagnostic(importDiagnostic('warning', 'ImportIgnored', itext('arm.tooDeep', { path: at, max: MAX_NESTING }), at));
      continue;
    }
    const sub = evaluateAt(nested.template, { scope, values: passedValues(instance.value), budget }, depth + 1);
    for (const r of sub.resources)
      result.resources.push({
        ...r,
        path: `${at}.${r.path}`,
        name: rebase(r.name, at),
        value: rebase(r.value, at) as EvaluatedResource['value'],
      });
    for (const d of sub.diagnostics)
      addDiagnostic(
        importDiagnostic(d.severity, d.code, itext('arm.nested', { path: instance.path, inner: d.text }), d.path ? `${at}.${d.path}` : at),
      );
  }
  for (const slot of vars.values())
    setKey(
      result.variables,
      slot.name,
      safely(() => context([]).variable(slot.name), childPath('variables', slot.name), report),
    );
  for (const [name, raw] of Object.entries(asRecord(t.outputs))) {
    const value = outputValue(name, asRecord(raw), env, addDiagnostic);
    if (value !== undefined) setKey(result.outputs, name, value);
  }
  return result;
}

function parameterValue(source: ParameterSource, env: WalkEnv, addDiagnostic: (d: ImportDiagnostic) => void): Resolved {
  const path = childPath('parameters', source.name);
  let value: Resolved;
  if (source.given !== undefined) {
    value = source.given;
  } else if ('defaultValue' in source.declaration) {
    value = evaluateValue(source.declaration.defaultValue, childPath(path, 'defaultValue'), env, []);
  } else if (source.declaration.nullable === true) {
    // languageVersion 2.0: a nullable parameter without a value is null, which the template expects.
    return null;
  } else {
    addDiagnostic(importDiagnostic('warning', 'ImportUnresolved', itext('arm.parameterNoValue', { name: source.name }), path));
    return unresolved(itext('reason.parameterNoValue', { name: source.name }), `[parameters('${source.name}')]`, path);
  }
  validateParameter(source, value).forEach(addDiagnostic);
  return value;
}

/** The address of a deployment's linked template (`properties.templateLink.uri`, or its id), if it has one. */
function linkedTemplate(instance: ResourceInstance): string | ImportText | undefined {
  if (instance.type.toLowerCase() !== 'microsoft.resources/deployments') return undefined;
  const props = instance.value?.properties;
  const link = isResolvedObject(props) ? props.templateLink : undefined;
  if (!isResolvedObject(link)) return undefined;
  const target = link.uri ?? link.id ?? link.relativePath;
  return typeof target === 'string' ? `'${target}'` : itext('arm.linkNamed');
}

/** The `properties.parameters` values a deployment resource passes to its inner-scope template. */
function passedValues(deployment: Record<string, Resolved>): Record<string, Resolved> {
  const props = deployment.properties;
  const passed = isResolvedObject(props) && isResolvedObject(props.parameters) ? props.parameters : {};
  const values: Record<string, Resolved> = {};
  for (const [name, entry] of Object.entries(passed)) {
    if (isResolvedObject(entry) && 'value' in entry) setKey(values, name, entry.value as Resolved);
    else setKey(values, name, unresolved(itext('reason.passedNotValue', { name }), '', `properties.parameters.${name}`));
  }
  return values;
}

/** Re-addresses the Unresolved markers of a nested template's value to paths in the outer template. */
function rebase(value: Resolved, at: string): Resolved {
  if (isUnresolved(value)) return readdressed(value, `${at}.${value.path}`);
  if (Array.isArray(value)) return value.map((v) => rebase(v, at));
  if (isResolvedObject(value)) {
    const out: Record<string, Resolved> = {};
    for (const [k, v] of Object.entries(value)) setKey(out, k, rebase(v, at));
    return out;
  }
  return value;
}

function outputValue(
  name: string,
  output: Record<string, unknown>,
  env: WalkEnv,
  addDiagnostic: (d: ImportDiagnostic) => void,
): Resolved | undefined {
  const path = childPath('outputs', name);
  if ('condition' in output && evaluateValue(output.condition, childPath(path, 'condition'), env, []) === false) {
    addDiagnostic(importDiagnostic('info', 'ImportIgnored', itext('arm.outputConditionFalse', { name }), path));
    return undefined;
  }
  const copy = asRecord(output.copy);
  if ('count' in copy && 'input' in copy) return expandLoop(name, 'resource', copy.count, copy.input, childPath(path, 'copy'), env, []);
  return evaluateValue(output.value, childPath(path, 'value'), env, []);
}

interface UserFunction {
  parameters: string[];
  output: unknown;
  path: string;
}

/** The template's `functions` section: `[{ namespace, members: { name: { parameters: [{ name }], output: { value } } } }]`. */
function userFunctions(section: unknown): Map<string, UserFunction> {
  const out = new Map<string, UserFunction>();
  if (!Array.isArray(section)) return out;
  section.forEach((ns, i) => {
    const { namespace, members } = asRecord(ns);
    if (typeof namespace !== 'string') return;
    for (const [member, def] of Object.entries(asRecord(members))) {
      const d = asRecord(def);
      const parameters = Array.isArray(d.parameters) ? d.parameters.map((p) => String(asRecord(p).name)) : [];
      const path = childPath(childPath(childPath(`functions[${i}]`, 'members'), member), 'output');
      out.set(`${namespace}.${member}`.toLowerCase(), { parameters, output: asRecord(d.output).value, path: childPath(path, 'value') });
    }
  });
  return out;
}

function variableDefs(variables: Record<string, unknown>): [string, VariableDef][] {
  const defs: [string, VariableDef][] = [];
  for (const [key, raw] of Object.entries(variables)) {
    if (key.toLowerCase() === 'copy' && isPropertyCopy(raw)) {
      raw.forEach((c, j) => {
        if (typeof c.name === 'string')
          defs.push([c.name, { path: `variables.copy[${j}]`, copy: { name: c.name, count: c.count, input: c.input } }]);
      });
    } else {
      defs.push([key, { path: childPath('variables', key), raw }]);
    }
  }
  return defs;
}

function safely(compute: () => Resolved, path: string, report: (issue: EvaluationIssue) => void): Resolved {
  try {
    return compute();
  } catch (e) {
    if (!(e instanceof EvalFailure)) throw e;
    const marker = unresolved(e.reason, '', path);
    report({ kind: e.failure, marker });
    return marker;
  }
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** The diagnostic for an evaluation problem, pointing at the template string. */
function issueDiagnostic({ kind, marker }: EvaluationIssue): ImportDiagnostic {
  const where = `${marker.path}${marker.expression ? ` (${marker.expression})` : ''}`;
  const reason = reasonOf(marker);
  if (kind === 'syntax') return importDiagnostic('warning', 'ImportInvalid', itext('arm.issue.syntax', { where, reason }), marker.path);
  if (kind === 'unknowable')
    return importDiagnostic('info', 'ImportUnresolved', itext('arm.issue.unknowable', { where, reason }), marker.path);
  return importDiagnostic('warning', 'ImportUnresolved', itext('arm.issue.invalid', { where, reason }), marker.path);
}
