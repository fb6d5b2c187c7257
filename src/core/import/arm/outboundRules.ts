// A load balancer's outbound rules (`properties.outboundRules`, REST names) as topology `outboundRules`
// (docs/outbound.md): frontendIPConfigurations[].id and backendAddressPool.id resolved to names like a rule's.
import type { OutboundRule } from '../../topology/schema';
import { itext } from '../text';
import { field, isObject, items, top, type JsonObject } from './access';
import { FRONTEND, POOL, resolveRef } from './ids';
import { readEnum, fieldOf, type LbContext } from './lbFields';
import { readBool, readInt, readName } from './placeholders';

/**
 * The outbound rules of one load balancer object; those without a frontend or pool keep "" (validation names them).
 * @example readOutboundRules(lb, 'resources[0]', { frontends: ['fe'], pools: ['pool'] }, ctx)[0].frontends // ['fe']
 */
export function readOutboundRules(
  lb: JsonObject,
  path: string,
  names: { frontends: readonly string[]; pools: readonly string[] },
  ctx: LbContext,
): OutboundRule[] {
  const props = top(lb, path, 'properties');
  if (!isObject(props.value)) return [];
  return items(field(props.value, props.path, 'outboundRules'))
    .filter((at) => isObject(at.value))
    .map((at, i): OutboundRule => {
      const o = at.value as JsonObject;
      const name = readName(top(o, at.path, 'name'), 'rule', i, ctx.findings);
      const owner = itext('owner.rule', { name });
      const what = (f: string) => fieldOf(f, owner);
      const frontends = items(field(o, at.path, 'frontendIPConfigurations'))
        .map((f) => resolveRef(f, FRONTEND, names.frontends, owner, ctx.findings, ctx.hint) ?? '')
        .filter((f) => f !== '');
      const backendPool = resolveRef(field(o, at.path, 'backendAddressPool'), POOL, names.pools, owner, ctx.findings, ctx.hint) ?? '';
      const protocol = readEnum(field(o, at.path, 'protocol'), what('protocol'), ['Tcp', 'Udp', 'All'], 'All', ctx.findings);
      const ports = readInt(field(o, at.path, 'allocatedOutboundPorts'), what('allocated outbound ports'), ctx.findings);
      const idle = readInt(field(o, at.path, 'idleTimeoutInMinutes'), what('idle timeout'), ctx.findings, 4);
      const reset = readBool(field(o, at.path, 'enableTcpReset'), what('TCP reset setting'), ctx.findings, false);
      return {
        name,
        frontends,
        backendPool,
        protocol,
        ...(ports !== undefined ? { allocatedOutboundPorts: ports } : {}),
        ...(idle !== undefined ? { idleTimeoutMinutes: idle } : {}),
        ...(reset !== undefined ? { enableTcpReset: reset } : {}),
      };
    });
}
