// Which kind of JSON this is. One file may be a deployment template, one template resource, a REST GET
// response (`responses.200.body` in the spec examples, or the bare body), `az network lb show` output
// (flattened `properties`), a list of those (`az network lb list`, `{ "value": [...] }`), or none of them.
import { itext, type ImportText } from '../text';
import { child, isObject, keyOf, type JsonObject } from './access';

export type Source =
  /** A deployment template: its expressions must be evaluated. */
  | { kind: 'template'; template: JsonObject; path: string }
  /** One `Microsoft.Network/loadBalancers` resource as written in a template (may hold expressions). */
  | { kind: 'resource'; resource: JsonObject; path: string }
  /**
   * A deployed load balancer: REST body or `az` output, literal values. `request`: the body a REST spec example
   * sends (its PUT request), read instead of the example's responses (`restRequest`).
   */
  | { kind: 'deployed'; lb: JsonObject; path: string; shape: 'rest' | 'az'; request?: true }
  | { kind: 'other'; path: string; why: ImportText };

/** A load balancer resource's type, lower-cased (types compare ignoring case). */
export const LB_TYPE = 'microsoft.network/loadbalancers';
const str = (o: JsonObject, key: string) => {
  const v = o[keyOf(o, key) ?? key];
  return typeof v === 'string' ? v : undefined;
};

/** True when a load balancer object carries what only a deployed one has (`id`, `etag`, `provisioningState`). */
function isDeployed(o: JsonObject): boolean {
  const props = o[keyOf(o, 'properties') ?? 'properties'];
  return ['id', 'etag', 'provisioningState', 'resourceGroup'].some(
    (k) => keyOf(o, k) !== undefined || (isObject(props) && keyOf(props, k) !== undefined),
  );
}

/**
 * The load balancer a REST spec example's request creates: `parameters` holds the URL's values
 * (`loadBalancerName`, …) and the PUT body (for load balancers under the key `parameters`). The body is what the user
 * wrote; the example's responses are Azure's answer, often synthetic (the Gateway example answers `Tcp` to an `All`
 * request), so a request body wins over them. The load balancer's name is in the URL, not in the body.
 */
function restRequest(example: JsonObject, path: string): Source | undefined {
  const params = example[keyOf(example, 'parameters') ?? 'parameters'];
  if (!isObject(params)) return undefined;
  for (const [key, body] of Object.entries(params)) {
    if (!isObject(body)) continue;
    const props = body[keyOf(body, 'properties') ?? 'properties'];
    if (!isObject(props) || keyOf(props, 'frontendIPConfigurations') === undefined) continue;
    const name = str(params, 'loadBalancerName');
    const lb: JsonObject = str(body, 'name') === undefined && name !== undefined ? { name, ...body } : body;
    return { kind: 'deployed', lb, path: child(child(path, 'parameters'), key), shape: 'rest', request: true };
  }
  return undefined;
}

/**
 * The sources in a parsed JSON document, each with its JSON path.
 * @example collectSources(JSON.parse(restExample))[0] // { kind: 'deployed', shape: 'rest', path: 'responses.200.body', … }
 */
export function collectSources(value: unknown, path = ''): Source[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectSources(v, child(path, i)));
  if (!isObject(value)) return [{ kind: 'other', path, why: itext('shape.notObject') }];
  const o = value;
  const schema = str(o, '$schema') ?? '';
  if (/deploymentParameters/i.test(schema)) return [{ kind: 'other', path, why: itext('shape.parametersFile') }];
  const responses = o[keyOf(o, 'responses') ?? 'responses'];
  if (isObject(responses)) {
    const request = restRequest(o, path);
    if (request) return [request];
    // A GET example has no request body: what it describes is the response's body.
    for (const status of ['200', '201']) {
      const ok = responses[status];
      if (isObject(ok) && isObject(ok.body)) return collectSources(ok.body, child(child(child(path, 'responses'), status), 'body'));
    }
  }
  if (/deploymentTemplate/i.test(schema) || Array.isArray(o[keyOf(o, 'resources') ?? 'resources']))
    return [{ kind: 'template', template: o, path }];
  const type = str(o, 'type')?.toLowerCase();
  const props = o[keyOf(o, 'properties') ?? 'properties'];
  const flatLb = keyOf(o, 'frontendIPConfigurations') !== undefined || keyOf(o, 'loadBalancingRules') !== undefined;
  if (type === LB_TYPE || (type === undefined && (flatLb || (isObject(props) && keyOf(props, 'frontendIPConfigurations') !== undefined)))) {
    if (!isObject(props) && flatLb) return [{ kind: 'deployed', lb: o, path, shape: 'az' }];
    if (isDeployed(o)) return [{ kind: 'deployed', lb: o, path, shape: 'rest' }];
    return [{ kind: 'resource', resource: o, path }];
  }
  const list = o[keyOf(o, 'value') ?? 'value'];
  if (Array.isArray(list)) return collectSources(list, child(path, 'value'));
  return [{ kind: 'other', path, why: type ? itext('shape.otherResource', { type: String(str(o, 'type')) }) : itext('shape.unknown') }];
}
