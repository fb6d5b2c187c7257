// Subnets with a NAT gateway (`natGateway.id` on the subnet, inline in a virtual network or as a subnet resource of
// its own): the VMs whose NIC ip configurations are in one of them send their outbound flows through it.
import { field, isObject, items, top, type At, type JsonObject } from './access';
import type { Expr } from './expression/ast';
import { parseTemplateString } from './expression/parser';
import { parseId, refId } from './ids';
import type { Resource } from './membership';
import { isUnresolved, type Resolved } from './resolved';

const VNET = 'microsoft.network/virtualnetworks';
const SUBNET = 'microsoft.network/virtualnetworks/subnets';

const present = (at: At) => at.value !== undefined && at.value !== null;

/**
 * The subnets of the template that have a NAT gateway, as lower-cased `vnet/subnet` keys.
 * @example natGatewaySubnets(resources).has('vnet/backend') // true when that subnet sets natGateway
 */
export function natGatewaySubnets(resources: readonly Resource[]): Set<string> {
  return subnetsWhere(resources, (s) => isObject(s.value) && present(field(s.value, s.path, 'natGateway')));
}

/**
 * The lower-cased keys of the template's subnets for which `test` holds: `vnet/subnet` when the names are known; when
 * they are not (a name built from a parameter without a value), the expressions the names are made of (`subnetKey`),
 * so a NIC whose `subnet.id` is built from the same expressions still finds its subnet.
 */
export function subnetsWhere(resources: readonly Resource[], test: (subnet: At) => boolean): Set<string> {
  const keys = new Set<string>();
  const add = (key: string | undefined) => key !== undefined && keys.add(key);
  for (const r of resources) {
    if (!isObject(r.value)) continue;
    const type = r.type.toLowerCase();
    if (type === VNET) {
      const vnet = top(r.value, r.path, 'name').value as Resolved;
      for (const s of items(field(r.value, r.path, 'subnets'))) {
        if (!isObject(s.value)) continue;
        const name = top(s.value, s.path, 'name').value;
        if (typeof name !== 'string' || !test(s)) continue;
        if (typeof vnet === 'string') add(`${vnet}/${name}`.toLowerCase());
        else if (isUnresolved(vnet)) {
          const parsed = parseTemplateString(vnet.expression);
          if (parsed.ok && parsed.kind === 'expression') add(segmentsKey([parsed.expr, { kind: 'string', value: name, pos: 0 }]));
        }
      }
    } else if (type === SUBNET) {
      if (!test({ value: r.value, path: r.path })) continue;
      // A subnet resource's full name is `<vnet>/<subnet>`.
      const full = typeof r.fullName === 'string' ? r.fullName : top(r.value, r.path, 'name').value;
      if (typeof full === 'string' && full.includes('/')) add(full.toLowerCase());
      else if (isUnresolved(r.fullName)) add(expressionKey(r.fullName.expression));
    }
  }
  return keys;
}

/** An expression as canonical text (positions and case left out), to compare two expressions. */
function shown(e: Expr): string {
  switch (e.kind) {
    case 'string':
      return `'${e.value.toLowerCase()}'`;
    case 'number':
    case 'literal':
      return String(e.value);
    case 'call':
      return `${e.name.toLowerCase()}(${e.args.map(shown).join(',')})`;
    case 'property':
      return `${shown(e.object)}.${e.name.toLowerCase()}`;
    case 'index':
      return `${shown(e.object)}[${shown(e.index)}]`;
  }
}

/** The key of a subnet's two name segments; none when one differs per copy (copyIndex()), which one text cannot tell. */
function segmentsKey(segments: readonly Expr[]): string | undefined {
  if (segments.length !== 2) return undefined;
  const texts = segments.map(shown);
  return texts.some((t) => t.includes('copyindex(')) ? undefined : `?${texts.join('/')}`;
}

/**
 * The key of an unresolved subnet name or id from the expressions of its segments: a subnet resource's name
 * `format('{0}/{1}', a, b)` or `concat(a, '/', b)`, a NIC's `resourceId('Microsoft.Network/virtualNetworks/subnets', a, b)`.
 * @example expressionKey("[resourceId('Microsoft.Network/virtualNetworks/subnets', variables('v'), 's')]") // "?variables('v')/'s'"
 */
export function expressionKey(expression: string): string | undefined {
  const parsed = parseTemplateString(expression);
  if (!parsed.ok || parsed.kind !== 'expression' || parsed.expr.kind !== 'call') return undefined;
  const { name, args } = parsed.expr;
  const fn = name.toLowerCase();
  const [first, second, third] = args;
  if (fn === 'format' && first?.kind === 'string' && first.value === '{0}/{1}') return segmentsKey(args.slice(1));
  if (fn === 'concat' && args.length === 3 && second?.kind === 'string' && second.value === '/' && first && third)
    return segmentsKey([first, third]);
  if (fn === 'resourceid') {
    const at = args.findIndex((a) => a.kind === 'string' && a.value.includes('/'));
    const type = args[at];
    if (type?.kind !== 'string' || type.value.replace(/\/$/, '').toLowerCase() !== SUBNET) return undefined;
    return segmentsKey(args.slice(at + 1));
  }
  return undefined;
}

/** True when the ip configuration's `subnet.id` names one of `subnets` (`natGatewaySubnets`, `subnetsWhere`). */
export function inNatGatewaySubnet(config: At, subnets: ReadonlySet<string>): boolean {
  if (subnets.size === 0 || !isObject(config.value)) return false;
  const id = refId(field(config.value as JsonObject, config.path, 'subnet')).value;
  if (isUnresolved(id)) {
    const key = expressionKey(id.expression);
    return key !== undefined && subnets.has(key);
  }
  const parts = typeof id === 'string' ? parseId(id) : undefined;
  return parts?.type === 'subnets' && parts.parent !== undefined && subnets.has(`${parts.parent}/${parts.name.toLowerCase()}`);
}
