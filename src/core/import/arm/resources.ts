// Resource instances of a template: nested `resources` flattened, `copy` loops expanded, `condition:
// false` dropped, each with its Azure resource ID so that reference() can find it in the template.
import { importDiagnostic, itext } from '../text';
import type { ImportDiagnostic } from '../types';
import { childPath, evaluateValue, type Loop, type WalkEnv } from './copy';
import type { DeploymentScope } from './expression/context';
import { providerPath } from './expression/resourceFunctions';
import { EvalFailure } from './expression/values';
import { isResolvedObject, isUnresolved, reasonOf, setKey, type Resolved, type ResolvedObject } from './resolved';

// Azure's template limits (Learn, "ARM template best practices" → Template limits; "Resource iteration" → Copy
// limits): a copy loop makes at most 800 copies, and a template deploys at most 800 resources, copies included.
const MAX_COPIES = 800;
const MAX_RESOURCES = 800;

/** One resource (or one copy of a looped resource) declared by the template. */
export interface ResourceInstance {
  path: string;
  /** Key of the resource in a languageVersion 2.0 template (`resources` as an object). */
  symbolicName?: string;
  raw: Record<string, unknown>;
  loops: readonly Loop[];
  copyIndex?: number;
  /** Full type, e.g. `Microsoft.Network/virtualNetworks/subnets` for a nested `subnets`. */
  type: string;
  /** Full name, e.g. `vnet1/subnet1` for a nested subnet. */
  name: Resolved;
  id?: string;
  state: 'pending' | 'busy' | 'done';
  value?: ResolvedObject;
}

interface RawEntry {
  raw: unknown;
  path: string;
  symbolicName?: string;
}

interface Parent {
  /** Absent for the resources of an outer-scope nested template, which are not children of the deployment. */
  type?: string;
  name?: Resolved;
  loops: readonly Loop[];
}

/**
 * The inline template of a `Microsoft.Resources/deployments` resource, and whether it has its own (inner) scope.
 * @example nestedTemplate({ type: 'Microsoft.Resources/deployments', properties: { template: {…} } }) // { template, inner: false }
 */
export function nestedTemplate(raw: Record<string, unknown>): { template: Record<string, unknown>; inner: boolean } | undefined {
  if (typeof raw.type !== 'string' || raw.type.toLowerCase() !== 'microsoft.resources/deployments' || !isObject(raw.properties))
    return undefined;
  const { template, expressionEvaluationOptions: options } = raw.properties;
  if (!isObject(template)) return undefined;
  return { template, inner: isObject(options) && typeof options.scope === 'string' && options.scope.toLowerCase() === 'inner' };
}

/** The raw resource entries of a template, for both `resources: [...]` and languageVersion 2.0 `resources: {...}`. */
export function rawResources(resources: unknown, base = 'resources'): RawEntry[] {
  if (Array.isArray(resources)) return resources.map((raw, i) => ({ raw, path: childPath(base, i), symbolicName: undefined }));
  if (typeof resources === 'object' && resources !== null) {
    return Object.entries(resources).map(([symbolicName, raw]) => ({ raw, path: childPath(base, symbolicName), symbolicName }));
  }
  return [];
}

/** Expands every resource entry into instances (copy loops, nested resources, conditions). */
export function expandResources(
  entries: RawEntry[],
  env: WalkEnv,
  scope: DeploymentScope,
  diagnostics: ImportDiagnostic[],
  out: ResourceInstance[],
  parent?: Parent,
): void {
  for (const entry of entries) {
    if (typeof entry.raw !== 'object' || entry.raw === null || Array.isArray(entry.raw)) {
      diagnostics.push(importDiagnostic('warning', 'ImportInvalid', itext('arm.notResource', { path: entry.path }), entry.path));
      continue;
    }
    const raw = entry.raw as Record<string, unknown>;
    const base = parent?.loops ?? [];
    const copy =
      typeof raw.copy === 'object' && raw.copy !== null && !Array.isArray(raw.copy) ? (raw.copy as Record<string, unknown>) : undefined;
    let indexes: (number | undefined)[] = [undefined];
    let loopName = '';
    if (copy) {
      loopName = typeof copy.name === 'string' ? copy.name : '';
      const count = evaluateValue(copy.count, childPath(childPath(entry.path, 'copy'), 'count'), env, base);
      if (typeof count === 'number' && count > MAX_COPIES) {
        diagnostics.push(
          importDiagnostic(
            'warning',
            'ImportInvalid',
            itext('arm.copyCountOver', { path: entry.path, value: count }),
            childPath(childPath(entry.path, 'copy'), 'count'),
          ),
        );
        continue;
      }
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
        const why = isUnresolved(count) ? reasonOf(count) : itext('arm.copyCountNotWhole', { value: JSON.stringify(count) });
        diagnostics.push(
          importDiagnostic('warning', 'ImportUnresolved', itext('arm.copyCount', { path: entry.path, why }), childPath(entry.path, 'copy')),
        );
        continue;
      }
      indexes = Array.from({ length: count }, (_, i) => i);
    }
    for (const index of indexes) {
      const loops = index === undefined ? base : [...base, { name: loopName, index, kind: 'resource' as const }];
      const path = index === undefined ? entry.path : `${entry.path}[copyIndex=${index}]`;
      if (out.length >= MAX_RESOURCES) {
        diagnostics.push(importDiagnostic('error', 'ImportInvalid', itext('arm.tooManyResources', { max: MAX_RESOURCES, path }), path));
        return;
      }
      if ('condition' in raw) {
        const condition = evaluateValue(raw.condition, childPath(path, 'condition'), env, loops);
        if (condition === false) {
          diagnostics.push(importDiagnostic('info', 'ImportIgnored', itext('arm.conditionFalse', { path }), path));
          continue;
        }
        if (condition !== true) {
          const why = isUnresolved(condition) ? reasonOf(condition) : itext('arm.conditionNotBool', { value: JSON.stringify(condition) });
          diagnostics.push(
            importDiagnostic('warning', 'ImportUnresolved', itext('arm.conditionUnknown', { path, why }), childPath(path, 'condition')),
          );
        }
      }
      const rawType = typeof raw.type === 'string' ? raw.type : '';
      const ownName = evaluateValue(raw.name, childPath(path, 'name'), env, loops);
      // A nested resource may give its type and name relative to its parent ("subnets", "subnet1").
      const relative = parent?.type !== undefined && !rawType.split('/')[0]?.includes('.');
      const type = relative ? `${parent?.type}/${rawType}` : rawType;
      const name = relative ? joinNames(parent?.name ?? null, ownName) : ownName;
      const instance: ResourceInstance = {
        path,
        raw,
        loops,
        type,
        name,
        state: 'pending',
        ...(entry.symbolicName ? { symbolicName: entry.symbolicName } : {}),
        ...(index === undefined ? {} : { copyIndex: index }),
      };
      if (typeof name === 'string') {
        try {
          instance.id = `/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroupName}/${providerPath('resourceId', type, [name])}`;
        } catch {
          // Type and name do not form an ID (e.g. an extension resource); reference() by ID will not find it.
        }
      }
      out.push(instance);
      if (Array.isArray(raw.resources)) {
        const children = raw.resources.map((child, i) => ({ raw: child, path: childPath(childPath(path, 'resources'), i) }));
        expandResources(children, env, scope, diagnostics, out, { type, name, loops });
      }
      // An outer-scope nested template's resources are evaluated in this template's context, as ARM does.
      const nested = nestedTemplate(raw);
      if (nested && !nested.inner) {
        expandResources(
          rawResources(nested.template.resources, childPath(childPath(childPath(path, 'properties'), 'template'), 'resources')),
          env,
          scope,
          diagnostics,
          out,
          { loops },
        );
      }
    }
  }
}

function joinNames(parent: Resolved, own: Resolved): Resolved {
  if (isUnresolved(parent)) return parent;
  if (isUnresolved(own)) return own;
  return `${String(parent)}/${String(own)}`;
}

/** The whole resource object with every expression evaluated (nested `resources` left out: they are instances of their own). */
export function evaluateInstance(instance: ResourceInstance, env: WalkEnv): ResolvedObject {
  if (instance.state === 'done' && instance.value) return instance.value;
  if (instance.state === 'busy') throw new EvalFailure(itext('reason.referenceSelf', { path: instance.path }), 'invalid');
  instance.state = 'busy';
  const { resources: _children, ...all } = instance.raw;
  // `dependsOn` only orders the deployment: nothing reads it, so a reference there that cannot be evaluated says nothing.
  const rest = Object.fromEntries(Object.entries(all).filter(([k]) => k.toLowerCase() !== 'dependson'));
  const nested = nestedTemplate(instance.raw);
  let value: ResolvedObject;
  if (nested && isObject(rest.properties)) {
    // A nested template is kept as written here: an inner-scope one is evaluated on its own with the parameters it
    // is given, and an outer-scope one's resources are instances of this template already.
    const { template, ...props } = rest.properties;
    value = evaluateValue({ ...rest, properties: props }, instance.path, env, instance.loops) as ResolvedObject;
    setKey(value.properties as ResolvedObject, 'template', template as Resolved);
  } else {
    value = evaluateValue(rest, instance.path, env, instance.loops) as ResolvedObject;
  }
  instance.value = value;
  instance.state = 'done';
  return value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * reference() of a resource declared in the template: its evaluated properties, with an `id` added to each named
 * element of the properties' arrays (backendAddressPools, frontendIPConfigurations, probes, …) as Azure reports them.
 * Anything else throws EvalFailure (unknowable): only Azure knows the runtime state of other resources.
 */
export function referenceOf(
  instances: ResourceInstance[],
  target: string,
  full: boolean,
  evaluate: (i: ResourceInstance) => ResolvedObject,
): Resolved {
  const t = target.toLowerCase();
  let matches = t.startsWith('/')
    ? instances.filter((i) => i.id?.toLowerCase() === t)
    : instances.filter((i) => i.symbolicName?.toLowerCase() === t);
  if (matches.length === 0 && !t.startsWith('/'))
    matches = instances.filter((i) => typeof i.name === 'string' && i.name.toLowerCase() === t);
  if (matches.length !== 1) {
    const why =
      matches.length === 0 ? itext('reason.referenceUndeclared') : itext('reason.referenceMany', { count: matches.length, target });
    throw new EvalFailure(itext('reason.reference', { target, why }), 'unknowable');
  }
  const instance = matches[0] as ResourceInstance;
  if (instance.raw.existing === true) throw new EvalFailure(itext('reason.referenceExisting', { target }), 'unknowable');
  const value = evaluate(instance);
  const id = instance.id ?? '';
  const props = isResolvedObject(value.properties) ? withChildIds(value.properties, id) : {};
  return full ? { ...value, id, properties: props } : props;
}

function withChildIds(properties: ResolvedObject, parentId: string): ResolvedObject {
  const out: ResolvedObject = {};
  for (const [key, v] of Object.entries(properties)) {
    setKey(
      out,
      key,
      Array.isArray(v)
        ? v.map((el) =>
            isResolvedObject(el) && typeof el.name === 'string' && !('id' in el) && parentId
              ? { ...el, id: `${parentId}/${key}/${el.name}` }
              : el,
          )
        : v,
    );
  }
  return out;
}
