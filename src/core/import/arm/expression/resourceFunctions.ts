// resourceId() and friends: Azure resource IDs built from a type and name segments.
import type { Resolved } from '../resolved';
import type { DeploymentScope } from './context';
import { EvalFailure, str } from './values';

/**
 * `Microsoft.Network/loadBalancers/probes` + [`lb1`, `p1`] → `providers/Microsoft.Network/loadBalancers/lb1/probes/p1`.
 * Names holding `/` count as several segments, as in `resourceId('…/subnets', 'vnet/subnet')`.
 */
export function providerPath(fn: string, type: string, names: string[]): string {
  // ARM accepts a trailing slash after the type (`'Microsoft.Network/loadBalancers/backendAddressPools/'`), and
  // templates that deploy use it (docs/import.md): the slash adds no segment.
  const [namespace, ...types] = type.replace(/\/+$/, '').split('/');
  const segments = names.flatMap((n) => n.split('/'));
  if (!namespace || types.length === 0 || types.some((t) => t === '')) {
    throw new EvalFailure(`${fn}() expects a resource type like 'Microsoft.Network/loadBalancers', got '${type}'`);
  }
  if (segments.length !== types.length) {
    throw new EvalFailure(
      `${fn}() for type '${type}' needs ${types.length} name segment${types.length === 1 ? '' : 's'}, got ${segments.length} (${segments.map((s) => `'${s}'`).join(', ') || 'none'})`,
    );
  }
  return `providers/${namespace}/${types.map((t, i) => `${t}/${segments[i]}`).join('/')}`;
}

function typeIndex(fn: string, args: Resolved[]): number {
  const strings = args.map((_, i) => str(fn, args, i));
  const index = strings.findIndex((s) => s.includes('/'));
  if (index < 0) throw new EvalFailure(`${fn}() needs a resource type such as 'Microsoft.Network/loadBalancers' among its arguments`);
  return index;
}

/**
 * resourceId([subscriptionId], [resourceGroupName], type, name1, name2, …).
 * @example resourceId(scope, ['Microsoft.Network/loadBalancers', 'lb1']) // '/subscriptions/0000…/resourceGroups/resourceGroup/providers/Microsoft.Network/loadBalancers/lb1'
 */
export function resourceId(scope: DeploymentScope, args: Resolved[]): string {
  const t = typeIndex('resourceId', args);
  if (t > 2) throw new EvalFailure('resourceId() takes at most a subscription ID and a resource group name before the resource type');
  const before = args.slice(0, t) as string[];
  const sub = t === 2 ? before[0] : scope.subscriptionId;
  const rg = t === 0 ? scope.resourceGroupName : (before[t - 1] as string);
  return `/subscriptions/${sub}/resourceGroups/${rg}/${providerPath('resourceId', args[t] as string, args.slice(t + 1) as string[])}`;
}

/** subscriptionResourceId([subscriptionId], type, names…). */
export function subscriptionResourceId(scope: DeploymentScope, args: Resolved[]): string {
  const t = typeIndex('subscriptionResourceId', args);
  if (t > 1) throw new EvalFailure('subscriptionResourceId() takes at most a subscription ID before the resource type');
  const sub = t === 1 ? (args[0] as string) : scope.subscriptionId;
  return `/subscriptions/${sub}/${providerPath('subscriptionResourceId', args[t] as string, args.slice(t + 1) as string[])}`;
}

/** tenantResourceId(type, names…). */
export function tenantResourceId(args: Resolved[]): string {
  const t = typeIndex('tenantResourceId', args);
  if (t !== 0) throw new EvalFailure('tenantResourceId() starts with the resource type');
  return `/${providerPath('tenantResourceId', args[0] as string, args.slice(1) as string[])}`;
}

/** extensionResourceId(resourceId, type, names…). */
export function extensionResourceId(args: Resolved[]): string {
  const base = str('extensionResourceId', args, 0);
  const type = str('extensionResourceId', args, 1);
  const names = args.slice(2).map((_, i) => str('extensionResourceId', args, i + 2));
  return `${base.replace(/\/+$/, '')}/${providerPath('extensionResourceId', type, names)}`;
}
