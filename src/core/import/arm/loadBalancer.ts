// One `Microsoft.Network/loadBalancers` object (template resource after evaluation, REST body, or `az`
// output) → the v1 topology. Every value that is missing, unresolved or not modelled is said.
import type { BackendPool, Frontend, InboundNatRule, LoadBalancer, Probe, Rule, LbTopology } from '../../topology/schema';
import { inferHolders } from '../holder';
import { withNatTarget } from '../vmMembership';
import { field, isObject, items, keyOf, top, type At, type JsonObject } from './access';
import { Findings } from './diagnostics';
import { FRONTEND, parseId, POOL, PROBE, refId, resolveRef } from './ids';
import { poolMembership, type NatRuleSite } from './membership';
import { isUnresolved } from './resolved';
import { itext, nounText, type ImportText } from '../text';
import { readBool, readInt, readName, readString, unresolvedHintText, where } from './placeholders';
import { collection, fieldOf, readEnum, type LbContext } from './lbFields';
import { isIpv6, publicPrefixIpv6 } from './ipVersion';
import { frontendRef, regionalFrontends, tierOf, tunnelsNotModelled } from './gateway';
import { readOutboundRules } from './outboundRules';

function sku(lb: JsonObject, path: string, ctx: LbContext): LoadBalancer['sku'] {
  const at = top(lb, path, 'sku');
  const name = isObject(at.value) ? top(at.value, at.path, 'name') : undefined;
  if (!name || name.value === undefined) {
    const fallback = ctx.defaultSku ?? 'Basic';
    ctx.findings.info('ImportDefaultUsed', ctx.defaultSku ? itext('arm.skuFromCaller', { fallback }) : itext('arm.skuMissing'), at.path);
    return fallback;
  }
  return readEnum(name, itext('arm.theSku'), ['Basic', 'Standard', 'Gateway'], 'Standard', ctx.findings);
}

/** The public address of a frontend: from the public IP resource in the same template, Floatplan's plan, or a documentation default. */
function publicAddress(pip: At, frontend: string, ctx: LbContext): string {
  const direct = isObject(pip.value) ? readString(field(pip.value, pip.path, 'ipAddress')).text : undefined;
  if (direct) return direct;
  const id = refId(pip).value;
  const name = typeof id === 'string' ? (parseId(id)?.name ?? id) : undefined;
  const res =
    name === undefined
      ? undefined
      : ctx.resources.find(
          (r) =>
            r.type.toLowerCase() === 'microsoft.network/publicipaddresses' &&
            isObject(r.value) &&
            String((r.value as JsonObject)[keyOf(r.value as JsonObject, 'name') ?? 'name']).toLowerCase() === name.toLowerCase(),
        );
  const resObj = res?.value as JsonObject | undefined;
  const fromRes = resObj ? readString(field(resObj, res!.path, 'ipAddress')).text : undefined;
  if (fromRes) return fromRes;
  // Own keys only: a frontend named "__proto__" must not read Object.prototype.
  const planned = ctx.plannedAddresses && Object.hasOwn(ctx.plannedAddresses, frontend) ? ctx.plannedAddresses[frontend] : undefined;
  if (planned) {
    ctx.findings.info('ImportDefaultUsed', itext('arm.publicPlanned', { frontend, planned }), pip.path);
    return planned;
  }
  // The version is on the public IP resource, or on the inline object REST prints with $expand.
  const v6 = resObj
    ? isIpv6(resObj, res!.path, 'publicIPAddressVersion')
    : isObject(pip.value) && isIpv6(pip.value, pip.path, 'publicIPAddressVersion');
  const ip = v6 ? ctx.addresses.public6() : ctx.addresses.public4();
  ctx.findings.info(
    'ImportDefaultUsed',
    itext('arm.publicAssigned', { frontend, notHere: res ? '' : itext('arm.publicNotHere'), ip }),
    pip.path,
  );
  return ip;
}

function frontends(lb: JsonObject, path: string, ctx: LbContext): { list: Frontend[]; publicCount: number } {
  let publicCount = 0;
  const list = collection(lb, path, 'frontendIPConfigurations', 'frontend', ctx).map((fe, i): Frontend => {
    const o = fe.value as JsonObject;
    const name = readName(top(o, fe.path, 'name'), 'frontend', i, ctx.findings);
    const chained = frontendRef(field(o, fe.path, 'gatewayLoadBalancer'), itext('ref.frontendChain', { name }), ctx.findings);
    const chain = chained ? { gatewayLoadBalancer: chained } : {};
    const pip = field(o, fe.path, 'publicIPAddress');
    const prefix = field(o, fe.path, 'publicIPPrefix');
    if (pip.value !== undefined && pip.value !== null) {
      publicCount++;
      return { name, ip: publicAddress(pip, name, ctx), ...chain };
    }
    if (prefix.value !== undefined && prefix.value !== null) {
      publicCount++;
      const ip = publicPrefixIpv6(prefix, ctx) ? ctx.addresses.public6() : ctx.addresses.public4();
      ctx.findings.info('ImportDefaultUsed', itext('arm.publicPrefix', { name, ip }), prefix.path);
      return { name, ip, ...chain };
    }
    const at = field(o, fe.path, 'privateIPAddress');
    const s = readString(at);
    if (s.text) return { name, ip: s.text, ...chain };
    const ip = isIpv6(o, fe.path, 'privateIPAddressVersion') ? ctx.addresses.privateFrontend6() : ctx.addresses.privateFrontend();
    if (s.unresolved)
      ctx.findings.warn(
        'ImportUnresolved',
        itext('arm.frontendAddressUnresolved', { name, hint: unresolvedHintText(s.unresolved), ip }),
        where(at),
      );
    else ctx.findings.info('ImportDefaultUsed', itext('arm.frontendDynamic', { name, ip }), at.path);
    return { name, ip, ...chain };
  });
  return { list, publicCount };
}

function probes(lb: JsonObject, path: string, ctx: LbContext): Probe[] {
  return collection(lb, path, 'probes', 'probe', ctx).map((p, i): Probe => {
    const o = p.value as JsonObject;
    const name = readName(top(o, p.path, 'name'), 'probe', i, ctx.findings);
    const what = (f: string) => fieldOf(f, itext('owner.probe', { name }));
    const protocol = readEnum(field(o, p.path, 'protocol'), what('protocol'), ['Tcp', 'Http', 'Https'], 'Tcp', ctx.findings);
    const portAt = field(o, p.path, 'port');
    let port = readInt(portAt, what('port'), ctx.findings);
    if (port === undefined) {
      ctx.findings.warn('ImportInvalid', itext('arm.fieldMissing', { what: what('port') }), portAt.path);
      port = 0;
    }
    const requestPath = readString(field(o, p.path, 'requestPath')).text;
    const intervalInSeconds = readInt(field(o, p.path, 'intervalInSeconds'), what('interval'), ctx.findings, 15);
    const thresholdAt = field(o, p.path, 'probeThreshold');
    const legacyAt = field(o, p.path, 'numberOfProbes');
    let probeThreshold = readInt(thresholdAt, what('probeThreshold'), ctx.findings, 1);
    if (probeThreshold === undefined) {
      probeThreshold = readInt(legacyAt, what('numberOfProbes'), ctx.findings, 1);
      if (probeThreshold !== undefined)
        ctx.findings.info('ImportDefaultUsed', itext('arm.numberOfProbes', { name, value: probeThreshold }), legacyAt.path);
    }
    return {
      name,
      protocol,
      port,
      ...(requestPath !== undefined ? { requestPath } : {}),
      ...(intervalInSeconds !== undefined ? { intervalInSeconds } : {}),
      ...(probeThreshold !== undefined ? { probeThreshold } : {}),
    };
  });
}

interface Names {
  frontends: string[];
  pools: string[];
  probes: string[];
}

/** What load-balancing and inbound NAT rules share: protocol, ports, floating IP and frontend, each said when missing. */
function readForwarding(o: JsonObject, path: string, owner: ImportText, frontendNames: readonly string[], ctx: LbContext) {
  const what = (f: string) => fieldOf(f, owner);
  const protocol = readEnum(field(o, path, 'protocol'), what('protocol'), ['Tcp', 'Udp', 'All'], 'Tcp', ctx.findings);
  const port = (key: string) => {
    const at = field(o, path, key);
    const v = readInt(at, what(key), ctx.findings);
    if (v !== undefined) return v;
    ctx.findings.warn('ImportInvalid', itext('arm.fieldMissing', { what: what(key) }), at.path);
    return 0;
  };
  const frontendPort = port('frontendPort');
  const backendPort = port('backendPort');
  const floatingIp =
    readBool(field(o, path, 'enableFloatingIP'), what('floating IP setting (enableFloatingIP)'), ctx.findings, false) ?? false;
  const feAt = field(o, path, 'frontendIPConfiguration');
  const frontend = resolveRef(feAt, FRONTEND, frontendNames, owner, ctx.findings, ctx.hint);
  if (frontend === undefined) ctx.findings.warn('ImportInvalid', itext('arm.noFrontend', { owner }), feAt.path);
  return { protocol, frontendPort, backendPort, floatingIp, frontend };
}

function rules(lb: JsonObject, path: string, names: Names, ctx: LbContext): Rule[] {
  return collection(lb, path, 'loadBalancingRules', 'load-balancing rule', ctx).map((r, i): Rule => {
    const o = r.value as JsonObject;
    const name = readName(top(o, r.path, 'name'), 'rule', i, ctx.findings);
    const owner = itext('owner.rule', { name });
    const what = (f: string) => fieldOf(f, owner);
    const { protocol, frontendPort, backendPort, floatingIp, frontend } = readForwarding(o, r.path, owner, names.frontends, ctx);
    const poolAt = field(o, r.path, 'backendAddressPool');
    const poolsAt = items(field(o, r.path, 'backendAddressPools'));
    // A request body may send `backendAddressPool: {}` beside the pools it means (`backendAddressPools`): no pool.
    const emptyRef = isObject(poolAt.value) && Object.keys(poolAt.value).length === 0 && poolsAt.length > 0;
    let backendPool = emptyRef ? undefined : resolveRef(poolAt, POOL, names.pools, owner, ctx.findings, ctx.hint);
    const extra = poolsAt.map((p) => ({ at: p, name: resolveRef(p, POOL, names.pools, owner, new Findings(), ctx.hint) }));
    if (backendPool === undefined)
      backendPool = poolsAt.length > 0 ? resolveRef(poolsAt[0]!, POOL, names.pools, owner, ctx.findings, ctx.hint) : undefined;
    const said = new Set<string>();
    for (const { at, name: other } of extra) {
      if (!other || other === backendPool || said.has(other)) continue;
      said.add(other);
      ctx.findings.warn('ImportIgnored', itext('arm.extraPool', { owner, other, pool: String(backendPool) }), at.path);
    }
    if (backendPool === undefined) ctx.findings.warn('ImportInvalid', itext('arm.noPool', { owner }), poolAt.path);
    const probe = resolveRef(field(o, r.path, 'probe'), PROBE, names.probes, owner, ctx.findings, ctx.hint) || undefined;
    const idle = readInt(field(o, r.path, 'idleTimeoutInMinutes'), what('idle timeout'), ctx.findings, 4);
    const reset = readBool(field(o, r.path, 'enableTcpReset'), what('TCP reset setting'), ctx.findings, false);
    const ldAt = field(o, r.path, 'loadDistribution');
    const loadDistribution =
      ldAt.value === undefined || ldAt.value === null
        ? undefined
        : readEnum(ldAt, what('load distribution'), ['Default', 'SourceIP', 'SourceIPProtocol'] as const, 'Default', ctx.findings);
    const snat = readBool(field(o, r.path, 'disableOutboundSnat'), what('disableOutboundSnat setting'), ctx.findings, false);
    return {
      name,
      frontend: frontend ?? '',
      backendPool: backendPool ?? '',
      protocol,
      frontendPort,
      backendPort,
      floatingIp,
      ...(probe !== undefined ? { probe } : {}),
      ...(idle !== undefined ? { idleTimeoutMinutes: idle } : {}),
      ...(reset !== undefined ? { enableTcpReset: reset } : {}),
      ...(loadDistribution !== undefined ? { loadDistribution } : {}),
      ...(snat !== undefined ? { disableOutboundSnat: snat } : {}),
    };
  });
}

/** A present value: JSON null is how `az` and REST print an unset optional property. */
const present = (at: At) => at.value !== undefined && at.value !== null;

/**
 * The inbound NAT rules: classic ones (one frontend port → one VM IP configuration) are read like rules, without
 * their target, which is set on the NIC (membership.ts); port-range (v2) ones are said and left out.
 */
function natRules(
  lb: JsonObject,
  path: string,
  frontendNames: readonly string[],
  ctx: LbContext,
): { rules: InboundNatRule[]; sites: NatRuleSite[] } {
  const sites = collection(lb, path, 'inboundNatRules', 'inbound NAT rule', ctx).map((n, i) => {
    const o = n.value as JsonObject;
    const name = readName(top(o, n.path, 'name'), 'NAT rule', i, ctx.findings);
    const v2 = ['frontendPortRangeStart', 'frontendPortRangeEnd', 'backendAddressPool'].map((k) => field(o, n.path, k)).filter(present);
    if (v2.length > 0) {
      ctx.findings.info('ImportIgnored', itext('arm.natV2', { name, props: v2.map((a) => a.path.split('.').pop()).join(', ') }), n.path);
    }
    return { name, at: n, classic: v2.length === 0 };
  });
  const rules = sites
    .filter((s) => s.classic)
    .map(({ name, at: n }): InboundNatRule => {
      const o = n.value as JsonObject;
      const owner = itext('owner.natRule', { name });
      const what = (f: string) => fieldOf(f, owner);
      const { protocol, frontendPort, backendPort, floatingIp, frontend } = readForwarding(o, n.path, owner, frontendNames, ctx);
      const idle = readInt(field(o, n.path, 'idleTimeoutInMinutes'), what('idle timeout'), ctx.findings, 4);
      const reset = readBool(field(o, n.path, 'enableTcpReset'), what('TCP reset setting'), ctx.findings, false);
      return {
        name,
        frontend: frontend ?? '',
        protocol,
        frontendPort,
        backendPort,
        floatingIp,
        ...(idle !== undefined ? { idleTimeoutMinutes: idle } : {}),
        ...(reset !== undefined ? { enableTcpReset: reset } : {}),
      };
    });
  return { rules, sites };
}

/** Says, element by element, what the v1 format has no place for (outbound rules, NAT pools). */
function notModelled(lb: JsonObject, path: string, findings: Findings) {
  const why = {
    outboundRules: itext('arm.why.outboundRules'),
    // Azure: NAT pools are for scale sets and exclusive with NAT rules; the planner's unit is one VM IP configuration.
    inboundNatPools: itext('arm.why.inboundNatPools'),
  };
  for (const [key, noun] of [
    // Outbound rules are read (outboundRules.ts); only NAT pools are left out.
    ['inboundNatPools', 'inbound NAT pool'],
  ] as const) {
    items(field(lb, path, key)).forEach((n, i) => {
      const name = isObject(n.value) ? readString(top(n.value, n.path, 'name')).text : undefined;
      findings.info('ImportIgnored', itext('arm.notModelled', { noun: nounText(noun), name: name ?? `#${i + 1}`, why: why[key] }), n.path);
    });
  }
}

/**
 * The topology of one load balancer object (any shape), its NICs and VMs taken from `ctx.resources`.
 * @example loadBalancerTopology(restBody, 'responses.200.body', ctx).rules[0].floatingIp // true
 */
export function loadBalancerTopology(lb: JsonObject, path: string, ctx: LbContext, title?: string): LbTopology {
  const name = readName(top(lb, path, 'name'), 'load balancer', 0, ctx.findings);
  const props = top(lb, path, 'properties');
  if (isUnresolved(props.value)) {
    ctx.findings.error('ImportUnresolved', itext('arm.propertiesUnresolved', { hint: unresolvedHintText(props.value) }), where(props));
  }
  const fe = frontends(lb, path, ctx);
  if (fe.publicCount > 0 && fe.publicCount < fe.list.length) {
    ctx.findings.warn('ImportInvalid', itext('arm.mixedFrontends'), field(lb, path, 'frontendIPConfigurations').path);
  }
  const poolAts = collection(lb, path, 'backendAddressPools', 'backend pool', ctx);
  const poolNames = poolAts.map((p, i) => readName(top(p.value as JsonObject, p.path, 'name'), 'backend pool', i, ctx.findings));
  const probeList = probes(lb, path, ctx);
  const ruleList = rules(lb, path, { frontends: fe.list.map((f) => f.name), pools: poolNames, probes: probeList.map((p) => p.name) }, ctx);
  const nat = natRules(
    lb,
    path,
    fe.list.map((f) => f.name),
    ctx,
  );
  notModelled(lb, path, ctx.findings);
  const outboundRules = readOutboundRules(lb, path, { frontends: fe.list.map((f) => f.name), pools: poolNames }, ctx);
  tunnelsNotModelled(lb, path, ctx);
  const v6Frontends = new Set(fe.list.filter((f) => f.ip.includes(':')).map((f) => f.name));
  const membership = poolMembership(
    poolAts.map((at, i) => ({ name: poolNames[i]!, at })),
    ctx.resources,
    name,
    ctx.findings,
    ctx.addresses,
    ctx.hint,
    nat.sites,
    // A deployed pool lists ipconfig ids only: those of a pool an IPv6 frontend's rule sends to are IPv6 ones.
    new Set(ruleList.filter((r) => v6Frontends.has(r.frontend)).map((r) => r.backendPool)),
  );
  const backendPools: BackendPool[] = poolNames.map((p, i) => {
    const regional = regionalFrontends(poolAts[i]!, p, ctx.findings);
    return { name: p, members: membership.members.get(p) ?? [], ...(regional ? { regionalFrontends: regional } : {}) };
  });
  const inboundNatRules = nat.rules.map((r) => withNatTarget(r, membership.targets.get(r.name)));
  const topology: LbTopology = {
    version: 1,
    name: title ?? name,
    loadBalancer: { name, sku: sku(lb, path, ctx), type: fe.publicCount > 0 ? 'Public' : 'Internal', ...tierOf(lb, path) },
    frontends: fe.list,
    backendPools,
    probes: probeList,
    rules: ruleList,
    // Left out when there are none, so imports of definitions without NAT rules are what they were before.
    ...(inboundNatRules.length > 0 ? { inboundNatRules } : {}),
    ...(outboundRules.length > 0 ? { outboundRules } : {}),
    vms: membership.vms,
  };
  const sqlCluster = ctx.resources.find((r) => /^microsoft\.sqlvirtualmachine\/sqlvirtualmachinegroups(\/|$)/i.test(r.type));
  const inferred = inferHolders(topology, {
    forwardingVms: membership.forwarding,
    sqlImageVms: membership.sqlImage,
    defaultedOsVms: membership.defaultedOs,
    ...(sqlCluster ? { sqlClusterResource: sqlCluster.type } : {}),
    ...(ctx.statedHolders ? { stated: ctx.statedHolders } : {}),
    ...(ctx.declaredOs ? { declaredOs: ctx.declaredOs } : {}),
  });
  for (const note of inferred.notes) ctx.findings.info('ImportDefaultUsed', note, field(lb, path, 'backendAddressPools').path);
  return inferred.topology;
}
